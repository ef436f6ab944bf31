#!/usr/bin/env bash
# Installs the Debian 12 packages ToaSoan needs. Idempotent: only missing packages are fetched.
# Usage: scripts/install-deps.sh [build|test]   (test adds the servers the integration tests use)
set -euo pipefail

profile=${1:-build}

build_pkgs=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-svg-dev qt6-httpserver-dev qt6-translations-l10n
    qtkeychain-qt6-dev libsodium-dev libhunspell-dev hunspell-vi
    libgl-dev fonts-dejavu-core sqlite3 libsqlite3-dev libquazip1-qt6-dev libpq-dev
    python3 dpkg-dev qt6-charts-dev libqt6opengl6-dev libxlsxwriter-dev
)
test_pkgs=(
    xvfb xauth imagemagick poppler-utils clang-format xdotool python3
    clang libclang-rt-14-dev ccache
    postgresql postgresql-contrib
    wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql php-xml php-curl php-mbstring php-gd
    curl
    lintian appstream man-db file python3-openpyxl python3-docx python3-odf
)

wanted=("${build_pkgs[@]}")
[ "$profile" = test ] && wanted+=("${test_pkgs[@]}")

missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: every package is already installed"
    exit 0
fi

sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
# Services must not start on install: the test scripts start their own instances.
policy_added=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo_cmd[@]}" chmod +x /usr/sbin/policy-rc.d
    policy_added=1
fi
trap '[ $policy_added -eq 1 ] && "${sudo_cmd[@]}" rm -f /usr/sbin/policy-rc.d' EXIT
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
