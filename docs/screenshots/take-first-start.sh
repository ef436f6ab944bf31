#!/usr/bin/env bash
# Takes the README's first-start screenshot: the real app on a new, empty workspace under Xvfb
# (no --demo), the first administrator typed into its dialog with xdotool, then the first-start
# wizard's categories page (one "Tiếp theo" past the office page), the wizard window grabbed with ImageMagick.
# Usage: docs/screenshots/take-first-start.sh BUILD_DIR [OUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: $0 BUILD_DIR [OUT.png]}
out=${2:-$root/docs/screenshots/first-start.png}
bin=$(cd "$build" && pwd)/ui/toasoan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data TOASOAN_LANG=vi
export BIN=$bin DB=$tmp/office.sqlite OUT=$out

xvfb-run -a -s "-screen 0 1280x800x24" bash -euo pipefail -c '
    "$BIN" --database "$DB" &
    app=$!
    trap "kill $app 2>/dev/null || true" EXIT
    first=$(xdotool search --sync --onlyvisible --class toasoan | head -1)
    xdotool windowfocus --sync "$first"
    # Login, full name, password, the password again (the dialog starts on the login).
    xdotool type --delay 15 "quantri"
    xdotool key Tab
    xdotool type --delay 15 "Lê Văn Quản"
    xdotool key Tab
    xdotool type --delay 15 "mat-khau-quan-tri"
    xdotool key Tab
    xdotool type --delay 15 "mat-khau-quan-tri"
    xdotool key Return
    sleep 2
    wizard=$(xdotool search --sync --onlyvisible --class toasoan | tail -1)
    xdotool windowmove --sync "$wizard" 280 130
    xdotool windowfocus --sync "$wizard"
    # The office page: its name and place, then on to the categories.
    xdotool type --delay 15 "Trung tâm Văn hóa - Thông tin quận"
    xdotool key Tab
    xdotool type --delay 15 "Nam Từ Liêm"
    xdotool key alt+t  # "&Tiếp theo >"
    sleep 1
    import -window "$wizard" "$OUT"
'
echo "screenshot: $out"
