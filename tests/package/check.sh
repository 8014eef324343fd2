#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# What star.oxt tells people, checked from the package itself:
# - every function in the table has Function Wizard text, an HTML help page
#   that is in the function list, and an entry in the reference;
# - every link and picture of every help page lands on a file in the package
#   (links to the web are listed, not followed);
# - the STAR menu's pages exist, and its New-from-template items name
#   templates that ship (category STAR, by title);
# - installing asks for no licence, the Extension Manager has an icon, a
#   description without hard line breaks and release notes.
#   check.sh OXT REFERENCE
set -euo pipefail
oxt=$1 reference=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$oxt" -d "$work"
failed=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); else echo "FAIL $1"; failed=$((failed + 1)); fi; }
help=$work/help

methods=$(xmllint --xpath '//*[@*[local-name()="name"]="AddInFunctions"]/*/@*[local-name()="name"]' \
  "$work/CalcAddIns.xcu" | sed 's/.*="\(.*\)"/\1/')
[ -n "$methods" ] || { echo "FAIL no functions in CalcAddIns.xcu"; exit 1; }
for m in $methods; do
  upper=$(echo "$m" | tr a-z A-Z)
  page=$help/star_$m.html
  check "STAR.$upper has a help page" "[ -s '$page' ]"
  check "STAR.$upper help page is titled with its name" "grep -q '<h1>STAR.$upper</h1>' '$page'"
  check "STAR.$upper help says when it gives an error" "grep -q '<h2>Errors</h2>' '$page'"
  check "STAR.$upper help links related functions" "grep -A1 '<h2>Related functions</h2>' '$page' | grep -q 'href=\"star_'"
  check "STAR.$upper is in the function list" "grep -q 'href=\"star_$m.html\"' '$help/functions.html'"
  check "STAR.$upper has wizard text" "xmllint --xpath '//*[@*[local-name()=\"name\"]=\"$m\"]//*[@*[local-name()=\"name\"]=\"Description\"]' '$work/CalcAddIns.xcu' >/dev/null"
  check "STAR.$upper is in the reference" "grep -q '^## STAR.$upper\$' '$reference'"
done
pages=$(ls "$help"/*.html | wc -l)
check "no help page for a function that is not in the table" "[ '$pages' -eq \$(( $(wc -w <<<"$methods") + 5 )) ]"

# Links and pictures: relative ones must land on a file of the package.
links=0 external=0
for page in "$help"/*.html; do
  while read -r target; do
    [ -n "$target" ] || continue
    case "$target" in
      http://*|https://*|mailto:*) external=$((external + 1)); echo "external link in $(basename "$page"): $target"; continue ;;
    esac
    links=$((links + 1))
    file=${target%%#*}
    [ -n "$file" ] || file=$(basename "$page")
    check "$(basename "$page") links $target, which is in the package" "[ -f '$(dirname "$page")/$file' ]"
  done < <(grep -o -E '(href|src)="[^"]*"' "$page" | sed -E 's/^(href|src)="(.*)"$/\2/')
done
echo "help: $pages pages, $links links within the package, $external to the web"

for p in functions.html guide.html facilitation.html errors.html release-notes.html star.css; do
  check "the help has $p" "[ -s '$help/$p' ]"
done

# The menu's New-from-template items: each names a template of category STAR by its title.
titles=$(for t in "$work"/templates/STAR/*.ots; do unzip -p "$t" meta.xml | grep -o '<dc:title>[^<]*' | sed 's/<dc:title>//'; done)
while read -r url; do
  [ -n "$url" ] || continue
  region=$(sed -n 's/.*Region:string=\([^&]*\).*/\1/p' <<<"$url")
  name=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' \
         "$(sed -n 's/.*Name:string=\([^&]*\).*/\1/p' <<<"$url")")
  check "menu item $url opens a template of category $region" "[ -d '$work/templates/$region' ]"
  check "menu item opens the template titled '$name', which ships" "grep -qxF '$name' <<<\"\$titles\""
done < <(xmllint --xpath '//*[@*[local-name()="name"]="URL"]/*[local-name()="value"]/text()' "$work/Addons.xcu" |
         sed 's/&amp;/\&/g' | grep '^\.uno:NewDoc')

# Installing and the Extension Manager.
check "installing asks for no licence (no registration element in description.xml)" \
  "[ \"\$(xmllint --xpath 'count(//*[local-name()=\"registration\"])' '$work/description.xml')\" = 0 ]"
icon=$(xmllint --xpath 'string(//*[local-name()="icon"]/*[local-name()="default"]/@*[local-name()="href"])' "$work/description.xml")
check "the Extension Manager has an icon ($icon)" "[ -n '$icon' ] && file '$work/$icon' | grep -q 'PNG image data'"
notes=$(xmllint --xpath 'string(//*[local-name()="release-notes"]/*[local-name()="src"]/@*[local-name()="href"])' "$work/description.xml")
check "the Extension Manager has release notes ($notes)" "[ -n '$notes' ] && [ -s '$work/$notes' ]"
text=$(xmllint --xpath 'string(//*[local-name()="extension-description"]/*[local-name()="src"]/@*[local-name()="href"])' "$work/description.xml")
check "the description ($text) has no line break inside a paragraph" \
  "[ -s '$work/$text' ] && ! awk 'prev != \"\" && \$0 != \"\" {bad=1} {prev=\$0} END {exit !bad}' '$work/$text'"

echo "package: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
