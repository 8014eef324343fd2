# SPDX-License-Identifier: MPL-2.0
# Sourced: runs headless LibreOffice with star.oxt in a throwaway profile.
# unopkg refuses to run as root, so as root everything runs as an
# unprivileged user (created on first use).
#
# STAR_OFFICE chooses the LibreOffice: empty for the system's, or the folder
# of another Debian system that has one (scripts/lo25.sh makes a Debian 13
# with LibreOffice 25.2). Every office command then runs in that folder
# (chroot) as the unprivileged user, in a mount namespace of its own holding
# /proc, /dev and this machine's /tmp, where every work folder lives: paths
# are the same inside and out, the Python-UNO scripts run on that system's
# python3 and LibreOffice, and the mounts vanish with the last process using
# them, so a killed test leaves nothing mounted. This needs root; as another
# user office_start says so and exits 77 (a skipped test).
#   office_start WORKDIR OXT   profile in WORKDIR, extension installed
#   office_run CMD...          runs a command as the office user, HOME=WORKDIR
#   office_session NAME OXT    the same in a work folder of its own, for a
#                              script that talks to the office over a pipe

OFFICE_USER=star-office
OFFICE_TOOLS_SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

office_run() {
  if [ -n "${STAR_OFFICE:-}" ]; then
    office_chroot_run "export HOME='$OFFICE_HOME' TMPDIR='$OFFICE_HOME/tmp'; cd '$OFFICE_HOME'; $*"
  elif [ "$(id -u)" -eq 0 ]; then
    su "$OFFICE_USER" -s /bin/bash -c "export HOME='$OFFICE_HOME' TMPDIR='$OFFICE_HOME/tmp'; cd '$OFFICE_HOME'; $*"
  else
    (export HOME="$OFFICE_HOME" TMPDIR="$OFFICE_HOME/tmp"; cd "$OFFICE_HOME" && bash -c "$*")
  fi
}

# office_in_root DIR UID:GID CMD...: CMD in the Debian system in DIR
# (chroot) as that user, in a mount namespace of its own holding /proc, /dev
# and this machine's /tmp. scripts/lo25.sh installs packages with it as 0:0.
office_in_root() {
  unshare --mount --propagation private /bin/sh -c '
    root=$1 user=$2
    shift 2
    mount -t proc proc "$root/proc" && mount --rbind /dev "$root/dev" &&
      mount --bind /tmp "$root/tmp" || exit 1
    exec chroot --userspec="$user" --groups="${user#*:}" "$root" /usr/bin/env -i \
      PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"' sh "$@"
}

# office_chroot_run CMD: CMD as the office user in $STAR_OFFICE (see above).
office_chroot_run() {
  office_in_root "$STAR_OFFICE" "$(id -u "$OFFICE_USER"):$(id -g "$OFFICE_USER")" /bin/bash -c "$1"
}

# The office user in $STAR_OFFICE, with this machine's numbers, so that both
# sides agree on who owns the work folder.
office_chroot_user() {
  local uid gid
  uid=$(id -u "$OFFICE_USER") gid=$(id -g "$OFFICE_USER")
  grep -q "^$OFFICE_USER:x:$uid:$gid:" "$STAR_OFFICE/etc/passwd" && return 0
  chroot "$STAR_OFFICE" /bin/sh -c "
    userdel $OFFICE_USER 2>/dev/null; groupdel $OFFICE_USER 2>/dev/null
    groupadd -r -o -g $gid $OFFICE_USER && useradd -r -o -u $uid -g $gid -M -d /nonexistent -s /usr/sbin/nologin $OFFICE_USER"
}

# office_version: which LibreOffice office_run uses, e.g. "LibreOffice 7.4.7".
office_version() {
  local v
  v=$(dpkg-query --admindir="${STAR_OFFICE:-}/var/lib/dpkg" -W -f '${Version}' libreoffice-core |
    sed 's/^[0-9]*://; s/-.*//')
  echo "LibreOffice $v${STAR_OFFICE:+ in $STAR_OFFICE}"
}

# Waits (up to a minute) until no office process uses the profile: soffice
# and unopkg can outlive the command that started them by a moment, and a
# second one on the same profile refuses to run while the lock is held.
office_wait() {
  local i
  for i in $(seq 120); do
    pgrep -f "UserInstallation=$OFFICE_PROFILE" >/dev/null || return 0
    sleep 0.5
  done
  echo "an office process still holds $OFFICE_PROFILE" >&2
  return 1
}

