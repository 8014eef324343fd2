#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Runs every test on a fresh Debian 12 machine: installs what is missing,
# builds both platforms of star.oxt with strict warnings as errors, runs the
# unit tests, the Windows build's tests (its DLLs' imports and exports, its
# unit tests and its dispatchers under wine), the end-to-end and shipped
# workbooks in headless LibreOffice (the system's 7.4, then 25.2 in a
# Debian 13 chroot that scripts/lo25.sh makes once), the installation and the
# STAR menu in a real Calc window on a virtual screen, the unit tests again
# under AddressSanitizer and UndefinedBehaviorSanitizer, then the reliability
# checks: fuzzing, ThreadSanitizer, valgrind and the limits. Each stage says
# how long it took (tools/progress.sh); none sits silent for more than 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/progress.sh
jobs=$(nproc)

stage "dependencies"
bash scripts/deps.sh

stage "LibreOffice 25.2 from Debian 13 (made on first use, then reused)"
lo25=""
if [ "$(id -u)" -eq 0 ]; then
  lo25=$(bash scripts/lo25.sh root)
else
  echo "skipped: its chroot needs root (run this as root or with sudo)"
fi

stage "build (warnings are errors)"
cmake -S . -B build-test -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTAR_LO25_ROOT="$lo25" >/dev/null
progress_run cmake --build build-test -j "$jobs"

stage "all tests"
progress_run ctest --test-dir build-test --output-on-failure

stage "unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DSTAR_WERROR=ON -DSTAR_SANITIZE=ON -DSTAR_WINDOWS=OFF -DCMAKE_BUILD_TYPE=Debug >/dev/null
progress_run cmake --build build-asan -j "$jobs" --target unit_core unit_glue \
  $(for t in $(ls tests/fuzz/corpus); do echo "replay_$t"; done)
ASAN_OPTIONS=detect_leaks=1 progress_run ctest --test-dir build-asan --output-on-failure -L 'unit|glue|fuzz' \
  -E core_exports

stage "reliability: fuzzing, threads, valgrind, limits"
bash scripts/reliability.sh build-test
stages_summary
