#!/usr/bin/env bash
# Starts Chorus with the README's run command on a fresh H2 data directory, writes a user through
# the API, stops the server, starts it again and reads the user back.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHORUS_DATA_DIR; CHORUS_DATA_DIR=$(mktemp -d -t chorus-ci-data-XXXXXX)
export CHORUS_PORT=${CHORUS_PORT:-18080}
log=$(mktemp -t chorus-ci-log-XXXXXX)
base="http://localhost:$CHORUS_PORT"
pid=""

start() {
  ./chorus run >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    if curl -sf "$base/health/ready" >/dev/null; then return 0; fi
    kill -0 "$pid" 2>/dev/null || { tail -50 "$log"; echo "Chorus exited"; return 1; }
    sleep 2
  done
  tail -50 "$log"; echo "Chorus was not ready in 240 s"; return 1
}

stop() {
  kill -TERM "$pid"
  wait "$pid" || true
}
trap '[[ -n $pid ]] && kill -9 $pid 2>/dev/null || true' EXIT

start
curl -sf -u adam:chorus-demo -o /dev/null -w 'login page %{http_code}\n' "$base/login.xhtml"
user="restart-$(date +%s)"
curl -sf -u adam:chorus-demo -H 'Content-Type: application/json' -o /dev/null \
  -d "{\"username\":\"$user\",\"password\":\"restart-check\",\"displayName\":\"Restart check\",\"roles\":[\"OPERATIONS\"]}" \
  -w "created $user: %{http_code}\n" "$base/api/users"
stop
start
if curl -sf -u "$user:restart-check" "$base/api/me" | grep -q "\"username\":\"$user\""; then
  echo "PASS: $user written before the restart logs in after it"
else
  echo "FAIL: $user is gone after the restart"; exit 1
fi
stop
pid=""
