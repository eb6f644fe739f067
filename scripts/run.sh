#!/usr/bin/env bash
# Start the action server, then Rasa (REST channel on :5005) or `rasa shell`.
# Usage: scripts/run.sh [shell]
set -euo pipefail
cd "$(dirname "$0")/.."
RASA=.venv/bin/rasa
MODE="${1:-server}"
PORT="${RASA_PORT:-5005}"
ACTIONS_PORT="${ACTIONS_PORT:-5055}"
ENDPOINTS="${RASA_ENDPOINTS:-endpoints.yml}"
CREDENTIALS="${RASA_CREDENTIALS:-credentials.yml}"
mkdir -p var

"$RASA" run actions --actions actions --port "$ACTIONS_PORT" &
ACTIONS_PID=$!
trap 'kill "$ACTIONS_PID" 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:${ACTIONS_PORT}/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$ACTIONS_PID" 2>/dev/null; then echo "action server failed to start" >&2; exit 1; fi
  sleep 0.5
done

if [[ "$MODE" == "shell" ]]; then
  "$RASA" shell --model models/assistant.tar.gz --endpoints "$ENDPOINTS"
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
"$RASA" run --model models/assistant.tar.gz --endpoints "$ENDPOINTS" \
  --credentials "$CREDENTIALS" --port "$PORT"
