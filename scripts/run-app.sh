#!/usr/bin/env bash
# Installs what is missing, builds ToaSoan and starts it on its embedded SQLite workspace.
# --demo fills a new workspace with demo users and articles on first start (see README).
# Extra arguments go to the app, e.g. scripts/run-app.sh --database /tmp/other.sqlite
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" build
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$root/build" --target toasoan -j"$(nproc)"
exec "$root/build/ui/toasoan" --demo "$@"
