#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Files the build generates and the repository also keeps, so that they read
# without building (docs/functions.md, idl/XStar.idl), are what the function
# table generates now.
#   current.sh GENERATED COMMITTED [GENERATED COMMITTED ...]
set -euo pipefail
failed=0
while [ $# -ge 2 ]; do
  if cmp -s "$1" "$2"; then
    echo "ok   $2 is current"
  else
    echo "FAIL $2 is not what the table generates (regenerate: cp $1 $2)"
    diff "$2" "$1" | head -20 || true
    failed=1
  fi
  shift 2
done
exit $failed
