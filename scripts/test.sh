#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs the whole
# suite, builds the Debian package and validates it (scripts/check-package.sh);
# then builds the core library again with clang under AddressSanitizer
# and UndefinedBehaviorSanitizer, runs its tests there, and runs each fuzz
# target for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
bash scripts/check-package.sh build/ci
cmake --preset asan
cmake --build --preset asan
ctest --preset asan
