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
. "$here/../tests/e2e/office.sh"

work=$(mktemp -d /tmp/star-workbooks.XXXXXX)
pipe="star-workbooks-$$-$RANDOM"
cleanup() { office_stop "$pipe" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
chmod 755 "$work"
office_start "$work" "$oxt"
mkdir -p "$work/src" "$work/out/templates/STAR"
cp "$src"/*.fods "$work/src/"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work"
office_listen "$pipe"
office_run "/usr/bin/python3 '$OFFICE_TOOLS/workbooks.py' '$pipe' '$work/src' '$work/out'"
office_stop "$pipe"
rm -rf "$out"
mkdir -p "$out"
cp -r "$work/out/." "$out/"
