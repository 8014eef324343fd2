#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The shared core exports exactly the functions its headers mark STAR_API:
# nothing internal leaks, nothing public is missing.
#   core_exports.sh LIBSTAR_CORE.so HEADER_DIR
set -euo pipefail
lib=$1 headers=$2
exported=$(nm -D --defined-only "$lib" | awk '$2 == "T" { print $3 }' | sort)
declared=$(find "$headers" -name "*.h" ! -name export.h -exec cat {} + | tr '\n' ' ' | grep -oP 'STAR_API\s[^;{]*?\b\K\w+(?=\s*\()' | sort)
if [ "$exported" = "$declared" ]; then
  echo "ok   $(wc -l <<<"$exported") functions exported, each declared STAR_API"
  exit 0
fi
echo "FAIL exports and STAR_API declarations differ (< exported only, > declared only):"
diff <(echo "$exported") <(echo "$declared") | grep '^[<>]'
exit 1
