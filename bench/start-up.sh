#!/usr/bin/env bash
# Start-up of Usher run the README's way, N times in a row:
#
#   bench/start-up.sh [runs=3]
#
# Each run starts `mvn -Prun package -DskipTests` (bench/usher-server.sh: the benchmark's own
# ports and a fresh database, so Flyway migrates from scratch every time) and prints
#   - ready: from launching Maven until /health/ready answers UP with Usher's database check
#     (Maven's repackaging, whose compilation is up to date, included);
#   - server: from Liberty's launch (CWWKE0001I) to "Application usher started" (CWWKZ0001I),
#     read from the server's messages.log;
# and the load average at the start. The first run after `mvn clean` also creates the server
# and fills Liberty's caches (a cold start); later runs reuse them.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
db="${BENCH_DB:-usher_bench_startup}"
log=ear/target/liberty/wlp/usr/servers/usher/logs/messages.log
. bench/usher-server.sh

# Seconds of the day of the first messages.log line holding $1 ("[12/1/26, 3:14:52:455 UTC]").
at() { grep -m1 "$1" "$log" | sed -E 's/^\[[^,]*, ([0-9]+):([0-9]+):([0-9]+):([0-9]+).*/\1 \2 \3 \4/' \
  | awk '{ printf "%.3f", $1 * 3600 + $2 * 60 + $3 + $4 / 1000 }'; }

for run in $(seq 1 "$runs"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  launched=$(date +%s.%N)
  start_usher "$db" "${BENCH_HTTP_PORT:-9380}" "${BENCH_HTTPS_PORT:-9743}" > /dev/null
  ready=$(echo "$(date +%s.%N) - $launched" | bc)
  server=$(echo "$(at CWWKZ0001I) - $(at CWWKE0001I)" | bc)
  stop_usher > /dev/null
  trap - EXIT
  printf 'run %d (load %s): ready %.1f s after launch; server %.1f s (launch to application started)\n' \
    "$run" "$load" "$ready" "$server"
done