# office_start_plain WORKDIR: a throwaway profile without the extension.
office_start_plain() {
  OFFICE_HOME=$1
  # The office's scratch files live in the work folder, so they go with it
  # even when an office process is killed.
  mkdir -p "$OFFICE_HOME/tmp"
  if [ -n "${STAR_OFFICE:-}" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "LibreOffice in $STAR_OFFICE runs in a chroot, which needs root: skipped" >&2
      exit 77
    fi
    if [ ! -x "$STAR_OFFICE/usr/bin/soffice" ]; then
      echo "no LibreOffice in $STAR_OFFICE (STAR_OFFICE)" >&2
      return 1
    fi
    case "$(realpath "$OFFICE_HOME")" in
      /tmp/*) ;;
      *) echo "a work folder for the office in $STAR_OFFICE must lie in /tmp: $OFFICE_HOME" >&2; return 1 ;;
    esac
  fi
  if [ "$(id -u)" -eq 0 ]; then
    id "$OFFICE_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$OFFICE_USER"
    [ -z "${STAR_OFFICE:-}" ] || office_chroot_user
    chown -R "$OFFICE_USER" "$OFFICE_HOME"
  fi
  office_tools
  OFFICE_PROFILE="file://$OFFICE_HOME/profile"
  # A brand-new profile must start once before unopkg, or the extension can
  # be dropped silently on the first real start.
  office_run "soffice -env:UserInstallation=$OFFICE_PROFILE --headless --terminate_after_init" 2>/dev/null
  office_wait
}

office_start() {
  local oxt=$2
  office_start_plain "$1"
  cp "$oxt" "$OFFICE_HOME/star.oxt"
  [ "$(id -u)" -ne 0 ] || chown "$OFFICE_USER" "$OFFICE_HOME/star.oxt"
  # unopkg's help backend prints XSLT noise when the office's own help is
  # not installed; the messages matter only if the extension is missing.
  local attempt
  for attempt in 1 2; do
    # No office process is left (office_wait); a crash on quitting can still
    # leave its lock behind, and unopkg then refuses to run.
    rm -f "$OFFICE_HOME/profile/.lock"
    office_run "unopkg add -env:UserInstallation=$OFFICE_PROFILE --suppress-license star.oxt" \
      >"$OFFICE_HOME/unopkg.log" 2>&1 || true
    office_wait
    office_run "unopkg list -env:UserInstallation=$OFFICE_PROFILE" >"$OFFICE_HOME/list.log" 2>&1 || true
    office_wait
    grep -q "linux_x86_64/star.components" "$OFFICE_HOME/list.log" && return 0
    echo "star.oxt did not install (attempt $attempt):" >&2
    cat "$OFFICE_HOME/unopkg.log" "$OFFICE_HOME/list.log" >&2
  done
  return 1
}

# office_convert FORMAT OUTDIR FILE...  (files readable by the office user)
office_convert() {
  local format=$1 outdir=$2
  shift 2
  office_run "soffice -env:UserInstallation=$OFFICE_PROFILE --headless --convert-to '$format' --outdir '$outdir' $*" 2>&1 |
    grep -v javaldx || true
  office_wait
}

# office_listen NAME   starts the office in the background, answering UNO
# calls on the pipe NAME; scripts that talk to it run through office_run (a
# pipe belongs to its user). office_stop NAME asks it to quit.
office_listen() {
  local name=$1
  office_run "nohup soffice -env:UserInstallation=$OFFICE_PROFILE --headless --invisible --norestore \
    --nologo --nodefault '--accept=pipe,name=$name;urp;' >'$OFFICE_HOME/office-$name.log' 2>&1 &"
}

office_stop() {
  local name=$1
  office_run "/usr/bin/python3 '$OFFICE_TOOLS/uno_office.py' terminate '$name'" || true
  office_wait
}

# The Python-UNO helpers, copied where the office user can read them.
office_tools() {
  OFFICE_TOOLS=$OFFICE_HOME/tools
  mkdir -p "$OFFICE_TOOLS"
  cp "$OFFICE_TOOLS_SRC"/*.py "$OFFICE_TOOLS/"
  chmod -R a+rX "$OFFICE_TOOLS"
}

# office_session NAME OXT: a work folder $OFFICE_WORK (removed on exit, with
# an empty out/ in it) holding a profile with the extension. Put the inputs
# there, then office_serve hands the folder to the office user and starts
# the office on the pipe $OFFICE_PIPE; office_stop "$OFFICE_PIPE" ends it.
office_session() {
  OFFICE_WORK=$(mktemp -d "/tmp/star-$1.XXXXXX")
  OFFICE_PIPE="star-$1-$$-$RANDOM"
  trap 'office_stop "$OFFICE_PIPE" 2>/dev/null || true; rm -rf "$OFFICE_WORK"' EXIT
  chmod 755 "$OFFICE_WORK"
  office_start "$OFFICE_WORK" "$2"
  mkdir -p "$OFFICE_WORK/out"
}

office_serve() {
  [ "$(id -u)" -ne 0 ] || chown -R "$OFFICE_USER" "$OFFICE_WORK"
  office_listen "$OFFICE_PIPE"
}
