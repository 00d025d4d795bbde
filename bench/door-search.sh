#!/usr/bin/env bash
# The door's name and phone search (GET /api/check-ins/guests) at 10,000 invitations, measured in
# PostgreSQL itself with EXPLAIN ANALYZE: the statement DoorSearch sends, on an event with 10,000
# invitations beside another event with 10,000, right after they were created (no VACUUM: the
# trigram index must serve a freshly invited event). Needs a database Usher has migrated (V12);
# it adds two events of its own and deletes them again. Prints each plan's index and the median
# execution time of 5 runs per query.
#   bash bench/door-search.sh [database=usher_bench] [invitations=10000]
set -euo pipefail
DB=${1:-usher_bench}
N=${2:-10000}
PSQL=(psql -h "${USHER_PG_HOST:-127.0.0.1}" -p "${USHER_PG_PORT:-55432}" -U "${DB_USER:-usher}" -d "$DB" -qAt -v ON_ERROR_STOP=1)
E1=00000000-0000-0000-0000-00000000d001
E2=00000000-0000-0000-0000-00000000d002
U=00000000-0000-0000-0000-00000000d00a
cleanup() { "${PSQL[@]}" -c "DELETE FROM events WHERE id IN ('$E1', '$E2'); DELETE FROM users WHERE id = '$U'"; }
trap cleanup EXIT
"${PSQL[@]}" <<SQL
INSERT INTO users (id, email, status) VALUES ('$U', 'door-bench@example.com', 'active');
INSERT INTO events (id, name, created_by) VALUES ('$E1', 'Door bench', '$U'), ('$E2', 'Door bench other', '$U');
INSERT INTO invitations (id, number, token, recipient_name, email, phone, event_id, seats)
SELECT gen_random_uuid(), 'BENCH-' || e || '-' || i, 'benchtoken' || lpad(e::text, 2, '0') || lpad(i::text, 12, '0'),
       (ARRAY['Dana','Noa','Avigail','Yael','Omer','Eli','Shira','Tamar','Itai','Gil'])[1 + i % 10] || ' '
         || (ARRAY['Cohen','Levi','Mizrahi','Peretz','Biton','Dahan','Friedman','Katz','Azulay','Rosenthal'])[1 + (i / 10) % 10]
         || '-' || substr(md5(i::text || e::text), 1, 6),
       'bench' || e || '.' || i || '@example.com', '+97254' || lpad((1000000 + i)::text, 7, '0'),
       CASE e WHEN 1 THEN '$E1'::uuid ELSE '$E2'::uuid END, 1 + i % 4
FROM generate_series(1, 2) e, generate_series(1, $N) i;
ANALYZE invitations;
SQL
SELECT="SELECT id, number, recipient_name, seats, seats_admitted, status, guest_id FROM invitations WHERE event_id = '$E1'"
declare -A QUERIES=(
  ["a rare name part"]="$SELECT AND (lower(recipient_name) LIKE '%mizrahi-1a%' ESCAPE '\\')"
  ["a common name (100 match)"]="$SELECT AND (lower(recipient_name) LIKE '%dana co%' ESCAPE '\\')"
  ["a phone, 054-100-4567"]="$SELECT AND (lower(recipient_name) LIKE '%054-100-4567%' ESCAPE '\\' OR phone = '+972541004567')"
)
for what in "a rare name part" "a common name (100 match)" "a phone, 054-100-4567"; do
  sql="EXPLAIN (ANALYZE, FORMAT JSON) ${QUERIES[$what]} ORDER BY lower(recipient_name), id LIMIT 20"
  times=()
  for _ in 1 2 3 4 5; do
    plan=$("${PSQL[@]}" -c "$sql")
    times+=("$(grep -o '"Execution Time": [0-9.]*' <<<"$plan" | grep -o '[0-9.]*$')")
  done
  indexes=$(grep -o '"Index Name": "[a-z_]*"' <<<"$plan" | cut -d'"' -f4 | sort -u | paste -sd, -)
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  echo "$what: median ${median} ms of 5 (${times[*]} ms); index: ${indexes:-none, a scan}"
done
