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

# The suite at scale (scripts/bench.sh), on a small generated organisation:
# each part must run and print its figures.
bin=$(cd "$dir/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
expect() { # FILE KEY...
    local file=$1; shift
    for key in "$@"; do
        grep -q "^$key" "$file" || { echo "missing $key in $(basename "$file")" >&2; status=1; }
    done
}
if "$bin/app/cli/closeloop-cli" --db "$work/org.db" seed-demo --coes 300 --seed 1 --as-of 2026-11-01 >/dev/null; then
    "$dir/bench-scale" --db "$work/org.db" --out "$work" --as-of 2026-11-01 >"$work/scale.tsv" 2>/dev/null || status=1
    expect "$work/scale.tsv" search_p95_ms search_total_ms dashboard_year_ms render_coes_per_s
    [ -s "$work/search.sql" ] && [ -s "$work/search-words.txt" ] || { echo "bench-scale left no search.sql" >&2; status=1; }
    "$dir/bench-gui" --db "$work/org.db" >"$work/gui.tsv" 2>/dev/null || status=1
    expect "$work/gui.tsv" scroll_coes_max_ms jump_coes_max_ms scroll_actions_max_ms rss_mb
    "$dir/bench-emptywindow" 2>/dev/null || status=1
    "$dir/bench-emptywindow" --table 2>/dev/null || status=1
    "$bin/app/gui/closeloop" --db "$work/org.db" --bench-first-rows >"$work/start.txt" 2>/dev/null || status=1
    grep -q "first rows painted" "$work/start.txt" || { echo "closeloop --bench-first-rows painted nothing" >&2; status=1; }
else
    echo "failed: seed-demo" >&2
    status=1
fi
exit $status
