#!/usr/bin/env bash
# The door on the day of the event, against a real Usher server.
#
#   bench/door-day.sh [invitations=10000] [stations=100] [seconds=60]
#
# Builds the EAR, starts Usher (mvn -Prun) on its own ports and its own database (BENCH_HTTP_PORT,
# BENCH_HTTPS_PORT, BENCH_DB; default 9390, 9753, usher_bench_door), seeds one event with the
# invitations and runs bench/door/DoorDay.java (compiled into bench/target/door), which prints:
#   - the door, an open loop: each station scans once every 2 s on the clock (100 stations: 50
#     scans/s) while a tenth as many stations search by name every 5 s and 5 organizers' consoles
#     poll the arrivals every 3 s with If-None-Match; p50/p99/max from the scheduled moment, errors,
#     the achieved rate against the scheduled one; then the same schedule against GET /api/me
#     and the bare single-row UPDATE alone, the ceilings, as ratios;
#   - the closed loop at 32 stations and at the stations given, against the same ceilings.
# When the door schedules more scans (stations / 2 x seconds) than there are invitations, the
# later scans repeat codes and are answered already-used, counted beside admitted.
# The server is stopped at the end. Nothing here talks to anything but loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

invitations="${1:-10000}"
stations="${2:-100}"
seconds="${3:-60}"
http_port="${BENCH_HTTP_PORT:-9390}"
https_port="${BENCH_HTTPS_PORT:-9753}"
smtp_port="${BENCH_SMTP_PORT:-9335}"
db="${BENCH_DB:-usher_bench_door}"
mkdir -p bench/target

echo "door-day: class path and benchmark"
mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"
rm -rf bench/target/door
javac -d bench/target/door bench/door/*.java

. bench/usher-server.sh
# No mail is sent here; the SMTP port only keeps the server away from anyone else's.
start_usher "$db" "$http_port" "$https_port" SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" USHER_MAIL_RETRIES=0

# The server's JVM, whose CPU time DoorDay reads from /proc.
server_pid=$(pgrep -f "$root/ear/target/liberty/wlp/bin/tools/ws-javaagent.jar" | head -n 1 || echo 0)
echo "door-day: load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "bench/target/door:$(cat bench/target/classpath.txt)" DoorDay \
  "$USHER_URL" "$JDBC_URL" "$invitations" "$stations" "$seconds" "${server_pid:-0}"
echo "door-day: load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
