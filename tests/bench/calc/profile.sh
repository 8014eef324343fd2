#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Where the per-call floor goes: runs the office under callgrind (collecting
# only inside calculateAll()) on the per-call floor workbook of one formula,
# then splits the instructions by shared object and gives STAR's share.
#   bash tests/bench/calc/profile.sh ["STAR.VFM on scalars"] [ROWS]
# Profiles and the split land in out/bench/callgrind/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
formula=${1:-STAR.VFM on scalars}
rows=${2:-2000}
runs=2
dir="$root/out/bench/callgrind"
rm -rf "$dir"
# Under callgrind the office starts in minutes, not seconds.
STAR_BENCH_CALLGRIND="$dir" bash "$here/run.sh" --sizes "" --floor-rows "$rows" --runs "$runs" \
  --floor-only "$formula" --wait 1200
# Each formula is calculated once to warm up, then runs times.
python3 "$here/callgrind_split.py" --calls $((rows * (runs + 1))) "$dir"/callgrind.out.* | tee "$dir/split.txt"
