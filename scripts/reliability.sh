#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# The reliability checks (docs/reliability.md), run by scripts/test.sh after
# the unit and end-to-end tests:
#   1. fuzzing: every libFuzzer target (clang, AddressSanitizer and
#      UndefinedBehaviorSanitizer) for FUZZ_SECONDS from the committed corpus,
#      printing executions and time per target;
#   2. threads: the core's unit tests under ThreadSanitizer (clang);
#   3. valgrind memcheck: the unit tests of the core and of the glue (with
#      the glue's soak test) and every committed fuzz input, no error and
#      no leak;
#   4. limits: every function at the largest ranges, each call within
#      LIMIT_SECONDS and never out of memory.
# Usage: scripts/reliability.sh [BUILD_DIR]   (a gcc build with the tests;
#        default build-test, as scripts/test.sh leaves it)
# Environment: FUZZ_SECONDS (default 20) per target, FUZZ_JOBS (default
# nproc) targets at once, LIMIT_SECONDS (default 30).
# Longer fuzzing, e.g. an hour per target: FUZZ_SECONDS=3600 scripts/reliability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. tools/progress.sh
build=${1:-build-test}
fuzz_seconds=${FUZZ_SECONDS:-20}
fuzz_jobs=${FUZZ_JOBS:-$(nproc)}
limit_seconds=${LIMIT_SECONDS:-30}
jobs=$(nproc)
passed=0 failed=0
pass() { echo "ok   $*"; passed=$((passed + 1)); }
fail() { echo "FAIL $*"; failed=$((failed + 1)); }

[ -x "$build/tests/unit/unit_core" ] || {
  cmake -S . -B "$build" -DSTAR_WERROR=ON >/dev/null
  cmake --build "$build" -j "$jobs"
}
# Every fuzz target has its corpus directory (CTest replays it).
targets=$(ls tests/fuzz/corpus)

work=$(mktemp -d /tmp/star-fuzz.XXXXXX)
trap 'rm -rf "$work"' EXIT
stage "fuzzing: libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer, ${fuzz_seconds} s per target"
CC=clang cmake -S . -B build-fuzz -DSTAR_FUZZ=ON -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
echo "building the fuzz targets"
progress_quiet "$work/fuzz-build.log" cmake --build build-fuzz -j "$jobs" --target $(for t in $targets; do echo "fuzz_$t"; done)
mkdir -p build-fuzz/artifacts
echo "fuzzing $(wc -w <<<"$targets") targets, $fuzz_jobs at a time, ${fuzz_seconds} s each"
fuzz_one() {
  local t=$1 start end
  mkdir -p "$work/$t"
  cp tests/fuzz/corpus/"$t"/* "$work/$t/"
  start=$(date +%s.%N)
  set +e
  build-fuzz/tests/fuzz/fuzz_"$t" -max_total_time="$fuzz_seconds" -timeout=10 -rss_limit_mb=2048 \
    -max_len=4096 -print_final_stats=1 -artifact_prefix="$root/build-fuzz/artifacts/$t-" \
    "$work/$t" >"$work/$t.log" 2>&1
  echo $? >"$work/$t.rc"
  set -e
  end=$(date +%s.%N)
  echo "$start $end" >"$work/$t.time"
  echo "   fuzz_$t done ($((SECONDS - PROGRESS_START)) s into fuzzing)"
}
running=0
for t in $targets; do
  fuzz_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$fuzz_jobs" ]; then wait -n; running=$((running - 1)); fi
done
wait
total_runs=0
for t in $targets; do
  rc=$(cat "$work/$t.rc")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$t.log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$t.log")
  seconds=$(awk '{printf "%.1f", $2 - $1}' "$work/$t.time")
  seeds=$(ls tests/fuzz/corpus/"$t" | wc -l)
  kept=$(ls "$work/$t" | wc -l)
  total_runs=$((total_runs + ${runs:-0}))
  line="fuzz_$t: ${runs:-0} executions in $seconds s (${speed:-0}/s), corpus $seeds -> $kept inputs"
  if [ "$rc" -eq 0 ]; then
    pass "$line"
  else
    fail "$line"
    grep -vE '^ +#[0-9]+ |^INFO:|^#[0-9]+' "$work/$t.log" | tail -12 | sed 's/^/       /'
    echo "       reproduce: build-fuzz/tests/fuzz/fuzz_$t build-fuzz/artifacts/$t-<file>"
  fi
done
echo "fuzzing: $total_runs executions in all"

stage "threads: the core's unit tests under ThreadSanitizer"
CC=clang cmake -S . -B build-tsan -DSTAR_COMPONENT=OFF -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS=-fsanitize=thread -DCMAKE_EXE_LINKER_FLAGS=-fsanitize=thread >/dev/null
progress_quiet "$work/tsan-build.log" cmake --build build-tsan -j "$jobs" --target unit_core
if TSAN_OPTIONS=halt_on_error=1 progress_quiet "$work/tsan.log" build-tsan/tests/unit/unit_core; then
  pass "unit_core under ThreadSanitizer: $(grep -c 'passed$' "$work/tsan.log") tests, no data race"
else
  fail "unit_core under ThreadSanitizer"
  grep -E 'WARNING|FAILED|SUMMARY' "$work/tsan.log" | head -10 | sed 's/^/       /'
fi

stage "valgrind memcheck: unit tests, the glue's soak test, every committed fuzz input"
memcheck() {
  local name=$1
  shift
  if progress_quiet "$work/valgrind-$name.log" valgrind -q --error-exitcode=99 --leak-check=full \
       --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect "$@"; then
    pass "valgrind $name: no error, no leak ($(tail -1 "$work/valgrind-$name.log" | tr -s ' '))"
  else
    fail "valgrind $name"
    grep -E '==[0-9]+==|FAILED' "$work/valgrind-$name.log" | head -20 | sed 's/^/       /'
  fi
}
memcheck unit_core "$build/tests/unit/unit_core"
memcheck unit_glue "$build/tests/unit/unit_glue"
for t in $targets; do
  memcheck "replay_$t" "$build/tests/fuzz/replay_$t" tests/fuzz/corpus/"$t"
done

stage "limits: every function at the largest ranges, each call within ${limit_seconds} s"
"$build/tests/bench/bench_limits" --check "$limit_seconds" >"$work/limits.md" 2>"$work/limits.err" &
if progress_wait $!; then
  pass "limits: $(grep -c '^| [a-z]' "$work/limits.md") calls at the limits, the slowest $(awk -F'|' 'NR > 2 && $4 + 0 > m {m = $4 + 0} END {print m}' "$work/limits.md") s"
else
  fail "limits"
  cat "$work/limits.err" | sed 's/^/       /'
fi
cat "$work/limits.md"

stage_end
echo "reliability: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
