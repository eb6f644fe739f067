#!/usr/bin/env bash
# Start the action server and Rasa (REST channel on :5005) side by side, or `rasa shell`.
# Usage: scripts/run.sh [shell]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
MODE="${1:-server}"
PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
ENDPOINTS="${RASA_ENDPOINTS:-endpoints.yml}"
CREDENTIALS="${RASA_CREDENTIALS:-credentials.yml}"
MODEL="${RASA_MODEL:-models/assistant.tar.gz}"
mkdir -p var

# The action server through rasa_sdk itself: `rasa run actions` would import
# TensorFlow (and its memory) into a process that never uses it.
"$PY" -m rasa_sdk --actions actions --port "$ACTIONS_PORT" &
ACTIONS_PID=$!
trap 'kill "$ACTIONS_PID" 2>/dev/null || true' EXIT INT TERM

# Rasa loads its model while the action server starts; it needs the actions
# only from the first custom action on.
wait_for_actions() {
  for _ in $(seq 1 240); do
    if curl -fsS "http://localhost:${ACTIONS_PORT}/health" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$ACTIONS_PID" 2>/dev/null; then echo "action server failed to start" >&2; exit 1; fi
    sleep 0.25
  done
  echo "action server did not answer on :${ACTIONS_PORT} within 60 s" >&2
  exit 1
}

if [[ "$MODE" == "shell" ]]; then
  wait_for_actions
  "$PY" -m bot.serve shell --model "$MODEL" --endpoints "$ENDPOINTS"
  exit 0
fi

cat <<MSG

  The assistant is starting on http://localhost:${PORT}
  Chat:    http://localhost:${PORT}/chat/   (website widget demo)
  Staff:   http://localhost:${PORT}/staff/  (set STAFF_INBOX_TOKEN to enable)
  REST:    curl -s -XPOST http://localhost:${PORT}/webhooks/rest/webhook \\
             -H 'Content-Type: application/json' -d '{"sender":"demo","message":"how long does rfa relief last?"}'
  Stop with Ctrl-C.

MSG
"$PY" -m bot.serve run --model "$MODEL" --endpoints "$ENDPOINTS" \
  --credentials "$CREDENTIALS" --port "$PORT" &
RASA_PID=$!
trap 'kill "$RASA_PID" "$ACTIONS_PID" 2>/dev/null || true' EXIT INT TERM
wait_for_actions
wait "$RASA_PID"
