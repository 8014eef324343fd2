#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The built STAR workbooks in headless LibreOffice (see check.py): first with
# star.oxt installed in a throwaway profile, then in a second profile without
# it, where the .ods must still show the values computed with it.
#   run.sh OXT WORKBOOKS_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oxt=$(realpath "$1")
books=$(realpath "$2")
. "$here/../../tools/office.sh"
. "$here/../../tools/progress.sh"
echo "== $(office_version)"

work=$(mktemp -d /tmp/star-workbooks-test.XXXXXX)
pipe="star-check-$$-$RANDOM"
cleanup() {
  OFFICE_HOME=$work/with; OFFICE_PROFILE=file://$OFFICE_HOME/profile; office_stop "$pipe-with" 2>/dev/null || true
  OFFICE_HOME=$work/without; OFFICE_PROFILE=file://$OFFICE_HOME/profile; office_stop "$pipe-without" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
mkdir -p "$work/books" "$work/out"
cp -r "$books/." "$work/books/"
cp "$here/check.py" "$work/"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work/books" "$work/out"

status=0
stage "the workbooks with star.oxt installed"
office_start "$work/with" "$oxt"
office_listen "$pipe-with"
progress_run office_run "OFFICE_TOOLS='$OFFICE_TOOLS' /usr/bin/python3 -u '$work/check.py' with '$pipe-with' '$work/books' '$work/out'" || status=1
office_stop "$pipe-with"

stage "the workbooks without the extension (values kept)"
office_start_plain "$work/without"
office_listen "$pipe-without"
progress_run office_run "OFFICE_TOOLS='$OFFICE_TOOLS' /usr/bin/python3 -u '$work/check.py' without '$pipe-without' '$work/books' '$work/out'" || status=1
office_stop "$pipe-without"
stages_summary
exit $status
