#!/usr/bin/env bash
# SPDX-License-Identifier: MPL-2.0
# LibreOffice 25.2 beside the system's 7.4: a Debian 13 (trixie) system made
# with debootstrap from Debian's own packages, in a folder of its own. It is
# created on first use and reused afterwards; tools/office.sh runs the office
# in it when STAR_OFFICE names the folder.
#   lo25.sh root   makes sure the folder is ready and prints its path
#   lo25.sh        the 25.2 pass alone: builds star.oxt (in build-test, as the
#                  test command does) and runs the end-to-end and workbook
#                  tests in LibreOffice 25.2
# The folder is $STAR_LO25_ROOT, by default /var/cache/star-lo25. It is made
# again when the recipe below changes; delete it to pick up newer packages.
# Needs root (debootstrap, chroot): as another user it says so and exits 77.
set -euo pipefail
self=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
cd "$(dirname "$0")/.."
# office_in_root: commands in the folder, with the mounts they need in a
# namespace of their own that ends with them, even if they are killed.
. tools/office.sh
. tools/progress.sh

suite=trixie
mirror=${STAR_LO25_MIRROR:-http://deb.debian.org/debian}
packages=(libreoffice-calc python3-uno)
# Debian 13 released LibreOffice 25.2 and kept it current in point releases;
# trixie-security has since moved to a newer series. The office is pinned to
# this series, the rest of the system is current. (Another series, e.g. 26.8,
# can be tried by hand with STAR_LO25_SERIES and a STAR_LO25_ROOT of its own.)
series=${STAR_LO25_SERIES:-25.2}
root=${STAR_LO25_ROOT:-/var/cache/star-lo25}
# Written into the folder when it is complete; a different one remakes it.
recipe="debian $suite ${packages[*]} libreoffice $series (recipe 1)"

if [ "$(id -u)" -ne 0 ]; then
  echo "LibreOffice 25.2 runs in a chroot, which needs root: run this as root or with sudo" >&2
  exit 77
fi

# Whether anything is mounted at or below $1 (it must never be deleted then).
mounted_below() {
  awk -v d="$1" '$5 == d || index($5, d "/") == 1 { found = 1 } END { exit !found }' /proc/self/mountinfo
}

make_root() {
  local new=$root.new start=$SECONDS
  echo "Making $root: Debian $suite with ${packages[*]} (debootstrap, a few minutes)" >&2
  if ! command -v debootstrap >/dev/null; then
    apt-get update -q >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >&2
  fi
  if mounted_below "$new"; then
    echo "something is mounted below $new: not deleting it" >&2
    return 1
  fi
  rm -rf "$new"
  mkdir -p "$new"
  # debootstrap mounts /proc and /sys in the target itself; its own namespace
  # makes sure none of that outlives it. (The logs are shown if a step fails.)
  PROGRESS_NAME="making $root"
  echo "   debootstrap: Debian $suite, minimal"
  progress_quiet "$new.log" unshare --mount --propagation private \
    debootstrap --variant=minbase "$suite" "$new" "$mirror"
  cat >"$new/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb http://deb.debian.org/debian-security $suite-security main
EOF
  cat >"$new/etc/apt/preferences.d/star-office" <<EOF
Package: /.*/
Pin: version /^4:${series//./\\.}\\./
Pin-Priority: 1001
EOF
  echo "   apt-get install ${packages[*]} (LibreOffice $series)"
  progress_quiet "$new.log" office_in_root "$new" 0:0 apt-get update -q
  progress_quiet "$new.log" office_in_root "$new" 0:0 \
    apt-get install -y -q --no-install-recommends "${packages[@]}"
  office_in_root "$new" 0:0 apt-get clean
  rm -rf "$new"/var/lib/apt/lists/*
  local version
  version=$(STAR_OFFICE=$new office_version)
  case "$version" in
    "LibreOffice $series".*) ;;
    *) echo "$version, not $series" >&2; return 1 ;;
  esac
  echo "$recipe" >"$new/.star-recipe"
  if [ -e "$root" ]; then
    if mounted_below "$root"; then
      echo "something is mounted below $root: not replacing it" >&2
      return 1
    fi
    rm -rf "$root"
  fi
  mv "$new" "$root"
  rm -f "$new.log"
  echo "Made $root in $((SECONDS - start)) s: $(STAR_OFFICE=$root office_version)" >&2
}

ensure_root() {
  mkdir -p "$(dirname "$root")"
  # One maker at a time; a second caller waits and then finds it ready.
  exec 9>"$root.lock"
  flock 9
  # Each try in a shell of its own, where any failing step stops it; a second
  # try for a mirror that fails a download now and then.
  [ "$(cat "$root/.star-recipe" 2>/dev/null)" = "$recipe" ] ||
    bash "$self" make >&2 || { echo "Making $root failed; once more" >&2; bash "$self" make >&2; }
  exec 9>&-
}

case "${1:-test}" in
  make) # (ensure_root's step, under its lock)
    make_root
    ;;
  root)
    ensure_root
    echo "$root"
    ;;
  test)
    bash scripts/deps.sh
    ensure_root
    echo "== end-to-end and workbook tests in $(STAR_OFFICE=$root office_version)"
    cmake -S . -B build-test -DSTAR_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DSTAR_LO25_ROOT="$root" >/dev/null
    cmake --build build-test -j "$(nproc)" --target oxt
    ctest --test-dir build-test --output-on-failure -L lo25
    ;;
  *)
    echo "usage: lo25.sh [root|test]" >&2
    exit 2
    ;;
esac
