#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# Installs what building and testing STAR needs on Debian 12, if missing.
# mingw-w64 cross-compiles the Windows part of star.oxt; wine runs its tests;
# cmark-gfm turns the guides into the HTML help; Xvfb, xdotool, x11-utils and
# ImageMagick run the GUI test (a real window on a virtual screen).
set -euo pipefail
packages=(
  cmake make gcc clang libclang-rt-14-dev valgrind zip unzip python3 libxml2-utils
  libxml2-dev libcunit1-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libreoffice-calc libreoffice-dev libreoffice-dev-common ure python3-uno poppler-utils
  gcc-mingw-w64-x86-64 wine64
  xvfb xdotool x11-utils imagemagick
)
missing=()
for p in "${packages[@]}"; do
  [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" == *"ok installed"* ]] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
