#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The STAR menu as a person meets it: LibreOffice Calc in a real window on
# a virtual screen (Xvfb), star.oxt installed, driven from the keyboard as
# a person would (xdotool), checked over a UNO pipe and by screenshots.
# - the STAR menu is in Calc's menu bar with its items; a picture of it open;
# - Help on this cell's function, on a cell holding =STAR.VFM(...), asks the
#   system to open the STAR.VFM page (a stand-in browser, DESKTOP_LAUNCH,
#   records the URL), and that page is a file of the installed extension;
# - STAR help > Function reference asks for the function list;
# - New STAR workbook and Open the Birmingham and Solihull example open
#   untitled documents with their templates' sheets;
# - About STAR shows its message box.
# There is no window manager, so the test gives the window the keyboard
# itself; each step is retried, as a busy machine can be slow to draw.
#   run.sh OXT OUTDIR      pictures go to OUTDIR
# Exits 77 (CTest: skipped) when Xvfb or xdotool is missing, except in CI.
set -euo pipefail
oxt=$(realpath "$1")
out=$(mkdir -p "$2" && realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
for tool in Xvfb xdotool xwininfo import; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing (bash scripts/deps.sh installs it): not run"
    [ -n "${CI:-}" ] && exit 1
    exit 77
  fi
done
. "$here/../../tools/office.sh"

say() { echo "[gui $(date +%H:%M:%S)] $*"; }
failed=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else echo "FAIL $1"; failed=$((failed + 1)); fi; }

OFFICE_WORK=$(mktemp -d /tmp/star-gui.XXXXXX)
chmod 755 "$OFFICE_WORK"
pipe="star-gui-$$"
xvfb_pid=
cleanup() {
  # Unsaved documents would ask to be saved; then the office ends, or is ended.
  [ -z "$xvfb_pid" ] || timeout 30 bash -c "$(declare -f office_run gui); OFFICE_USER=$OFFICE_USER \
    OFFICE_HOME=$OFFICE_HOME OFFICE_TOOLS=$OFFICE_TOOLS pipe=$pipe gui close" >/dev/null 2>&1 || true
  timeout 60 bash -c "$(declare -f office_run office_stop office_wait); OFFICE_USER=$OFFICE_USER \
    OFFICE_HOME=$OFFICE_HOME OFFICE_TOOLS=$OFFICE_TOOLS OFFICE_PROFILE=$OFFICE_PROFILE office_stop $pipe" \
    >/dev/null 2>&1 || true
  local pid
  for pid in $(pgrep -f "UserInstallation=$OFFICE_PROFILE " || true); do kill "$pid" 2>/dev/null || true; done
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$OFFICE_WORK"
}
trap cleanup EXIT

say "installing star.oxt into a throwaway profile"
office_start "$OFFICE_WORK" "$oxt"
cp "$here/gui.py" "$OFFICE_TOOLS/"
rm -f "$OFFICE_WORK/profile/.lock" # left by unopkg; the office would ask about it
gui() { office_run "/usr/bin/python3 '$OFFICE_TOOLS/gui.py' '$pipe' $*"; }

# The stand-in browser: records what the office asks the system to open.
cat >"$OFFICE_WORK/browser.sh" <<EOS
#!/bin/sh
printf '%s\n' "\$1" >>'$OFFICE_WORK/browser.log'
EOS
chmod 755 "$OFFICE_WORK/browser.sh"

say "starting a virtual screen"
exec 5>"$OFFICE_WORK/display"
Xvfb -displayfd 5 -screen 0 1280x800x24 -nolisten tcp -ac >"$OFFICE_WORK/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 5>&-
for _ in $(seq 100); do [ -s "$OFFICE_WORK/display" ] && break; sleep 0.1; done
[ -s "$OFFICE_WORK/display" ] || { echo "FAIL Xvfb did not start:"; cat "$OFFICE_WORK/xvfb.log"; exit 1; }
export DISPLAY=:$(head -1 "$OFFICE_WORK/display")
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$OFFICE_WORK"

say "starting LibreOffice Calc on $DISPLAY"
office_run "DISPLAY=$DISPLAY DESKTOP_LAUNCH='$OFFICE_WORK/browser.sh' SAL_USE_VCLPLUGIN=gen \
  nohup soffice -env:UserInstallation=$OFFICE_PROFILE --calc --norestore --nologo \
  '--accept=pipe,name=$pipe;urp;' >'$OFFICE_WORK/office.log' 2>&1 &"

# window TITLE SECONDS: the id of a window whose name matches TITLE.
window() {
  local i id
  for i in $(seq $(($2 * 2))); do
    id=$(xdotool search --onlyvisible --name "$1" 2>/dev/null | head -1 || true)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.5
  done
  return 1
}
calc=$(window '^Untitled 1 - LibreOffice Calc$' 120) || {
  echo "FAIL no Calc window within 120 s; the office said:"; cat "$OFFICE_WORK/office.log"
  xwininfo -root -tree | grep '"' || true; exit 1; }
say "Calc is on screen (window $calc)"
gui formula "'=STAR.VFM(170126;1406000)'" # waits for the pipe; the current cell is A1

menus=$(gui menus | paste -sd' ')
echo "  menu bar: $menus"
check "Calc's menu bar has a STAR menu, after Tools" "[[ ' $menus ' == *' Tools STAR '* ]]"

