#!/usr/bin/env bash
# Team-mode load test: starts a throwaway PostgreSQL 15 cluster, runs
# 50 simulated clients editing shared COEs and action items for 60 s
# (override: bench-team.sh CLIENTS SECONDS), prints the bench table, and
# removes the cluster. Exits 1 when an update was lost or an edit failed.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
seconds=${2:-60}
cmake --preset bench >/dev/null
cmake --build --preset bench --target loadtest_team >/dev/null
state=$(mktemp -d /tmp/closeloop-bench-team.XXXXXX)
trap 'bash scripts/pg-test-cluster.sh stop "$state"' EXIT
bash scripts/pg-test-cluster.sh start "$state" >/dev/null
printf '%-40s %12s  %s\n' "benchmark" "measured" "target"
printf '%-40s %12s  %s\n' "---------" "--------" "------"
set +e
build/bench/tests/bench/loadtest_team --conninfo-file "$state/conninfo" --clients "$clients" --seconds "$seconds" > "$state/out.tsv"
status=$?
set -e
while IFS=$'\t' read -r name value unit target; do
    printf '%-40s %9s %-3s %s\n' "$name" "$value" "$unit" "$target"
done < "$state/out.tsv"
exit $status
