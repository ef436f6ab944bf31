#!/usr/bin/env bash
# The one test command: installs missing packages, configures and builds into ./build, starts the
# servers the integration tests use, runs the whole CTest suite, and stops the servers again even
# when something fails. Exit status is non-zero on any failure.
#   scripts/run-tests.sh [ctest arguments...]        e.g.  scripts/run-tests.sh -R tst_database
# Environment:
#   BUILD_DIR=build              build directory (relative to the repository or absolute)
#   TOASOAN_TEST_SERVERS=0       do not start servers (tests that need them skip, saying why)
#   TOASOAN_SKIP_DEPS=1          do not check/install Debian packages
#   CTEST_PARALLEL_LEVEL=N       run N tests at once (CTest's own variable; default 1)
#   BUILD_TARGETS="tst_a tst_b"  build only these targets (default: everything); pair with -R
#   TOASOAN_WERROR=OFF           do not treat warnings as errors (scripts/run-tests-sanitized.sh)
#   TOASOAN_PACKAGE=0            do not build the Debian package (tst_deb_package then skips); it is built only
#                                with the whole build (no BUILD_TARGETS), by scripts/build-deb.sh in ${BUILD_DIR}-deb
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
export BUILD_DIR=${BUILD_DIR:-build}

started=$SECONDS
step_start=$SECONDS
step() {
    echo
    echo "==> $* [$(date +%T), +$((SECONDS - started)) s]"
    step_start=$SECONDS
}
step_done() { echo "==> done in $((SECONDS - step_start)) s"; }

if [ "${TOASOAN_SKIP_DEPS:-0}" != 1 ]; then
    step "checking Debian packages (scripts/install-deps.sh test)"
    bash scripts/install-deps.sh test
    step_done
fi

step "configuring and building in $BUILD_DIR"
generator=()
# The generator of an existing build dir cannot change; only a new one is created with Ninja.
[ -f "$BUILD_DIR/CMakeCache.txt" ] || generator=(-G Ninja)
cmake -S . -B "$BUILD_DIR" "${generator[@]}" -DTOASOAN_WERROR="${TOASOAN_WERROR:-ON}"
targets=()
[ -n "${BUILD_TARGETS:-}" ] && read -r -a targets <<<"--target $BUILD_TARGETS"
cmake --build "$BUILD_DIR" -j "$(nproc)" "${targets[@]}"
step_done

# The Debian package that tst_deb_package installs (as root): an optimized build of the program beside the
# test build. A failure here fails the run, after the tests.
package_status=0
if [ "${TOASOAN_PACKAGE:-1}" != 0 ] && [ -z "${BUILD_TARGETS:-}" ]; then
    step "building the Debian package (scripts/build-deb.sh in ${BUILD_DIR}-deb)"
    export DEB_BUILD_DIR=${BUILD_DIR}-deb
    # The output goes to the log as it comes and to a file to read the package's path from (not `tee /dev/stderr`:
    # when stderr is a file, tee opens it again from the start and overwrites what the run printed before).
    deb_out=$(mktemp)
    if bash scripts/build-deb.sh | tee "$deb_out"; then
        TOASOAN_DEB=$(sed -n 's/^build-deb: //p' "$deb_out" | tail -n 1)
        export TOASOAN_DEB
        rm -f "$deb_out"
    else
        package_status=1
        rm -f "$deb_out"
        echo "run-tests: building the Debian package FAILED (tst_deb_package will skip)"
    fi
    step_done
else
    export TOASOAN_DEB=none # tst_deb_package skips rather than install a package of an earlier build
fi

if [ "${TOASOAN_TEST_SERVERS:-1}" != 0 ]; then
    step "starting test servers (scripts/test-servers/all.sh start)"
    # Installed first: a failing start, a failing test or Ctrl-C must not leave daemons behind.
    trap 'step "stopping test servers"; bash scripts/test-servers/all.sh stop; step_done' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    bash scripts/test-servers/all.sh start
    eval "$(bash scripts/test-servers/all.sh env)"
    step_done
else
    echo "TOASOAN_TEST_SERVERS=0: tests that need PostgreSQL or WordPress will skip"
fi

step "running tests (ctest --output-on-failure)"
status=0
ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error "$@" || status=$?
step_done
[ $package_status -eq 0 ] || echo "run-tests: the Debian package did not build (above)"
[ $status -ne 0 ] || status=$package_status
exit $status
