#!/usr/bin/env bash
# Starts/stops every server the integration tests use and writes the env file they read.
#   scripts/test-servers/all.sh start   start PostgreSQL and WordPress, write $STATE/env.sh
#   scripts/test-servers/all.sh stop    stop both, delete their data and the env file
#   scripts/test-servers/all.sh env     print the env file
# $STATE is build/test-servers (or $BUILD_DIR/test-servers, or $TOASOAN_TEST_SERVERS_DIR). To run a
# single test against the servers by hand:  . build/test-servers/env.sh && ctest --test-dir build -R NAME
set -euo pipefail
TS_NAME=test-servers
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/test-servers/lib.sh
. "$here/lib.sh"

env_file=$TS_STATE/env.sh

stop_all() {
    local rc=0
    rm -f "$env_file"
    "$here/wordpress.sh" stop || rc=1
    "$here/postgres.sh" stop || rc=1
    return $rc
}

start_all() {
    local t0=$SECONDS
    mkdir -p "$TS_STATE"
    rm -f "$env_file"
    trap 'stop_all' EXIT
    "$here/postgres.sh" start
    "$here/wordpress.sh" start
    {
        echo "# Written by scripts/test-servers/all.sh start; removed by stop."
        "$here/postgres.sh" env
        "$here/wordpress.sh" env
    } >"$env_file.tmp"
    mv "$env_file.tmp" "$env_file"
    trap - EXIT
    ts_log "all servers ready in $((SECONDS - t0)) s; env in $env_file"
}

case "${1:-}" in
start) start_all ;;
stop) stop_all ;;
env)
    [ -f "$env_file" ] || ts_die "not running (run: $0 start)"
    cat "$env_file"
    ;;
*)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
