#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The main job: builds star.oxt, installs it into a throwaway LibreOffice
# profile, recalculates the example workbook headlessly and writes its
# results (CSV and PDF) to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j "$(nproc)"

. tests/e2e/office.sh
work=$(mktemp -d /tmp/star-example.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
office_start "$work" build/star.oxt
cp examples/*.fods "$work/"
mkdir -p "$work/out"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work"
office_convert 'csv:Text - txt - csv (StarCalc):44,34,76' "$work/out" "$work"/*.fods
office_convert pdf "$work/out" "$work"/*.fods
mkdir -p "$root/out"
cp "$work"/out/* "$root/out/"
echo "Results in $root/out:"
ls -1 "$root/out"
for csv in "$root"/out/*.csv; do
  echo "--- $(basename "$csv")"
  column -s, -t < "$csv" | head -40
done
