#!/usr/bin/env bash
# Runs every benchmark once on a data set a hundredth of its size, so a
# benchmark that no longer builds or runs is noticed by the test command
# (CTest runs this as bench_smoke). Figures from this run mean nothing.
set -euo pipefail
dir=${1:?usage: bench-smoke.sh BENCH_BINARY_DIR}
export CLOSELOOP_BENCH_SCALE=${CLOSELOOP_BENCH_SCALE:-0.01}
status=0
for bench in "$dir"/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    if ! "$bench" > /dev/null; then
        echo "failed: $bench" >&2
        status=1
    fi
done
exit $status
