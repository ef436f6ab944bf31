#!/usr/bin/env bash
# scripts/run-tests.sh on a build with AddressSanitizer (and LeakSanitizer) and UndefinedBehaviorSanitizer, in
# Debug so that Q_ASSERT is on, in ./build-asan: the same packages, servers and CTest suite. Any sanitizer report
# makes the process that hit it fail, so its test fails.
#   scripts/run-tests-sanitized.sh [ctest arguments...]      e.g.  scripts/run-tests-sanitized.sh -L text
# Environment: as scripts/run-tests.sh (BUILD_TARGETS to build only what a -R selection runs), and
#   BUILD_DIR=build-asan                  build directory
#   TOASOAN_SANITIZE=address,undefined    the -fsanitize= list
# Suppressions (only for libraries we do not build, each with its reason): tests/sanitizers/*.supp.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export BUILD_DIR=${BUILD_DIR:-build-asan}

if [ "${TOASOAN_SKIP_DEPS:-0}" != 1 ]; then
    bash scripts/install-deps.sh test
fi

options=(-DTOASOAN_SANITIZE="${TOASOAN_SANITIZE:-address,undefined}" -DCMAKE_BUILD_TYPE=Debug)
[ -f "$BUILD_DIR/CMakeCache.txt" ] || options+=(-G Ninja)
command -v ccache >/dev/null && options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" "${options[@]}" >/dev/null

supp=$repo/tests/sanitizers
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_init_order=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}
# Warnings are the normal build's business: GCC warns differently with the sanitizers' instrumentation.
TOASOAN_SKIP_DEPS=1 TOASOAN_WERROR=${TOASOAN_WERROR:-OFF} exec bash scripts/run-tests.sh "$@"
