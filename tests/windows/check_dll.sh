#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Checks what a component DLL (star.dll, starmenu.dll) asks of Windows and
# offers LibreOffice:
# - it exports component_getFactory and component_getImplementationEnvironment
#   and nothing else;
# - it imports only from sal3.dll, cppu3.dll and the Windows system and C
#   runtime DLLs (KERNEL32.dll, msvcrt.dll, api-ms-win-crt-*): no libgcc or
#   winpthread DLL, which no LibreOffice installation has;
# - each function it imports from sal3.dll or cppu3.dll is one LibreOffice
#   exports: the Linux SDK's libuno_sal.so and libuno_cppu.so export the same
#   C API (sal.map, cppu.map) as sal3.dll and cppu3.dll.
#   check_dll.sh OBJDUMP STAR_DLL LIBUNO_SAL LIBUNO_CPPU
set -euo pipefail
objdump=$1 dll=$2 sal_so=$3 cppu_so=$4
dump=$("$objdump" -p "$dll")
failed=0
fail() { echo "FAIL $*"; failed=1; }

# The export table lists "[ordinal] name" lines after "[Ordinal/Name Pointer] Table".
exports=$(printf '%s\n' "$dump" | sed -n '/\[Ordinal\/Name Pointer\] Table/,/^$/p' |
          sed -n 's/^[[:space:]]*\[[[:space:]]*[0-9]*\][[:space:]]*//p' | sort)
echo "exports:"; printf '  %s\n' $exports
want=$(printf '%s\n' component_getFactory component_getImplementationEnvironment | sort)
[ "$exports" = "$want" ] || fail "exports should be exactly: $(echo $want)"

dlls=$(printf '%s\n' "$dump" | sed -n 's/^[[:space:]]*DLL Name: //p')
echo "imports from:"; printf '  %s\n' $dlls
for d in $dlls; do
  case "$d" in
    sal3.dll|cppu3.dll|KERNEL32.dll|msvcrt.dll|api-ms-win-crt-*.dll) ;;
    *) fail "imports from $d" ;;
  esac
done
for d in sal3.dll cppu3.dll; do
  grep -qx "$d" <<<"$(printf '%s\n' $dlls)" || fail "does not import $d"
done

# Names imported from one DLL: the lines after its "DLL Name:" up to the next blank line.
imported_from() {
  printf '%s\n' "$dump" | sed -n "/DLL Name: $1\$/,/^\$/p" | awk 'NF >= 3 && $1 ~ /^[0-9a-f]+$/ { print $3 }'
}
check_against() {
  local dll_name=$1 so=$2 names exported
  names=$(imported_from "$dll_name")
  exported=$(nm -D --defined-only "$so" | awk '{ sub(/@.*/, "", $3); print $3 }')
  echo "from $dll_name: $(echo $names)"
  for n in $names; do
    # A here-string, not a pipe: grep -q stops reading at the first match,
    # and under pipefail the writer's SIGPIPE would read as a failure.
    grep -qx "$n" <<<"$exported" || fail "$n (from $dll_name) is not exported by LibreOffice's $(basename "$so")"
  done
}
check_against sal3.dll "$sal_so"
check_against cppu3.dll "$cppu_so"

[ "$failed" -eq 0 ] && echo "$(basename "$dll"): exports and imports as LibreOffice on Windows needs them"
exit "$failed"
