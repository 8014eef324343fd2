#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# End-to-end: installs the built star.oxt into a throwaway profile (of its
# libraries, one per platform, only the Linux one may be registered), lets
# headless LibreOffice recalculate every self-checking workbook in one start,
# and fails on any FAIL cell, any check that did not compute, or a workbook
# with no checks. Then checks how the calls are stored in ODS and XLSX.
#   run.sh OXT
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$(realpath "$1")
. "$here/../../tools/office.sh"
echo "== $(office_version)"

work=$(mktemp -d /tmp/star-e2e.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
mkdir -p "$work/csv"
python3 "$here/sheets.py" "$work/sheets"
office_start "$work" "$oxt"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work"

passed=0 failed=0
# One package for every platform: the office registers its own library only.
bundled=$(grep -o '[a-z0-9_]*/star.components' "$OFFICE_HOME/list.log" | sort -u)
if [ "$bundled" = "linux_x86_64/star.components" ]; then
  echo "ok   unopkg registers linux_x86_64/star.components only"; passed=$((passed + 1))
else
  echo "FAIL unopkg registers: $(echo $bundled)"; failed=$((failed + 1))
fi

# 76 = UTF-8; one sheet per workbook, so CSV holds all of it.
office_convert 'csv:Text - txt - csv (StarCalc):44,34,76' "$work/csv" "$work"/sheets/*.fods >/dev/null

for sheet in "$work"/sheets/*.fods; do
  name=$(basename "$sheet" .fods)
  csv="$work/csv/$name.csv"
  if [ ! -s "$csv" ]; then
    echo "FAIL $name: LibreOffice produced no result"; failed=$((failed + 1)); continue
  fi
  # The check column is the last: every case row ends in ok or FAIL.
  cases=$(grep -c '^case,' "$csv" || true)
  bad=$(grep '^case,' "$csv" | grep -vc ',ok$' || true)
  if [ "$cases" -gt 0 ] && [ "$bad" -eq 0 ]; then
    echo "ok   $name: $cases checks"
    passed=$((passed + 1))
  else
    echo "FAIL $name: $bad of $cases checks failed"
    grep '^case,' "$csv" | grep -v ',ok$' | head -20 | sed 's/^/       /'
    failed=$((failed + 1))
  fi
done

# Whole-column calls timed against plain formulas in one running office.
cp "$here/whole_column.py" "$work/"
[ "$(id -u)" -ne 0 ] || chown "$OFFICE_USER" "$work/whole_column.py"
pipe="star-e2e-$$"
office_listen "$pipe"
if office_run "/usr/bin/python3 '$work/whole_column.py' '$OFFICE_TOOLS' '$pipe'" >"$work/whole.txt" 2>&1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1))
fi
sed 's/^/     /' "$work/whole.txt"
grep -q '^FAIL' "$work/whole.txt" && echo "FAIL whole-column calls" || echo "ok   whole-column calls"
office_stop "$pipe"

# Storage: LibreOffice saves the calls by programmatic name in ODS and by
# compatibility name in XLSX.
store="$work/store"
mkdir -p "$store"
[ "$(id -u)" -ne 0 ] || chown "$OFFICE_USER" "$store"
office_convert ods "$store" "$work/sheets/vfm.fods" >/dev/null
office_convert 'xlsx:Calc MS Excel 2007 XML' "$store" "$work/sheets/vfm.fods" >/dev/null
if unzip -p "$store/vfm.ods" content.xml | grep -c 'table:formula="of:=STAR.VFM(' >/dev/null; then
  echo "ok   ods stores of:=STAR.VFM(...)"; passed=$((passed + 1))
else
  echo "FAIL ods does not store of:=STAR.VFM(...)"; failed=$((failed + 1))
fi
if unzip -p "$store/vfm.xlsx" xl/worksheets/sheet1.xml | grep -c '<f[^>]*>STAR.VFM(' >/dev/null; then
  echo "ok   xlsx stores STAR.VFM(...)"; passed=$((passed + 1))
else
  echo "FAIL xlsx does not store STAR.VFM(...)"; failed=$((failed + 1))
fi

echo "e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
