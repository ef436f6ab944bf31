#!/usr/bin/env bash
# Takes docs/screenshots/main-window.png: starts the real app on a fresh demo workspace under
# Xvfb, logs in through the login dialog with xdotool (no test hooks in the app) and grabs the
# screen with ImageMagick's import.
# Usage: docs/screenshots/take-main-window.sh BUILD_DIR [OUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: $0 BUILD_DIR [OUT.png]}
out=${2:-$root/docs/screenshots/main-window.png}
bin=$(cd "$build" && pwd)/ui/toasoan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data TOASOAN_LANG=vi
export BIN=$bin DB=$tmp/demo.sqlite OUT=$out LOGIN=${SCREENSHOT_LOGIN:-bientap} PASSWORD=toasoan-demo

xvfb-run -a -s "-screen 0 1280x800x24" bash -euo pipefail -c '
    "$BIN" --demo --database "$DB" &
    app=$!
    trap "kill $app 2>/dev/null || true" EXIT
    login=$(xdotool search --sync --onlyvisible --class toasoan | head -1)
    xdotool windowfocus --sync "$login"
    xdotool key --clearmodifiers ctrl+a
    xdotool type --delay 15 "$LOGIN"
    xdotool key Tab
    xdotool type --delay 15 "$PASSWORD"
    xdotool key Return
    main=$(xdotool search --sync --onlyvisible --name "demo.sqlite" | head -1)
    # No window manager under Xvfb: place and size the window ourselves.
    xdotool windowmove --sync "$main" 0 0
    xdotool windowsize --sync "$main" 1280 800
    xdotool windowfocus --sync "$main"
    sleep 1
    # Open the second article of the list so the editor pane shows a real text.
    xdotool mousemove --window "$main" 200 ${ROW_Y:-92} click 1
    sleep 1
    import -window root "$OUT"
'
echo "screenshot: $out"
