#!/usr/bin/env bash
# Starts (or reuses) a project-local PostgreSQL so `mvn` needs no hand step before it.
#
#   local-postgres.sh ensure           the dev database `usher`   (skipped when DB_URL is set)
#   local-postgres.sh ensure-test-db   a fresh test database, ${USHER_TEST_DB:-usher_it} (skipped when TEST_DB_URL is set)
#   local-postgres.sh stop | status
#
# The cluster listens on 127.0.0.1:${USHER_PG_PORT:-55432} only, trusts local connections and
# belongs to an unprivileged OS user: PostgreSQL refuses to run as root, so when this runs as
# root the cluster is created and started as the `postgres` user of the PostgreSQL package.
set -euo pipefail

port="${USHER_PG_PORT:-55432}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
say() { printf 'usher-db: %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

find_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"; return
  fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] || die "no PostgreSQL server found: install it (Debian: apt-get install postgresql) or set DB_URL / TEST_DB_URL"
  echo "$dir"
}

# Runs a command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' OS user (from the PostgreSQL package) to own the cluster"
    if command -v runuser >/dev/null 2>&1; then runuser -u postgres -- "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
  else
    "$@"
  fi
}

data_dir() {
  if [ -n "${USHER_PG_DIR:-}" ]; then echo "$USHER_PG_DIR"; return; fi
  # The default lives in the project (git-ignored) unless the cluster's owner cannot reach it.
  if [ "$(id -u)" -ne 0 ] || as_owner test -x "$repo"; then
    echo "$repo/.usher/postgres-$port"
  else
    echo "/var/tmp/usher-$(printf '%s' "$repo" | cksum | cut -d' ' -f1)/postgres-$port"
  fi
}

running() { "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" >/dev/null 2>&1; }

psql_admin() { PGOPTIONS="-c client_min_messages=warning" "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U usher -d postgres "$@"; }

start_cluster() {
  if running; then
    say "reusing the PostgreSQL already listening on 127.0.0.1:$port"
    return
  fi
  local dir; dir=$(data_dir)
  if [ ! -s "$dir/PG_VERSION" ]; then
    say "creating a local PostgreSQL cluster in $dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir" && chmod 700 "$dir"
    as_owner "$bin/initdb" -D "$dir" -U usher --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
      || as_owner "$bin/initdb" -D "$dir" -U usher --auth=trust -E UTF8 --no-locale >/dev/null
    as_owner tee -a "$dir/postgresql.conf" >/dev/null <<CONF
# usher: a loopback-only development cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 200
max_prepared_transactions = 100
shared_buffers = 256MB
CONF
  fi
  say "starting PostgreSQL on 127.0.0.1:$port (data in $dir, log in $dir/server.log)"
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || die "PostgreSQL did not start; see $dir/server.log"
}

ensure_db() {
  local name=$1 fresh=$2
  if [ "$fresh" = yes ]; then
    psql_admin -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  fi
  if ! psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql_admin -c "CREATE DATABASE $name"
    say "database $name created (jdbc:postgresql://127.0.0.1:$port/$name, user usher)"
  else
    say "database $name ready (jdbc:postgresql://127.0.0.1:$port/$name, user usher)"
  fi
}

bin=$(find_bin)
case "${1:-}" in
  ensure)
    if [ -n "${DB_URL:-}" ]; then say "DB_URL is set: using that database, not starting a local one"; exit 0; fi
    start_cluster; ensure_db usher no ;;
  ensure-test-db)
    if [ -n "${TEST_DB_URL:-}" ]; then say "TEST_DB_URL is set: the tests use that database"; exit 0; fi
    start_cluster; ensure_db "${USHER_TEST_DB:-usher_it}" yes ;;
  stop)
    dir=$(data_dir)
    if [ -s "$dir/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; say "stopped"; else say "not running from $dir"; fi ;;
  status)
    if running; then say "running on 127.0.0.1:$port (data in $(data_dir))"; else say "not running"; exit 3; fi ;;
  *)
    echo "usage: $0 ensure | ensure-test-db | stop | status" >&2; exit 2 ;;
esac
