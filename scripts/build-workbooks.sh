#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Called by the build: recalculates templates/*.fods with the extension
# (star-base.oxt: everything but the workbooks) in a throwaway profile and
# writes the .ots templates and .ods workbooks into OUTDIR.
#   build-workbooks.sh OXT SRCDIR OUTDIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$(realpath "$1")
src=$(realpath "$2")
out=$(realpath -m "$3")
. "$here/../tools/office.sh"

office_session workbooks "$oxt"
mkdir -p "$OFFICE_WORK/src" "$OFFICE_WORK/out/templates/STAR"
cp "$src"/*.fods "$OFFICE_WORK/src/"
office_serve
office_run "/usr/bin/python3 '$OFFICE_TOOLS/workbooks.py' '$OFFICE_PIPE' '$OFFICE_WORK/src' '$OFFICE_WORK/out'"
office_stop "$OFFICE_PIPE"
rm -rf "$out"
mkdir -p "$out"
cp -r "$OFFICE_WORK/out/." "$out/"
