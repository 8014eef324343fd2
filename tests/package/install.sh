#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Installs star.oxt as a user would from a terminal, with standard input
# closed (no licence to accept, nobody to answer), into a throwaway profile:
# unopkg add must succeed and print no error or warning line (nothing at
# all, as it prints nothing on success), the extension must be registered
# with the add-in, the menu's handler and the menu; unopkg remove must
# remove it.
#   install.sh OXT
set -euo pipefail
oxt=$(realpath "$1")
. "$(dirname "$0")/../../tools/office.sh"
work=$(mktemp -d /tmp/star-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
office_start_plain "$work"
cp "$oxt" "$work/star.oxt"
[ "$(id -u)" -ne 0 ] || chown "$OFFICE_USER" "$work/star.oxt"
rm -f "$work/profile/.lock"
failed=0 passed=0
check() { if eval "$2"; then passed=$((passed + 1)); echo "ok   $1"; else echo "FAIL $1"; failed=$((failed + 1)); fi; }

rc=0
office_run "unopkg add -env:UserInstallation=$OFFICE_PROFILE star.oxt </dev/null" >"$work/add.log" 2>&1 || rc=$?
office_wait
echo "unopkg add: exit $rc, $(wc -l <"$work/add.log") lines of output"
sed 's/^/  | /' "$work/add.log"
check "unopkg add succeeds with standard input closed" "[ $rc -eq 0 ]"
check "unopkg add prints no error or warning" "! grep -v javaldx '$work/add.log' | grep -qiE 'error|warn|cannot|fail|licen'"
check "unopkg add prints nothing" "[ -z \"\$(grep -v javaldx '$work/add.log')\" ]"

office_run "unopkg list -env:UserInstallation=$OFFICE_PROFILE" >"$work/list.log" 2>&1 || true
office_wait
check "the extension is registered" "grep -q 'Identifier: org.star-method.calc' '$work/list.log'"
for part in linux_x86_64/star.components CalcAddIns.xcu Addons.xcu ProtocolHandler.xcu; do
  check "its $part is registered" "grep -A1 'star.oxt/$part\$' '$work/list.log' | grep -q 'is registered: yes'"
done

rc=0
office_run "unopkg remove -env:UserInstallation=$OFFICE_PROFILE org.star-method.calc </dev/null" >"$work/remove.log" 2>&1 || rc=$?
office_wait
sed 's/^/  | /' "$work/remove.log"
check "unopkg remove succeeds" "[ $rc -eq 0 ]"
office_run "unopkg list -env:UserInstallation=$OFFICE_PROFILE" >"$work/list.log" 2>&1 || true
office_wait
check "after unopkg remove the extension is gone" "! grep -q 'org.star-method.calc' '$work/list.log'"
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
