#!/usr/bin/env bash
# Import benchmark: a 100,000-row CSV through the guest-import job, next to COPY of the same
# file (the ceiling), in one run on this machine. Starts Usher (mvn -Prun package) unless one
# already answers on USHER_URL, and stops it again afterwards.
#
#   bench/import-benchmark.sh [rows]
set -euo pipefail
cd "$(dirname "$0")/.."
rows="${1:-100000}"
url="${USHER_URL:-http://localhost:9080}"
db_url="${DB_URL:-jdbc:postgresql://127.0.0.1:55432/usher}"
db_user="${DB_USER:-usher}"

started=""
if ! curl -sf "$url/health/ready" >/dev/null 2>&1; then
  echo "starting Usher (log in target/bench-server.log)..."
  mkdir -p target
  mvn -B -q -Prun package -DskipTests > target/bench-server.log 2>&1 &
  started=$!
  trap 'kill $started 2>/dev/null; ear/target/liberty/wlp/bin/server stop usher >/dev/null 2>&1 || true' EXIT
  for _ in $(seq 1 180); do curl -sf "$url/health/ready" >/dev/null 2>&1 && break; sleep 2; done
fi
curl -sf "$url/health/ready" >/dev/null || { echo "Usher did not become ready on $url" >&2; exit 1; }

driver=$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort -V | tail -n 1)
java -cp "$driver" bench/ImportBenchmark.java "$url" "$db_url" "$db_user" "$rows"
