# Sourced by the benchmark scripts: a fresh database of the benchmark's own, and Usher built and
# started on the benchmark's own ports with `mvn -Prun` (never the developer's `usher` database,
# whose Flyway history may not match the code being measured), stopped again on exit.
#
#   start_usher DB HTTP_PORT HTTPS_PORT [NAME=VALUE ...]   extra environment for the server
#
# Sets USHER_URL and JDBC_URL. The server log is bench/target/server.log.

start_usher() {
  local db="$1" http_port="$2" https_port="$3"
  shift 3
  JDBC_URL="jdbc:postgresql://127.0.0.1:${USHER_PG_PORT:-55432}/$db"
  USHER_URL="http://localhost:$http_port"
  mkdir -p bench/target
  if curl -fs "$USHER_URL/health/ready" >/dev/null 2>&1; then
    echo "bench: something already answers on $USHER_URL; choose other ports (BENCH_HTTP_PORT)" >&2
    exit 1
  fi
  echo "bench: fresh database $db"
  USHER_TEST_DB="$db" bash server-config/db/local-postgres.sh ensure-test-db
  echo "bench: building and starting Usher on port $http_port (log: bench/target/server.log)"
  env "$@" DB_URL="$JDBC_URL" DB_USER=usher DB_PASSWORD= HTTP_PORT="$http_port" HTTPS_PORT="$https_port" \
    mvn -B -Prun package -DskipTests > bench/target/server.log 2>&1 &
  USHER_MVN_PID=$!
  trap stop_usher EXIT
  # Ready means Usher's own database check answers UP (an empty readiness answer comes earlier).
  local i
  for i in $(seq 1 900); do
    usher_ready && break
    if ! kill -0 "$USHER_MVN_PID" 2>/dev/null; then
      echo "bench: the server did not start; see bench/target/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  usher_ready || { echo "bench: the server is not ready after 15 minutes; see bench/target/server.log" >&2; exit 1; }
}

usher_ready() { curl -fs "$USHER_URL/health/ready" 2>/dev/null | grep -q '"database"'; }

stop_usher() {
  echo "bench: stopping Usher"
  ear/target/liberty/wlp/bin/server stop usher > /dev/null 2>&1 || true
  wait "$USHER_MVN_PID" 2>/dev/null || true
}
