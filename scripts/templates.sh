#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Regenerates templates/*.fods, the sources of the STAR workbooks, from
# tools/templates.py (their single source: never edit the .fods by hand).
# Builds the extension, runs headless LibreOffice with it and lets the script
# build both workbooks, then copies them into templates/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/deps.sh
cmake -S . -B build >/dev/null
cmake --build build -j "$(nproc)" --target oxt_base
. tests/e2e/office.sh
work=$(mktemp -d /tmp/star-templates.XXXXXX)
pipe="star-templates-$$-$RANDOM"
cleanup() { office_stop "$pipe" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
chmod 755 "$work"
office_start "$work" build/star-base.oxt
mkdir -p "$work/out"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work"
office_listen "$pipe"
office_run "/usr/bin/python3 '$OFFICE_TOOLS/templates.py' '$pipe' '$work/out'"
office_stop "$pipe"
cp "$work"/out/*.fods templates/
ls -l templates/
