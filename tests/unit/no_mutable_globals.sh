#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The core keeps no mutable global state (addin/core/star_core.h), so any
# thread may call it at once: no object of the library may lie in a
# writable data section (.data, .bss, common). Tables of constant pointers
# sit in .data.rel.ro, which is read-only once relocated.
#   no_mutable_globals.sh LIBRARY.a
set -euo pipefail
found=$(objdump -t "$1" | awk '$3 == "O" && ($4 ~ /^\.(data|bss)(\.|$)/ && $4 !~ /^\.data\.rel\.ro/ || $4 == "*COM*") {print $4, $NF}')
if [ -n "$found" ]; then
  echo "mutable global state in $1:"
  echo "$found"
  exit 1
fi
echo "no mutable global state in $(basename "$1")"
