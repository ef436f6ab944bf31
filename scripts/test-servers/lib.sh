# shellcheck shell=bash disable=SC2034  # sourced: variables are used by the scripts that source it
# Shared helpers for the test-server scripts (sourced, not run).
# State (pid files, env files, logs, WordPress docroot) lives in $TS_STATE; daemon data lives in a
# private directory under /tmp because postgres/mysql must own it and the checkout may not be
# traversable by those users (a home directory with mode 700, for instance).

TS_REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TS_STATE=${TOASOAN_TEST_SERVERS_DIR:-$TS_REPO/${BUILD_DIR:-build}/test-servers}
TS_TIMEOUT=${TOASOAN_TEST_SERVERS_TIMEOUT:-90}

ts_log() { echo "[$TS_NAME] $*" >&2; }

ts_die() {
    ts_log "ERROR: $*"
    exit 1
}

# Prints the last lines of each existing log file so a failed start explains itself in CI output.
ts_show_logs() {
    local f
    for f in "$@"; do
        [ -f "$f" ] || continue
        echo "----- last lines of $f -----" >&2
        tail -n 40 "$f" >&2
        echo "----- end of $f -----" >&2
    done
}

# A TCP port that is free right now on 127.0.0.1 (asks the kernel for one; php is always installed
# with the test packages, python is not).
ts_free_port() {
    php -r '$s = stream_socket_server("tcp://127.0.0.1:0", $e, $m) or exit(1);
            $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1), "\n";'
}

ts_random_secret() { head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Runs a command as the given system user when we are root (daemons refuse root), as ourselves
# otherwise. The cwd moves to / so the daemon user never trips over an unreadable checkout.
ts_as() {
    local user=$1
    shift
    if [ "$(id -u)" -eq 0 ]; then
        (cd / && runuser -u "$user" -- "$@")
    else
        (cd / && "$@")
    fi
}

# Polls "$@" until it succeeds or TS_TIMEOUT seconds pass; gives up at once when the process whose
# pid is in PIDFILE ("-" for none) has died, since it can then never become ready.
#   ts_wait_for WHAT PIDFILE COMMAND...
ts_wait_for() {
    local what=$1 pidfile=$2
    shift 2
    local deadline=$((SECONDS + TS_TIMEOUT))
    until "$@" >/dev/null 2>&1; do
        if [ "$pidfile" != - ] && ! ts_pid_alive "$pidfile"; then
            ts_log "$what exited before it became ready"
            return 1
        fi
        if [ $SECONDS -ge $deadline ]; then
            ts_log "timed out after ${TS_TIMEOUT}s waiting for $what"
            return 1
        fi
        sleep 0.2
    done
}

# True when the pid in the file names a live process.
ts_pid_alive() {
    local pid
    [ -f "$1" ] || return 1
    pid=$(cat "$1" 2>/dev/null) || return 1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# Sends SIGTERM to the pid (or, with "group", to its process group) recorded in the file, waits up to
# 30 s, then SIGKILLs. Only ever signals what our own start recorded.
ts_kill_pidfile() {
    local file=$1 mode=${2:-pid} pid target
    [ -f "$file" ] || return 0
    pid=$(cat "$file" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        target=$pid
        [ "$mode" = group ] && target=-$pid
        kill -TERM -- "$target" 2>/dev/null || true
        for _ in $(seq 1 150); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.2
        done
        if kill -0 "$pid" 2>/dev/null; then
            ts_log "pid $pid ignored SIGTERM, killing it"
            kill -KILL -- "$target" 2>/dev/null || true
        fi
    fi
    rm -f "$file"
}

# Replaces the symlink a start left in the state dir with a copy of the daemon's log, so the log
# outlives the data directory that stop deletes (for a post-mortem of a failed CI run).
ts_keep_log() {
    local link=$1
    if [ -L "$link" ] && [ -f "$link" ]; then
        cp --remove-destination "$(readlink "$link")" "$link"
    fi
}

# Removes a private /tmp data directory recorded in a state file, refusing anything else.
ts_remove_tmpdir() {
    local file=$1 dir
    [ -f "$file" ] || return 0
    dir=$(cat "$file")
    case "$dir" in
    /tmp/toasoan-*) rm -rf -- "$dir" ;;
    *) ts_log "not removing unexpected data dir '$dir'" ;;
    esac
    rm -f "$file"
}
