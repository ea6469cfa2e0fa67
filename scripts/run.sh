#!/usr/bin/env bash
# Quick start: install what is missing, build, and open Closeloop on the
# default local database (filled with demo data on first start).
# Arguments are passed to closeloop, e.g. --no-demo or --db PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec ./build/release/app/gui/closeloop "$@"
