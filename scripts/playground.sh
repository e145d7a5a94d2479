#!/usr/bin/env bash
# Starts the Microsoft 365 Agents Playground (the pinned npm package in tools/) as a Teams-like
# client for the bot. When nothing answers at the bot endpoint and BOT_ENDPOINT is not set, it also
# starts the bot (dotnet run --project src/GovernanceBot, logging to the log folder below) and stops
# it again on exit; a bot already running is used as it is.
# Extra arguments go to `agentsplayground start` (e.g. --delivery-mode expectReplies).
# If the Playground fails to start, its output is printed and the script exits with status 1.
# BOT_ENDPOINT and PLAYGROUND_PORT override the defaults below.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="$root/tools/node_modules/@microsoft/m365agentsplayground"
endpoint="${BOT_ENDPOINT:-http://127.0.0.1:3978/api/messages}"
port="${PLAYGROUND_PORT:-56150}"
log_dir="${TMPDIR:-/tmp}/governancebot"

if [ ! -f "$package/cli.js" ]; then
  echo "Installing the pinned npm tools (npm ci --prefix tools)..."
  npm ci --prefix "$root/tools" --no-audit --no-fund
fi
mkdir -p "$log_dir"

# No browser, no Application Insights statsbeat, no telemetry: the Playground then makes no
# outside connection. Its log holds message text, so it stays out of the repository.
export TEAMSAPPTESTER_BROWSER=none
export APPLICATION_INSIGHTS_NO_STATSBEAT=true
export M365_AGENTS_PLAYGROUND_LOGFILE="$log_dir/playground.log"
# The users (Alex Morgan, Sam Patel, ...) and the tenant the sample council directory expects.
export M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/tools/playground/.m365agentsplayground.yml"

bot_pid=""
node_pid=""
stop() {
  [ -n "$node_pid" ] && kill "$node_pid" 2>/dev/null || true
  if [ -n "$bot_pid" ]; then kill -- -"$bot_pid" 2>/dev/null || kill "$bot_pid" 2>/dev/null || true; fi
}
trap stop EXIT

host="${endpoint#*://}"
host="${host%%/*}"
answers() { (exec 3<>"/dev/tcp/${host%:*}/${host##*:}") 2>/dev/null; }
if ! answers; then
  if [ -n "${BOT_ENDPOINT:-}" ]; then
    echo "Nothing answers at $endpoint yet; start your bot there."
  else
    echo "Starting the bot (dotnet run --project src/GovernanceBot; log: $log_dir/bot.log)..."
    setsid dotnet run --project "$root/src/GovernanceBot" >"$log_dir/bot.log" 2>&1 &
    bot_pid=$!
    # dotnet run starts the app as a child process: stop the whole group on exit (see stop above).
    for _ in $(seq 1 600); do
      answers && break
      if ! kill -0 "$bot_pid" 2>/dev/null; then
        echo "The bot did not start; see $log_dir/bot.log" >&2
        exit 1
      fi
      sleep 0.2
    done
    answers || { echo "The bot did not answer within 2 minutes; see $log_dir/bot.log" >&2; exit 1; }
  fi
fi

echo "Bot endpoint: $endpoint"
echo "Playground log: $M365_AGENTS_PLAYGROUND_LOGFILE"

# The Playground moves to a random port when the requested one is taken and then prints
# "Listening on <port>" (twice when its stdout is not a terminal), so the URL is read from that line.
# It runs in the background, its output in a file, so that a Playground that stops during start-up
# (or logs a listen error and never listens) ends this script with its error instead of a silent wait.
out="$log_dir/playground.out"
: >"$out"
node "$package/cli.js" start -e "$endpoint" -c msteams -p "$port" --disable-telemetry "$@" >"$out" 2>&1 &
node_pid=$!

failed() {
  cat "$out" >&2
  echo "The Agents Playground did not start: $1" >&2
  exit 1
}

listening=""
for _ in $(seq 1 300); do
  listening="$(grep -m1 '^Listening on ' "$out" || true)"
  [ -n "$listening" ] && break
  if ! kill -0 "$node_pid" 2>/dev/null; then
    status=0
    wait "$node_pid" || status=$?
    node_pid=""
    failed "it exited during start-up with code $status."
  fi
  if grep -qE 'EADDRINUSE|EACCES|EADDRNOTAVAIL' "$out"; then
    failed "it could not listen on its port."
  fi
  sleep 0.2
done
[ -n "$listening" ] || failed "it did not listen within 60 seconds."

echo "Agents Playground: http://localhost:${listening#Listening on }/  (Ctrl+C to stop)"
tail -n +1 -f --pid="$node_pid" "$out" | grep -v --line-buffered '^Listening on ' || true
status=0
wait "$node_pid" || status=$?
node_pid=""
exit "$status"
