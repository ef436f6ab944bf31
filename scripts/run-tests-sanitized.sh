#!/usr/bin/env bash
# scripts/run-tests.sh on a build with AddressSanitizer (and LeakSanitizer) and UndefinedBehaviorSanitizer, in
# Debug so that Q_ASSERT is on, in ./build-asan: the same packages, servers and CTest suite. Any sanitizer report
# makes the process that hit it fail, so its test fails.
#   scripts/run-tests-sanitized.sh [ctest arguments...]      e.g.  scripts/run-tests-sanitized.sh -L text
# Environment: as scripts/run-tests.sh (BUILD_TARGETS to build only what a -R selection runs), and
#   BUILD_DIR=build-asan                  build directory
#   TOASOAN_SANITIZE=address,undefined    the -fsanitize= list
# Suppressions (only for libraries we do not build, each with its reason): tests/sanitizers/*.supp.
#
# With no -R, BUILD_TARGETS defaults to toasoan_tests: every test and the programs the tests run, no benchmarks.
#
# CI (.ci/run) runs the tests checked clean so far (80 of the 133: every core-library test, 28 widget tests and
# twins, 2 subprocess tests) two at a time. Measured on the 2-core machine (2026-12-07, while 4 other builds ran:
# load ~9, so every figure below is inflated; CI's own 52-test step took 787 s, about 540 s of it building):
#   building: the 52-test subset needs 362 objects and 53 links, the whole suite (toasoan_tests) 450 and 97;
#     compiling measured 5.6 s of CPU per library object and ~14 s per test object, a link ~2.4 s, so the whole
#     suite costs ~3200 s of CPU against ~2380 s for the subset (x1.34): in CI about +185 s of building.
#   running: the 28 widget tests and twins run sanitized took 510 s of wall time (3.2x their 159 s unsanitized) but
#     only ~100 s of CPU: they wait (servers, timers, children), hence CTEST_PARALLEL_LEVEL=2 in CI.
#   the whole suite, by those factors: ~725 s of building and ~1540 s of tests one at a time (~900 s two at a
#     time), so CI would take ~51-62 of its 90 minutes with it. Not run yet under the sanitizers (so not in CI):
#     the _postgresql twins of the core tests, the CLI/subprocess tests (tst_cli_auth, tst_server_init, ...),
#     tst_change_listener, tst_postgres_reconnect, tst_crash_recovery, tst_autosave_kill, tst_live_refresh and
#     the workflow widget tests; once they are, CI should run the whole suite (no -R).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export BUILD_DIR=${BUILD_DIR:-build-asan}
# Every test executable and the programs the tests run, not the benchmarks (tests/CMakeLists.txt).
export BUILD_TARGETS=${BUILD_TARGETS:-toasoan_tests}

if [ "${TOASOAN_SKIP_DEPS:-0}" != 1 ]; then
    bash scripts/install-deps.sh test
fi

options=(-DTOASOAN_SANITIZE="${TOASOAN_SANITIZE:-address,undefined}" -DCMAKE_BUILD_TYPE=Debug)
[ -f "$BUILD_DIR/CMakeCache.txt" ] || options+=(-G Ninja)
command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" "${options[@]}" >/dev/null

supp=$repo/tests/sanitizers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1:strict_init_order=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}
# Warnings are the normal build's business: GCC warns differently with the sanitizers' instrumentation.
TOASOAN_SKIP_DEPS=1 TOASOAN_WERROR=${TOASOAN_WERROR:-OFF} exec bash scripts/run-tests.sh "$@"
