#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Recalculation benchmark (docs/benchmarks.md): STAR against plain Calc
# formulas and an equivalent Python add-in, in one headless LibreOffice kept
# running and driven over a UNO pipe. Not part of CI.
#   bash tests/bench/calc/run.sh [bench.py options, e.g. --sizes 100,1000 --runs 5 --keep]
# Results: out/bench/results.md (the table), results.json (every run).
# STAR_OFFICE=DIR runs it in the LibreOffice of another Debian system in DIR
# (tools/office.sh), e.g. 25.2: bash scripts/lo25.sh root prints that folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
cd "$root"

echo "== dependencies"
bash scripts/deps.sh
# The benchmark's own: the Python-UNO bridge (driver and Python add-in).
if [[ "$(dpkg-query -W -f='${Status}' python3-uno 2>/dev/null || true)" != *"ok installed"* ]]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends python3-uno
fi

echo "== build star.oxt and the Python add-in"
# STAR_BENCH_OXT=FILE times that star.oxt instead (e.g. an older build, to compare).
build=${STAR_BENCH_BUILD:-build-bench}
oxt=${STAR_BENCH_OXT:-$build/star.oxt}
if [ -z "${STAR_BENCH_OXT:-}" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" -j "$(nproc)" --target oxt >/dev/null
fi

work=$(mktemp -d /tmp/star-bench.XXXXXX)
pidfile="$work/soffice.pid"
cleanup() {
  if [ -s "$pidfile" ]; then kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
chmod 755 "$work"
"$here/python/oxt.sh" "$work/starpy.oxt"

. "$root/tools/office.sh"
office_start "$work" "$oxt"
cp "$here/bench.py" "$work/"
mkdir -p "$work/out"
[ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$work"
office_run "unopkg add -env:UserInstallation=$OFFICE_PROFILE --suppress-license starpy.oxt"

echo "== $(office_version), one instance on a pipe"
pipe="star-bench-$$"
# STAR_BENCH_CALLGRIND=DIR: run the office under callgrind, collecting only
# inside calculateAll(), and keep the profiles in DIR (tests/bench/calc/profile.sh).
valgrind=""
if [ -n "${STAR_BENCH_CALLGRIND:-}" ]; then
  command -v valgrind >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends valgrind
  mkdir -p "$work/callgrind"
  [ "$(id -u)" -ne 0 ] || chown "$OFFICE_USER" "$work/callgrind"
  valgrind="VALGRIND=callgrind VALGRIND_OPTS='--collect-atstart=no --toggle-collect=ScModelObj::calculateAll() \
    --callgrind-out-file=$work/callgrind/callgrind.out.%p'"
fi
office_run "$valgrind soffice -env:UserInstallation=$OFFICE_PROFILE --headless --invisible --nologo --norestore \
  --nodefault '--accept=pipe,name=$pipe;urp;' >/dev/null 2>&1 & echo \$! > '$pidfile'"

status=0
args=$(printf '%q ' "$@")
office_run "/usr/bin/python3 bench.py --pipe $pipe --out '$work/out' $args" || status=$?
mkdir -p "$root/out/bench"
cp "$work"/out/results.* "$root/out/bench/" 2>/dev/null || true
if [ -n "${STAR_BENCH_CALLGRIND:-}" ]; then
  # The office writes its profile when it ends: wait for it.
  for _ in $(seq 600); do kill -0 "$(cat "$pidfile")" 2>/dev/null || break; sleep 1; done
  mkdir -p "$STAR_BENCH_CALLGRIND"
  cp "$work"/callgrind/callgrind.out.* "$STAR_BENCH_CALLGRIND/"
fi
# The generated workbooks, if kept (--keep; they are large).
cp "$work"/out/*.ods "$root/out/bench/" 2>/dev/null || true
exit "$status"
