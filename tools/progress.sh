# SPDX-License-Identifier: MPL-2.0
# Sourced: progress lines for the long commands (the test command, the main
# job, the reliability checks, the workbook test), so that each says what it
# is doing, how long each stage took, and never sits silent for more than
# PROGRESS_QUIET seconds (default 30).
#   stage NAME            ends the stage before (printing its time), starts NAME
#   stage_end             ends the current stage
#   stages_summary        one line with the time of every stage so far
#   progress_run CMD...   runs CMD, its output passing through; after a quiet
#                         spell it says the stage is still running; CMD's status
#   progress_quiet LOG CMD...  the same with CMD's output kept in LOG, shown
#                         (its last lines) only when CMD fails
#   progress_wait PID     waits for a background command, saying it is still
#                         running after each quiet spell; its status
PROGRESS_QUIET=${PROGRESS_QUIET:-30}
PROGRESS_NAME=
PROGRESS_START=$SECONDS
PROGRESS_DONE=()

stage_end() {
  [ -n "$PROGRESS_NAME" ] || return 0
  echo "-- $PROGRESS_NAME: $((SECONDS - PROGRESS_START)) s"
  PROGRESS_DONE+=("$PROGRESS_NAME $((SECONDS - PROGRESS_START)) s")
  PROGRESS_NAME=
}

stage() {
  stage_end
  PROGRESS_NAME=$1
  PROGRESS_START=$SECONDS
  echo "== $1 ($(date +%H:%M:%S))"
}

stages_summary() {
  stage_end
  local IFS=';'
  echo "stages: ${PROGRESS_DONE[*]//;/, }" | sed 's/;/, /g'
}

# Passes lines through; says "still running" after each quiet spell.
progress_heartbeat() {
  local line rc
  while true; do
    if IFS= read -r -t "$PROGRESS_QUIET" line; then
      printf '%s\n' "$line"
    else
      rc=$?
      if [ "$rc" -gt 128 ]; then
        echo "   ... ${PROGRESS_NAME:-working}: still running, $((SECONDS - PROGRESS_START)) s"
      else
        [ -z "$line" ] || printf '%s\n' "$line"
        return 0
      fi
    fi
  done
}

progress_run() {
  local rc errexit=0
  [[ $- == *e* ]] && errexit=1
  set +e
  "$@" 2>&1 | progress_heartbeat
  rc=${PIPESTATUS[0]}
  [ "$errexit" -eq 0 ] || set -e
  return "$rc"
}

progress_wait() {
  local pid=$1 waited=0 rc errexit=0
  [[ $- == *e* ]] && errexit=1
  set +e
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    waited=$((waited + 1))
    if [ $((waited % PROGRESS_QUIET)) -eq 0 ]; then
      echo "   ... ${PROGRESS_NAME:-working}: still running, $((SECONDS - PROGRESS_START)) s"
    fi
  done
  wait "$pid"
  rc=$?
  [ "$errexit" -eq 0 ] || set -e
  return "$rc"
}

progress_quiet() {
  local log=$1 rc=0
  shift
  "$@" >"$log" 2>&1 </dev/null &
  progress_wait $! || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "failed ($rc): $*"
    tail -40 "$log"
  fi
  return "$rc"
}
