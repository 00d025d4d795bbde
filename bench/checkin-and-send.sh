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
jdbc="jdbc:postgresql://127.0.0.1:${USHER_PG_PORT:-55432}/$db"
mkdir -p bench/target

echo "bench: fresh database $db"
USHER_TEST_DB="$db" bash server-config/db/local-postgres.sh ensure-test-db

echo "bench: class path"
mvn -B -q -f bench/pom.xml dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"

echo "bench: building and starting Usher on port $http_port (log: bench/target/server.log)"
DB_URL="$jdbc" DB_USER=usher DB_PASSWORD= HTTP_PORT="$http_port" HTTPS_PORT="$https_port" \
  SMTP_HOST=127.0.0.1 SMTP_PORT="$smtp_port" USHER_MAIL_RETRIES=0 \
  mvn -B -Prun package -DskipTests > bench/target/server.log 2>&1 &
mvn_pid=$!
stop() {
  echo "bench: stopping Usher"
  ear/target/liberty/wlp/bin/server stop usher > /dev/null 2>&1 || true
  wait "$mvn_pid" 2>/dev/null || true
}
trap stop EXIT

# Ready means Usher's own database check answers UP (an empty readiness answer comes earlier).
ready() { curl -fs "http://localhost:$http_port/health/ready" 2>/dev/null | grep -q '"database"'; }
for _ in $(seq 1 900); do
  ready && break
  if ! kill -0 "$mvn_pid" 2>/dev/null; then
    echo "bench: the server did not start; see bench/target/server.log" >&2
    exit 1
  fi
  sleep 1
done
ready || { echo "bench: the server is not ready after 15 minutes; see bench/target/server.log" >&2; exit 1; }

java -Xmx2g -cp "$(cat bench/target/classpath.txt)" bench/Bench.java \
  "http://localhost:$http_port" "$jdbc" "$smtp_port" "$invitations" "$stations" "$mails"
