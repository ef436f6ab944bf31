#!/usr/bin/env bash
# Builds the Debian package toasoan_<version>_amd64.deb (version: project(VERSION) in CMakeLists.txt) with
# CPack (cmake/Packaging.cmake) in its own optimized build directory, and prints the package's path.
#   scripts/build-deb.sh
# Environment:
#   DEB_BUILD_DIR=build-deb   build directory (relative to the repository or absolute); the .deb is written there
#   TOASOAN_WERROR=ON         treat warnings as errors (as the test build does)
# The installed program is built the way Debian builds its packages: -O2 with dpkg-buildflags' hardening
# (stack protector, _FORTIFY_SOURCE, full RELRO with bindnow), without assertions (NDEBUG), stripped by CPack.
# The tests themselves run on the unoptimized build in ./build (scripts/run-tests.sh); tst_deb_package installs this one.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
build_dir=${DEB_BUILD_DIR:-build-deb}

for tool in cpack dpkg-shlibdeps dpkg-buildflags; do
    command -v "$tool" >/dev/null || {
        echo "build-deb: $tool is missing: run scripts/install-deps.sh" >&2
        exit 1
    }
done

# dpkg-buildflags' flags with every hardening feature, less its -g and -O2: the build type gives the
# optimization, and no debug symbols are made (they would be stripped).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags=$(echo " $cxxflags " | sed -e 's/ -g / /g' -e 's/ -O2 / /g' -e 's/^ *//' -e 's/ *$//')
ldflags=$(dpkg-buildflags --get LDFLAGS)

# No package of an earlier run may pass for this one, even when this build fails.
rm -f "$build_dir"/toasoan_*.deb
generator=()
[ -f "$build_dir/CMakeCache.txt" ] || generator=(-G Ninja)
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" "${generator[@]}" "${launcher[@]}" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
    -DCMAKE_INSTALL_PREFIX=/usr -DTOASOAN_BUILD_TESTS=OFF -DTOASOAN_WERROR="${TOASOAN_WERROR:-ON}"
# Everything that is installed (the package holds exactly what "cmake --install" installs).
cmake --build "$build_dir" -j "$(nproc)"
(cd "$build_dir" && cpack -G DEB)
deb=$(ls -t "$build_dir"/toasoan_*_amd64.deb | head -n 1)
echo "build-deb: $(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