# open_menu WINDOW: the STAR menu open (Alt+A), from a clean state.
open_menu() {
  xdotool windowfocus "$1" 2>/dev/null || true
  sleep 0.3
  xdotool key --clearmodifiers Escape Escape
  sleep 0.3
  xdotool key --clearmodifiers alt+a
  sleep 1.5
}
# choose KEYS CONDITION SECONDS: the STAR menu's item with that mnemonic
# (or a submenu's mnemonic, then its item's),
# until CONDITION holds; three tries.
choose() {
  local attempt i
  for attempt in 1 2 3; do
    open_menu "$calc"
    xdotool key --clearmodifiers --delay 400 $1 # one key, or keys into a submenu
    for i in $(seq $(($3 * 2))); do
      eval "$2" && return 0
      sleep 0.5
    done
    say "no answer to the menu's '$1' yet (try $attempt)"
  done
  return 1
}

# sheets_of TEMPLATE: the sheet names of a template in star.oxt, as sheet|sheet|...
sheets_of() {
  unzip -p "$oxt" "templates/STAR/$1" >"$OFFICE_WORK/$1"
  unzip -p "$OFFICE_WORK/$1" content.xml | grep -o '<table:table table:name="[^"]*"' |
    sed 's/.*name="//; s/"$//' | paste -sd'|'
}

say "the STAR menu, open"
open_menu "$calc"
import -window root "$OFFICE_WORK/screen.png"
convert "$OFFICE_WORK/screen.png" -crop 760x240+0+0 +repage "$out/star-menu.png"
menu_lines=$(gui menu)
xdotool key --clearmodifiers Escape
printf '  | %s\n' "${menu_lines//$'\n'/$'\n'  | }"
for item in "New STAR workbook" "Open the Birmingham and Solihull example" "Help on this cell's function" \
            "STAR help" "About STAR"; do
  check "the STAR menu has '$item'" "grep -qxF \"$item\" <<<\"\$menu_lines\""
done
check "a picture of the open menu ($out/star-menu.png)" "[ -s '$out/star-menu.png' ]"

say "Help on this cell's function, on =STAR.VFM(...)"
choose h "[ -s '$OFFICE_WORK/browser.log' ]" 15 || true
url=$(head -1 "$OFFICE_WORK/browser.log" 2>/dev/null || true)
echo "  the browser was asked to open: ${url:-nothing}"
check "the browser is asked for the STAR.VFM page" "[[ '$url' == file://*/help/star_vfm.html ]]"
page=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(urllib.parse.urlparse(sys.argv[1]).path))' "$url")
check "the page is a file of the installed extension ($page)" \
  "[[ '$page' == $OFFICE_WORK/profile/user/uno_packages/* ]] && grep -q '<h1>STAR.VFM</h1>' '$page'"

say "STAR help > Function reference"
: >"$OFFICE_WORK/browser.log"
choose "s f" "[ -s '$OFFICE_WORK/browser.log' ]" 15 || true
url=$(head -1 "$OFFICE_WORK/browser.log" 2>/dev/null || true)
echo "  the browser was asked to open: ${url:-nothing}"
check "STAR help > Function reference asks the browser for the function list" \
  "[[ '$url' == file://*/help/functions.html ]]"

say "New STAR workbook"
choose n "window '^Untitled 2 - LibreOffice Calc\$' 1 >/dev/null" 30 || true
sleep 2
docs=$(gui documents)
printf '  | %s\n' "${docs//$'\n'/$'\n'  | }"
new=$(grep '^Untitled 2' <<<"$docs" || true)
want=$(sheets_of star-workbook.ots)
check "New STAR workbook opens a new document, Untitled 2" "[ -n '$new' ]"
check "it is untitled (not the template itself)" "[ -z \"\$(cut -f2 <<<'$new')\" ]"
check "it has the STAR sheets ($want)" "[ \"\$(cut -f3 <<<'$new')\" = '$want' ]"
calc=$(window '^Untitled 1 - LibreOffice Calc$' 5 || echo "$calc")

say "Open the Birmingham and Solihull example"
choose b "window '^Untitled 3 - LibreOffice Calc\$' 1 >/dev/null" 30 || true
sleep 2
example=$(gui documents | grep '^Untitled 3' || true)
want=$(sheets_of bsol-maternity.ots)
check "the example opens as a new untitled document with its sheets" \
  "[ -n '$example' ] && [ -z \"\$(cut -f2 <<<'$example')\" ] && [ \"\$(cut -f3 <<<'$example')\" = '$want' ]"
calc=$(window '^Untitled 1 - LibreOffice Calc$' 5 || echo "$calc")

say "About STAR"
choose a "window '^About STAR\$' 1 >/dev/null" 15 || true
about=$(window '^About STAR$' 2 || true)
check "About STAR shows its message box" "[ -n '$about' ]"
if [ -n "$about" ]; then
  import -window root "$OFFICE_WORK/screen.png"
  convert "$OFFICE_WORK/screen.png" -crop 640x300+320+250 +repage "$out/about.png"
  xdotool windowfocus "$about" 2>/dev/null || true
  sleep 0.3
  xdotool key --clearmodifiers Return
fi

echo "gui: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
