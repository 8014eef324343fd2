#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Checks that star.oxt serves exactly the given platforms: description.xml
# names them; the manifest has one .components entry per platform, in the
# folder of that name, with LibreOffice's platform name in its media type; and
# each .components file points at two libraries that sit beside it (the
# add-in and the STAR menu's protocol handler).
#   check_oxt.sh OXT PLATFORMS      e.g. linux_x86_64,windows_x86_64
set -euo pipefail
oxt=$1 platforms=$2
work=$(mktemp -d /tmp/star-oxt.XXXXXX)
trap 'rm -rf "$work"' EXIT
unzip -q "$oxt" -d "$work"
failed=0
fail() { echo "FAIL $*"; failed=1; }
xpath() { xmllint --xpath "$1" "$2" 2>/dev/null || true; }

declared=$(xpath 'string(//*[local-name()="platform"]/@value)' "$work/description.xml")
echo "description.xml platform: $declared"
[ "$declared" = "$platforms" ] || fail "description.xml should declare $platforms"

entries=$(xpath '//*[local-name()="file-entry"][starts-with(@*[local-name()="media-type"],
  "application/vnd.sun.star.uno-components")]/@*[local-name()="full-path" or local-name()="media-type"]' \
  "$work/META-INF/manifest.xml" | grep -o '"[^"]*"' | tr -d '"' | paste - -)
count=0
while IFS=$'\t' read -r path media; do
  [ -n "$path" ] || continue
  count=$((count + 1))
  folder=${path%%/*}
  platform=${media##*platform=}
  echo "manifest: $path ($platform)"
  [ "${platform,,}" = "$folder" ] || fail "$path is registered for platform $platform"
  [[ ",$platforms," == *",$folder,"* ]] || fail "$folder is not one of $platforms"
  [ -f "$work/$path" ] || { fail "$path is missing"; continue; }
  libraries=$(xpath '//*[local-name()="component"]/@uri' "$work/$path" | grep -o '"[^"]*"' | tr -d '"')
  [ "$(wc -w <<<"$libraries")" -eq 2 ] || fail "$path should name two libraries (the add-in, the menu): $libraries"
  for library in $libraries; do
    [ -f "$work/$folder/$library" ] && echo "  library: $folder/$library" || fail "$folder/$library is missing"
  done
done <<< "$entries"
[ "$count" -eq "$(tr ',' '\n' <<< "$platforms" | wc -l)" ] || fail "$count .components entries for $platforms"

[ "$failed" -eq 0 ] && echo "star.oxt serves $platforms"
exit "$failed"
