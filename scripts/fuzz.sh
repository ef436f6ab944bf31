#!/usr/bin/env bash
# Builds the libFuzzer harnesses (tests/fuzz, Clang, ASan + UBSan) into ./build-fuzz and runs each one for a
# bounded time, starting from its seed corpus tests/fuzz/corpus/<name>/.
#   scripts/fuzz.sh [SECONDS_EACH] [NAME...]     e.g.  scripts/fuzz.sh 30 html viqr      (default: 60 s, all)
# Environment:
#   FUZZ_BUILD_DIR=build-fuzz    build directory (relative to the repository or absolute)
#   TOASOAN_SKIP_DEPS=1          do not check/install Debian packages
# Every input that crashes a harness, trips a sanitizer, breaks an invariant or runs longer than 10 s is saved
# as tests/fuzz/crashes/<name>/crash-… (timeout-…, leak-…, oom-…) and the exit status is non-zero. Replay one
# with `build-fuzz/tests/fuzz/fuzz_<name> FILE`; once fixed, move it to tests/fuzz/regressions/<name>/, where
# tst_fuzz_regressions replays it in every build.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"

seconds=${1:-60}
[ $# -gt 0 ] && shift
all=(html legacy viqr user_file office xmlrpc wordpress_json search_query)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=("${all[@]}")
build=${FUZZ_BUILD_DIR:-build-fuzz}
started=$SECONDS

if [ "${TOASOAN_SKIP_DEPS:-0}" != 1 ]; then
    bash scripts/install-deps.sh test
fi

echo "==> configuring and building the fuzz harnesses in $build [$(date +%T)]"
options=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DTOASOAN_FUZZ=ON)
[ -f "$build/CMakeCache.txt" ] || options+=(-G Ninja)
command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" "${options[@]}" >/dev/null
cmake --build "$build" -j "$(nproc)" --target "${names[@]/#/fuzz_}"
echo "==> built in $((SECONDS - started)) s"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for name in "${names[@]}"; do
    echo
    echo "==> fuzz_$name for $seconds s [$(date +%T)]"
    crashes=tests/fuzz/crashes/$name
    work=$build/fuzz-corpus/$name # what the run discovers; the seeds in the repository stay as they are
    mkdir -p "$crashes" "$work"
    status=0
    "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$work" "tests/fuzz/corpus/$name" \
        >"$build/fuzz-$name.log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_runs|stat::new_units_added|SUMMARY|==[0-9]+==ERROR)' \
        "$build/fuzz-$name.log" || true
    if [ $status -ne 0 ]; then
        echo "==> fuzz_$name FAILED (exit $status): log $build/fuzz-$name.log, inputs in $crashes/"
        tail -n 40 "$build/fuzz-$name.log"
        failed+=("$name")
    fi
    rmdir "$crashes" 2>/dev/null || true
done

echo
echo "==> fuzzing done in $((SECONDS - started)) s"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: ${#failed[@]} harness(es) found a problem: ${failed[*]}"
    exit 1
fi
echo "fuzz: ${#names[@]} harnesses ran ${seconds} s each without a crash"
