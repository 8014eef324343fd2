# SPDX-License-Identifier: MPL-2.0
# Sourced: runs headless LibreOffice with star.oxt in a throwaway profile.
# unopkg refuses to run as root, so as root everything runs as an
# unprivileged user (created on first use).
#   office_start WORKDIR OXT   profile in WORKDIR, extension installed
#   office_run CMD...          runs a command as the office user, HOME=WORKDIR

OFFICE_USER=star-office

office_run() {
  if [ "$(id -u)" -eq 0 ]; then
    su "$OFFICE_USER" -s /bin/bash -c "export HOME='$OFFICE_HOME'; cd '$OFFICE_HOME'; $*"
  else
    (export HOME="$OFFICE_HOME"; cd "$OFFICE_HOME" && bash -c "$*")
  fi
}

office_start() {
  OFFICE_HOME=$1
  local oxt=$2
  mkdir -p "$OFFICE_HOME"
  if [ "$(id -u)" -eq 0 ]; then
    id "$OFFICE_USER" >/dev/null 2>&1 || useradd --system --no-create-home "$OFFICE_USER"
    chown -R "$OFFICE_USER" "$OFFICE_HOME"
  fi
  cp "$oxt" "$OFFICE_HOME/star.oxt"
  OFFICE_PROFILE="file://$OFFICE_HOME/profile"
  # A brand-new profile must start once before unopkg, or the extension can
  # be dropped silently on the first real start. On a busy machine the first
  # start now and then fails; a fresh profile is tried up to three times.
  local attempt
  for attempt in 1 2 3; do
    office_run "rm -rf '$OFFICE_HOME/profile'"
    office_run "soffice -env:UserInstallation=$OFFICE_PROFILE --headless --terminate_after_init" 2>/dev/null || true
    office_run "unopkg add -env:UserInstallation=$OFFICE_PROFILE --suppress-license star.oxt" 2>&1 | grep -v javaldx || true
    if office_run "unopkg list -env:UserInstallation=$OFFICE_PROFILE" 2>/dev/null | grep -q "star.components"; then
      return 0
    fi
    echo "star.oxt did not install (attempt $attempt)" >&2
  done
  return 1
}

# office_convert FORMAT OUTDIR FILE...  (files readable by the office user)
office_convert() {
  local format=$1 outdir=$2
  shift 2
  office_run "soffice -env:UserInstallation=$OFFICE_PROFILE --headless --convert-to '$format' --outdir '$outdir' $*" 2>&1 |
    grep -v javaldx || true
}
