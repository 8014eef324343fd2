#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Runs every test on a fresh Debian 12 machine: installs what is missing,
# builds both platforms of star.oxt with strict warnings as errors, runs the
# unit tests, the Windows build's tests (its DLL's imports and exports, its
# unit tests and its dispatcher under wine), the end-to-end workbooks in
# headless LibreOffice, the unit tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer, then the reliability checks: fuzzing,
# ThreadSanitizer, valgrind and the limits.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
jobs=$(nproc)

echo "== build (warnings are errors) and all tests"
cmake -S . -B build-test -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-test -j "$jobs"
ctest --test-dir build-test --output-on-failure

echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-asan -DSTAR_WERROR=ON -DSTAR_SANITIZE=ON -DSTAR_WINDOWS=OFF -DCMAKE_BUILD_TYPE=Debug >/dev/null
cmake --build build-asan -j "$jobs" --target unit_core unit_glue $(for t in $(ls tests/fuzz/corpus); do echo "replay_$t"; done)
ASAN_OPTIONS=detect_leaks=1 ctest --test-dir build-asan --output-on-failure -L 'unit|glue|fuzz' -E core_exports

echo "== reliability: fuzzing, threads, valgrind, limits"
bash scripts/reliability.sh build-test
