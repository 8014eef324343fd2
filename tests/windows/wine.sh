#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Runs a Windows console program under wine, headless, and exits with its
# exit code. The wine prefix is a throwaway one under /tmp, made once per user
# (that takes about 20 s) and reused by later runs.
#   wine.sh WINE PROGRAM [ARGS...]
# Exits 77 (CTest: skipped) when wine is not installed, except in CI.
set -euo pipefail
wine=$1
shift
if [ ! -x "$wine" ]; then
  echo "wine is not installed (apt-get install wine64): not run"
  [ -n "${CI:-}" ] && exit 1
  exit 77
fi
export WINEPREFIX=${STAR_WINEPREFIX:-/tmp/star-wine-$(id -u)}
export WINEDEBUG=-all
# No Mono or Gecko installer, and no window: console programs need neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
exec 9>"$WINEPREFIX.lock"
flock 9
if [ ! -f "$WINEPREFIX/.star-ready" ]; then
  echo "making the wine prefix $WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1
  touch "$WINEPREFIX/.star-ready"
fi
flock -u 9
exec "$wine" "$@"
