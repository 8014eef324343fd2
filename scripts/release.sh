#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Makes a release of the version in CMakeLists.txt: a clean build of both
# platforms with warnings as errors, the checks of the package, its help and
# its installation, then dist/star-VERSION.oxt with its SHA-256
# (dist/star-VERSION.oxt.sha256; check a download with sha256sum -c).
# CHANGELOG.md must have a section for the version.
# Environment: STAR_SOURCE_URL, where the source of this release can be had
# (About STAR shows it).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/progress.sh
build=build-release

stage "dependencies"
bash scripts/deps.sh

stage "clean build of both platforms (warnings are errors)"
rm -rf "$build"
cmake -S . -B "$build" -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  ${STAR_SOURCE_URL:+"-DSTAR_SOURCE_URL=$STAR_SOURCE_URL"} >/dev/null
progress_run cmake --build "$build" -j "$(nproc)"

stage "checks: the package, its help, installing and removing it, the Windows libraries"
progress_run ctest --test-dir "$build" --output-on-failure -R '^(package|help|install|windows_dll|windows_menu_dll)$'

stage "dist/"
cmake --build "$build" --target release
stages_summary
version=$(sed -n 's/^project(star VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
cat "dist/star-$version.oxt.sha256"
