#!/usr/bin/env bash
# Benchmark of the batch jobs, against a real Usher server, each next to its ceiling:
#
#   bench/jobs-benchmark.sh [rows=100000] [messages=2000]
#
# Builds the EAR, starts Usher (mvn -Prun) on its own ports and a fresh database of its own
# (usher_bench_jobs on the project-local PostgreSQL), with WhatsApp pointed at a stand-in of the
# Graph API inside the benchmark JVM and the broadcast rate limit off, then runs
# bench/JobsBenchmark.java, which prints:
#   - import: a generated CSV of `rows` rows through the guest-import job, against COPY of the
#     same file into a bare table of the same columns (the driver's CopyManager);
#   - broadcast: `messages` guests sent a WhatsApp text by the whatsapp-broadcast job, against
#     the same number of bare POSTs to the same stand-in from one thread.
# The server is stopped at the end. Nothing here talks to anything but loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

rows="${1:-100000}"
messages="${2:-2000}"
http_port="${BENCH_HTTP_PORT:-9380}"
https_port="${BENCH_HTTPS_PORT:-9743}"
stub_port="${BENCH_STUB_PORT:-9389}"
db="${BENCH_DB:-usher_bench_jobs}"
mkdir -p bench/target

echo "bench: class path"
mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"

. bench/usher-server.sh
start_usher "$db" "$http_port" "$https_port" \
  WHATSAPP_API_BASE_URL="http://127.0.0.1:$stub_port" WHATSAPP_ACCESS_TOKEN=bench-token \
  WHATSAPP_PHONE_NUMBER_ID=1065403522 USHER_WHATSAPP_BROADCAST_RATE=0

# The server's JVM, whose CPU time JobsBenchmark reads from /proc.
server_pid=$(pgrep -f "$root/ear/target/liberty/wlp/bin/tools/ws-javaagent.jar" | head -n 1 || echo 0)
java -Xmx2g -cp "$(cat bench/target/classpath.txt)" bench/JobsBenchmark.java \
  "$USHER_URL" "$JDBC_URL" "$stub_port" "$rows" "$messages" "${server_pid:-0}"
