#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Where recalculation time goes: runs the office under callgrind (collecting
# only inside calculateAll()) on one workbook of the benchmark, then splits
# the instructions by shared object and gives STAR's share.
#   bash tests/bench/calc/profile.sh                          the per-call floor of STAR.VFM on two cells
#   bash tests/bench/calc/profile.sh floor "STAR.VERSION()" 2000
#   bash tests/bench/calc/profile.sh table star-array-norank 2000
# Profiles and the split land in out/bench/callgrind/ (or $STAR_PROFILE_OUT).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
kind=${1:-floor}
what=${2:-STAR.VFM on scalars}
rows=${3:-2000}
dir=${STAR_PROFILE_OUT:-$root/out/bench/callgrind}
rm -rf "$dir"
# Under callgrind the office starts in minutes, not seconds. Every workbook
# is calculated once to warm up, then (being slow under callgrind) once more.
if [ "$kind" = floor ]; then
  runs=2
  calls=$((rows * (runs + 1)))
  STAR_BENCH_CALLGRIND="$dir" bash "$here/run.sh" --sizes "" --floor-rows "$rows" --runs "$runs" \
    --floor-only "$what" --wait 1200
else
  runs=1
  calls=0
  STAR_BENCH_CALLGRIND="$dir" bash "$here/run.sh" --sizes "$rows" --versions "$what" --runs "$runs" \
    --no-floor --wait 1200
fi
python3 "$here/callgrind_split.py" --calls "$calls" "$dir"/callgrind.out.* | tee "$dir/split.txt"
