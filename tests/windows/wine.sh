#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Runs a Windows console program under wine, headless, and exits with its
# exit code. The wine prefix is a throwaway one, made once per user (about
# 15 s) and reused by later runs. It holds a copy of wine's own DLLs, about
# 700 MB, so it lives in memory (/dev/shm) where there is one, else in /tmp;
# STAR_WINEPREFIX chooses another place.
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
place=/tmp
[ -d /dev/shm ] && [ -w /dev/shm ] && place=/dev/shm
export WINEPREFIX=${STAR_WINEPREFIX:-$place/star-wine-$(id -u)}
export WINEDEBUG=-all
# No Mono or Gecko installer, and no window: console programs need neither.
export WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
exec 9>"$WINEPREFIX.lock"
flock 9
if [ ! -f "$WINEPREFIX/.star-ready" ]; then
  echo "making the wine prefix $WINEPREFIX"
  "$wine" wineboot --init >/dev/null 2>&1 || { echo "wineboot failed in $WINEPREFIX"; exit 1; }
  touch "$WINEPREFIX/.star-ready"
fi
flock -u 9
exec "$wine" "$@"
