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
# CI (.ci/run) runs the whole suite this way, two tests at a time, without the style, architecture and package checks.
# Of its 130 tests, the 129 test programs have all run clean under the sanitizers (52 in CI before, the other 77
# on 2026-12-07, which found nothing); the 130th is the servers' smoke test.
# Measured on the 2-core machine on 2026-12-07 while 4 other builds ran (load 4-10), so the figures are high;
# CI's step with the former 52-test subset took 787 s, ~540 s of it building and ~240 s running:
#   building: the subset needs 362 objects and 53 links, the whole suite 450 and 97. Compiling took 5.6 s of CPU
#     per library object and ~14 s per test object, a link 1.4 s: 376 of the 450 objects cost 1930 s of CPU, the
#     whole suite ~2600 s against ~1940 s for the subset (x1.34), so in CI ~725 s of building instead of ~540.
#   running: those 77 tests took 1052 s sanitized against 483 s unsanitized (x2.2), in 685 s of wall time (mostly
#     two at a time) and only ~265 s of CPU: they wait on servers, timers and child processes, hence -j2.
#   the whole suite (617 s unsanitized): ~1330 s one at a time, ~870 s two at a time; the step ~1650 s instead of
#     787 s, and CI ~51 of its 90 minutes (the other steps took ~1390 s).
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
# The Debian package is the normal build's (scripts/run-tests.sh): none here.
TOASOAN_PACKAGE=0 TOASOAN_SKIP_DEPS=1 TOASOAN_WERROR=${TOASOAN_WERROR:-OFF} exec bash scripts/run-tests.sh "$@"
