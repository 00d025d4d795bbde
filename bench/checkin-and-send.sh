#!/usr/bin/env bash
# Benchmark of admission at the door and of invitation sending, against a real Usher server.
#
#   bench/checkin-and-send.sh [invitations=10000] [stations=32] [mails=2000]
#
# Builds the EAR, starts Usher (mvn -Prun) on its own ports and its own database (usher_bench on
# the project-local PostgreSQL), sending mail to a GreenMail SMTP server inside the benchmark
# JVM, then runs bench/Bench.java, which prints each figure next to its ceiling as a ratio:
#   - check-in: N seeded invitations admitted by S concurrent stations over HTTP, against the
#     same number of bare single-row UPDATE ... RETURNING statements over JDBC (S connections);
#   - sending: M invitation e-mails (QR, composition, SMTP hand-off, ledger) through
#     POST /api/events/{id}/invitations, against a bare loop of ZXing encoding plus one SMTP
#     send per message over one reused connection.
# The server is stopped at the end. Nothing here talks to anything but loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

invitations="${1:-10000}"
stations="${2:-32}"
mails="${3:-2000}"
http_port="${BENCH_HTTP_PORT:-9380}"
https_port="${BENCH_HTTPS_PORT:-9743}"
smtp_port="${BENCH_SMTP_PORT:-9325}"
db="${BENCH_DB:-usher_bench}"
mkdir -p bench/target

echo "bench: class path"
mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"

. bench/usher-server.sh
start_usher "$db" "$http_port" "$https_port" SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" USHER_MAIL_RETRIES=0

# The server's JVM, whose CPU time per request Bench reads from /proc.
server_pid=$(pgrep -f "$root/ear/target/liberty/wlp/bin/tools/ws-javaagent.jar" | head -n 1 || echo 0)
java -Xmx2g -cp "$(cat bench/target/classpath.txt)" bench/Bench.java \
  "$USHER_URL" "$JDBC_URL" "$smtp_port" "$invitations" "$stations" "$mails" "${server_pid:-0}"
