#!/usr/bin/env bash
# Draws the README's screenshots from the demo data, offscreen, into
# docs/screenshots (or the folder given). Run it after changing a screen
# and commit the pictures with the change.
#   bash scripts/screenshots.sh [FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/screenshots}
cmake --preset debug >/dev/null
cmake --build --preset debug -j2 --target closeloop-screenshots
# English, ISO dates and the same fonts whoever runs it.
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    QT_LOGGING_RULES='closeloop.*.info=false;qt.qpa.*=false' \
    ./build/debug/app/screenshots/closeloop-screenshots "$out"
