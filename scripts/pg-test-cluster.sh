#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite: initdb into a
# folder, a free port on 127.0.0.1, no system service.
#
#   pg-test-cluster.sh start DIR   creates and starts it; writes DIR/conninfo
#                                  ("host=127.0.0.1 port=N user=U password=P")
#   pg-test-cluster.sh stop DIR    stops it and removes it and DIR
#
# The cluster itself lives in a fresh folder under /tmp (named in
# DIR/cluster), because the server's account must be able to reach it.
#
# CTest runs these as fixture set-up and clean-up around the PostgreSQL
# variants of the suites (tests/CMakeLists.txt).
set -euo pipefail

action=${1:-}
dir=${2:-}
[ -n "$action" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

bindir=""
for candidate in /usr/lib/postgresql/15/bin "$(pg_config --bindir 2>/dev/null || true)"; do
    [ -x "$candidate/initdb" ] && { bindir=$candidate; break; }
done
[ -n "$bindir" ] || { echo "error: PostgreSQL 15 server programs not found; install postgresql-15" >&2; exit 2; }

# initdb refuses to run as root, so as root the cluster belongs to the
# postgres account the Debian package creates.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    [ -f "$dir/cluster" ] || return 0
    local cluster
    cluster=$(cat "$dir/cluster")
    if [ -f "$cluster/data/postmaster.pid" ]; then
        as_owner "$bindir/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$cluster"
}

case "$action" in
start)
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/closeloop-pg.XXXXXX)
    echo "$cluster" > "$dir/cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    echo "$password" > "$cluster/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres "$cluster/pwfile"
    as_owner "$bindir/initdb" -D "$cluster/data" -U closeloop_test --pwfile="$cluster/pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$cluster/pwfile"
    # A free port: a random one nobody answers on; should another program
    # take it first, the start fails and the next try picks another.
    started=""
    for _ in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
        if as_owner "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c max_connections=300" start >/dev/null; then
            started=yes
            break
        fi
    done
    [ -n "$started" ] || { cat "$cluster/server.log" >&2; exit 1; }
    echo "host=127.0.0.1 port=$port dbname=postgres user=closeloop_test password=$password" > "$dir/conninfo"
    echo "PostgreSQL test cluster on 127.0.0.1:$port ($cluster)"
    ;;
stop)
    stop_cluster
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
