#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Regenerates templates/*.fods, the sources of the STAR workbooks, from
# tools/templates/ (their single source: never edit the .fods by hand).
# Builds the extension, runs headless LibreOffice with it and lets the script
# build both workbooks, then copies them into templates/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j "$(nproc)" --target oxt_base
. tools/office.sh
office_session templates build/star-base.oxt
cp -r tools/templates "$OFFICE_TOOLS/"
office_serve
office_run "PYTHONPATH='$OFFICE_TOOLS' /usr/bin/python3 -m templates '$OFFICE_PIPE' '$OFFICE_WORK/out'"
office_stop "$OFFICE_PIPE"
cp "$OFFICE_WORK"/out/*.fods templates/
ls -l templates/
