#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests, as a CTest fixture:
#   pg_cluster.sh start STATE_DIR   initdb in a fresh temporary folder, start it on 127.0.0.1 on a free
#                                   port, write the URL the tests connect to into STATE_DIR/url
#   pg_cluster.sh stop STATE_DIR    stop it and remove its folder
# initdb refuses to run as root (CI does): then the cluster belongs to an unprivileged user.
set -euo pipefail

action=${1:?usage: pg_cluster.sh start|stop STATE_DIR}
state=${2:?usage: pg_cluster.sh start|stop STATE_DIR}

bindir=${QL_PG_BINDIR:-}
if [ -z "$bindir" ]; then
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            bindir=$d
            break
        fi
    done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "pg_cluster: no PostgreSQL server found (install the Debian package postgresql)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$owner" -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    mkdir -p "$state"
    rm -f "$state/url"
    if [ -f "$state/dir" ]; then
        # A cluster left behind by an interrupted run: stop it before starting a new one.
        "$0" stop "$state" || true
    fi
    owner=$(id -un)
    if [ "$(id -u)" -eq 0 ]; then
        owner=nobody
    fi
    dir=$(mktemp -d /tmp/ql-pg.XXXXXX)
    echo "$dir" >"$state/dir"
    echo "$owner" >"$state/owner"
    if [ "$(id -u)" -eq 0 ]; then
        chown "$owner" "$dir"
    fi
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bindir/initdb" -D "$dir/data" -U quoteline --auth=trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        exit 1
    }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start \
        >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    echo "postgresql://quoteline@127.0.0.1:$port/postgres" >"$state/url"
    echo "pg_cluster: PostgreSQL $("$bindir/postgres" -V | awk '{print $3}') on 127.0.0.1:$port in $dir"
    ;;
stop)
    [ -f "$state/dir" ] || exit 0
    dir=$(cat "$state/dir")
    owner=$(cat "$state/owner" 2>/dev/null || id -un)
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/dir" "$state/owner" "$state/url"
    ;;
*)
    echo "usage: pg_cluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
