#!/usr/bin/env bash
# Prints, for each translation catalogue, how many entries are still unfinished (untranslated or
# not yet reviewed) out of how many. Exit status 1 when the Vietnamese catalogue has unfinished
# entries, so CI or a release script can refuse to ship an interface that is partly English.
#
#   scripts/i18n-status.sh            # all catalogues in translations/
#   scripts/i18n-status.sh FILE.ts…   # only these
#
# Refresh the catalogues from the sources first: cmake --build <build-dir> --target update_translations
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [[ $# -eq 0 ]]; then
    set -- "$root"/translations/*.ts
fi

status=0
printf '%-28s %10s %8s\n' "catalogue" "unfinished" "total"
for ts in "$@"; do
    # Each <message> has exactly one <translation>; numerus entries count once.
    total=$(grep -c '<translation' "$ts" || true)
    unfinished=$(grep -c '<translation type="unfinished"' "$ts" || true)
    printf '%-28s %10d %8d\n' "$(basename "$ts")" "$unfinished" "$total"
    if [[ $(basename "$ts") == *_vi.ts && $unfinished -gt 0 ]]; then
        status=1
    fi
done
exit $status
