#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Every function in the table has Function Wizard text, an F1 help page
# listed in the help tree, and an entry in the reference.
#   check.sh OXT REFERENCE
set -euo pipefail
oxt=$1 reference=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$oxt" -d "$work"
failed=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi; }

methods=$(xmllint --xpath '//*[@*[local-name()="name"]="AddInFunctions"]/*/@*[local-name()="name"]' \
  "$work/CalcAddIns.xcu" | sed 's/.*="\(.*\)"/\1/')
[ -n "$methods" ] || { echo "FAIL no functions in CalcAddIns.xcu"; exit 1; }
for m in $methods; do
  upper=$(echo "$m" | tr a-z A-Z)
  page=$(find "$work/help" -name "star_$m.xhp")
  check "STAR.$upper has a help page" "[ -n '$page' ] && xmllint --noout '$page'"
  check "STAR.$upper is in the help tree" "grep -q 'star_$m.xhp' '$work/help/en-US/help.tree'"
  check "STAR.$upper is in the help index" "grep -q 'bookmark_value>STAR.$upper function' '$page'"
  check "STAR.$upper help says when it gives an error" "grep -c 'id=\"par_errors\"' '$page' >/dev/null"
  links=$(sed -n 's|.*<link href="/[^/]*/\([^"]*\)">.*|\1|p' "$page")
  check "STAR.$upper help links related functions" "[ -n '$links' ]"
  for l in $links; do
    check "STAR.$upper help links $l, which exists" "[ -f '$(dirname "$page")/$l' ]"
  done
  check "STAR.$upper has wizard text" "xmllint --xpath '//*[@*[local-name()=\"name\"]=\"$m\"]//*[@*[local-name()=\"name\"]=\"Description\"]' '$work/CalcAddIns.xcu' >/dev/null"
  check "STAR.$upper is in the reference" "grep -q '^## STAR.$upper\$' '$reference'"
done
echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
