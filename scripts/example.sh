#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The main job: builds star.oxt (with the STAR workbooks), installs it into a
# throwaway LibreOffice profile, recalculates the Birmingham and Solihull
# maternity example headlessly and writes into out/:
#   bsol-maternity.pdf   the whole workbook
#   bsol-maternity.ods   the recalculated workbook
#   *.png                a picture of each chart sheet
#   sheets/*.png         the first page of every sheet (the user guide's
#                        screenshots: docs/images/guide/)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. tools/progress.sh
stage "dependencies"
bash scripts/deps.sh
stage "build star.oxt and its workbooks"
cmake -S . -B build >/dev/null
progress_run cmake --build build -j "$(nproc)"

stage "install star.oxt into a throwaway profile"
. tools/office.sh
office_session example build/star.oxt
cp build/workbooks/bsol-maternity.ods "$OFFICE_WORK/"
office_serve
stage "recalculate and render the Birmingham and Solihull example"
progress_run office_run "/usr/bin/python3 -u '$OFFICE_TOOLS/render.py' '$OFFICE_PIPE' '$OFFICE_WORK/bsol-maternity.ods' '$OFFICE_WORK/out'"
office_stop "$OFFICE_PIPE"
stage "pictures of the chart sheets and of every sheet's first page"
# A picture of each chart sheet: the page that starts with its title.
pdf="$OFFICE_WORK/out/bsol-maternity.pdf"
pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
while read -r sheet; do
  for page in $(seq 1 "$pages"); do
    if [ "$(pdftotext -f "$page" -l "$page" "$pdf" - 2>/dev/null | head -1)" = "$sheet" ]; then
      pdftoppm -png -r 90 -singlefile -f "$page" -l "$page" "$pdf" \
        "$OFFICE_WORK/out/$(echo "$sheet" | tr 'A-Z ' 'a-z-')"
      break
    fi
  done
done <"$OFFICE_WORK/out/chart-sheets.txt"
# The first page of every sheet: a page whose first line is a sheet's title
# and that no earlier page of the same title has claimed.
mkdir -p "$OFFICE_WORK/out/sheets"
for page in $(seq 1 "$pages"); do
  title=$(pdftotext -f "$page" -l "$page" "$pdf" - 2>/dev/null | sed -n 1p)
  name=$(echo "$title" | tr 'A-Z ' 'a-z-' | tr -cd 'a-z0-9-')
  [ -n "$name" ] && [ ! -e "$OFFICE_WORK/out/sheets/$name.png" ] || continue
  pdftoppm -png -r 70 -singlefile -f "$page" -l "$page" "$pdf" "$OFFICE_WORK/out/sheets/$name"
done
rm -rf "$root/out"
mkdir -p "$root/out"
cp "$OFFICE_WORK"/out/*.pdf "$OFFICE_WORK"/out/*.png "$root/out/"
cp -r "$OFFICE_WORK/out/sheets" "$root/out/"
cp "$OFFICE_WORK/bsol-maternity.ods" "$root/out/"
stages_summary
echo "Results in $root/out:"
ls -1 "$root/out"
