#!/usr/bin/env bash
# Takes the README screenshots: starts the real app on a fresh demo workspace under Xvfb, logs
# in through the login dialog with xdotool (no test hooks in the app), drives it with its own
# keyboard shortcuts and grabs the screen with ImageMagick's import.
#   main-window.png  the list, an open article and its details
#   editor.png       two articles open, writing in the body
#   preview.png      the same article in the "Xem trước" tab
# Usage: docs/screenshots/take-main-window.sh BUILD_DIR [MAIN_WINDOW.png]
# (editor.png and preview.png are written next to MAIN_WINDOW.png)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: $0 BUILD_DIR [MAIN_WINDOW.png]}
out=${2:-$root/docs/screenshots/main-window.png}
bin=$(cd "$build" && pwd)/ui/toasoan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data TOASOAN_LANG=vi
export BIN=$bin DB=$tmp/demo.sqlite OUT=$out OUTDIR=$(dirname "$out")
export LOGIN=${SCREENSHOT_LOGIN:-bientap} PASSWORD=toasoan-demo

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
    # Alt+1 goes to the article list; Enter opens the article under the cursor.
    xdotool key alt+1 Down Up Return
    sleep 1
    import -window root "$OUT"
    # A second article waiting for the editor, in its own tab, the cursor at the end of its body (Alt+2).
    xdotool key alt+1 Down Down Down Down Down Return
    sleep 1
    xdotool key alt+2 ctrl+End
    sleep 1
    import -window root "$OUTDIR/editor.png"
    xdotool key ctrl+shift+p
    sleep 1
    import -window root "$OUTDIR/preview.png"
'
echo "screenshots: $out $(dirname "$out")/editor.png $(dirname "$out")/preview.png"
