#!/usr/bin/env bash
# Builds the bench preset (optimised) and prints every benchmark as one table.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset bench >/dev/null
cmake --build --preset bench >/dev/null
printf '%-40s %12s  %s\n' "benchmark" "measured" "target"
printf '%-40s %12s  %s\n' "---------" "--------" "------"
for bench in build/bench/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    "$bench" | while IFS=$'\t' read -r name value unit target; do
        printf '%-40s %9s %-3s %s\n' "$name" "$value" "$unit" "$target"
    done
done
