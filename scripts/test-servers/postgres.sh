#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the integration tests.
#   scripts/test-servers/postgres.sh start   initdb + start on a free port of 127.0.0.1, create the test role/db
#   scripts/test-servers/postgres.sh stop    stop it and delete its data
#   scripts/test-servers/postgres.sh env     print the export line the tests read (TOASOAN_TEST_PG)
# Runs as the `postgres` user when invoked as root (the server refuses root), as the caller otherwise.
set -euo pipefail
TS_NAME=postgres
# shellcheck source=scripts/test-servers/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

state=$TS_STATE/postgres
pg_user=postgres

pg_bin() {
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$d" ] && [ -x "$d/initdb" ] || ts_die "PostgreSQL server not installed (run scripts/install-deps.sh test)"
    echo "$d"
}

pg_stop() {
    local bin dir
    if [ -f "$state/datadir" ]; then
        dir=$(cat "$state/datadir")
        if [ -f "$dir/data/postmaster.pid" ]; then
            bin=$(pg_bin)
            if ! ts_as "$pg_user" "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
                head -n 1 "$dir/data/postmaster.pid" >"$state/postmaster.pid"
                ts_kill_pidfile "$state/postmaster.pid"
            fi
        fi
    fi
    ts_keep_log "$state/server.log"
    ts_remove_tmpdir "$state/datadir"
    rm -f "$state/env" "$state/port"
}

pg_start() {
    local bin dir port password conninfo
    pg_stop
    mkdir -p "$state"
    # A half-started cluster is of no use and would hold a port: tear it down if any step fails.
    trap 'pg_stop' EXIT
    [ "$(id -u)" -eq 0 ] || pg_user=$(id -un)
    bin=$(pg_bin)
    dir=$(mktemp -d /tmp/toasoan-pg.XXXXXX)
    echo "$dir" >"$state/datadir"
    [ "$(id -u)" -eq 0 ] && chown "$pg_user:" "$dir"
    ln -sfn "$dir/server.log" "$state/server.log"

    ts_as "$pg_user" "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$state/initdb.log" 2>&1 ||
        {
            ts_show_logs "$state/initdb.log"
            ts_die "initdb failed"
        }

    port=$(ts_free_port)
    # fsync off: the cluster is thrown away after the run, durability only costs time.
    if ! ts_as "$pg_user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t "$TS_TIMEOUT" \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=50" start >"$state/pg_ctl.log" 2>&1; then
        ts_show_logs "$state/pg_ctl.log" "$dir/server.log"
        ts_die "PostgreSQL did not start"
    fi
    echo "$port" >"$state/port"

    password=$(ts_random_secret)
    # unaccent goes into template1 too, so databases a test creates for itself have it as well.
    if ! ts_as "$pg_user" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
        >"$state/setup.log" 2>&1 <<SQL; then
CREATE ROLE toasoan LOGIN CREATEDB PASSWORD '$password';
\c template1
CREATE EXTENSION IF NOT EXISTS unaccent;
\c postgres
CREATE DATABASE toasoan_test OWNER toasoan ENCODING 'UTF8' TEMPLATE template1;
SQL
        ts_show_logs "$state/setup.log" "$dir/server.log"
        ts_die "could not create the test role/database"
    fi

    conninfo="host=127.0.0.1 port=$port dbname=toasoan_test user=toasoan password=$password"
    # Prove the exact conninfo the tests get works over TCP with password auth and has unaccent.
    if ! PGCONNECT_TIMEOUT=10 "$bin/psql" -X -qAt "$conninfo" -c "SELECT unaccent('Tòa soạn Đắk Lắk')" \
        >"$state/check.log" 2>&1 || ! grep -qx 'Toa soan Dak Lak' "$state/check.log"; then
        ts_show_logs "$state/check.log" "$dir/server.log"
        ts_die "the test database does not answer as expected"
    fi

    printf 'export TOASOAN_TEST_PG=%q\n' "$conninfo" >"$state/env"
    trap - EXIT
    ts_log "ready on 127.0.0.1:$port (data in $dir)"
}

case "${1:-}" in
start) pg_start ;;
stop) pg_stop ;;
env)
    [ -f "$state/env" ] || ts_die "not running (run: $0 start)"
    cat "$state/env"
    ;;
*)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
