#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Packs the benchmark's Python add-in (STARPY.*) as an .oxt: its own type
# library from XStarPy.idl, the component, its CalcAddIns.xcu.
#   oxt.sh OUT.oxt
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$(realpath -m "$1")
program=${LO_PROGRAM_DIR:-/usr/lib/libreoffice/program}
sdk=${LO_SDK_DIR:-/usr/lib/libreoffice/sdk}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/META-INF"
"$sdk/bin/unoidl-write" "$program/types.rdb" "$program/types/offapi.rdb" "$here/XStarPy.idl" "$stage/starpy.rdb"
cp "$here/manifest.xml" "$stage/META-INF/"
cp "$here/description.xml" "$here/starpy.components" "$here/starpy_addin.py" "$here/CalcAddIns.xcu" "$stage/"
rm -f "$out"
(cd "$stage" && zip -q -X -r "$out" .)
