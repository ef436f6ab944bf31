#!/usr/bin/env bash
# tst_manpages: the generated manual pages (cmake/Packaging.cmake, scripts/gen-manpage.py) render without a
# groff or man warning, and document every command that `toasoan --help` lists, in English and Vietnamese.
#   check-manpages.sh TOASOAN_BINARY MAN_BUILD_DIR
set -uo pipefail
binary=$1
man_dir=$2
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
failures=0

# The commands, as the help lists them: the words before the first placeholder of each row.
commands=$(env -u TOASOAN_DB HOME="$home" TOASOAN_LANG=en "$binary" --help </dev/null |
    sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \(\([a-z][a-z-]* \?\)*\).*/\1/p' | sed 's/ *$//')
count=$(echo "$commands" | grep -c .)
[ "$count" -gt 10 ] || {
    echo "FAIL: found only $count commands in toasoan --help"
    exit 1
}
for language in en vi; do
    before=$failures
    page=$man_dir/$language/toasoan.1.gz
    [ -f "$page" ] || {
        echo "FAIL: $page was not generated"
        failures=$((failures + 1))
        continue
    }
    warnings=$(MANWIDTH=100 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || {
        echo "FAIL: man --warnings on $page:"
        echo "$warnings"
        failures=$((failures + 1))
    }
    sections=$(zcat "$page" | sed -n 's/^\.SS toasoan //p' | sed 's/\\-/-/g')
    while read -r command; do
        grep -qx "$command" <<<"$sections" || {
            echo "FAIL: $page has no section for \"toasoan $command\""
            failures=$((failures + 1))
        }
    done <<<"$commands"
    [ $failures -eq "$before" ] && echo "$page: $(grep -c . <<<"$sections") commands, no warnings"
done
[ $failures -eq 0 ]
