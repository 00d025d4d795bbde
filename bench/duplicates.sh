#!/usr/bin/env bash
# The duplicate manager's finder (GET /api/events/{id}/duplicates) on one event of 100,000 guests,
# measured in PostgreSQL itself with EXPLAIN ANALYZE: the statement DuplicateFinder sends (copied
# from its source, so the bench cannot drift from it), next to two ceilings measured in the same
# run on the same rows: a count of the event's guests, and one pass that reads every guest and
# computes its name key (what any finder must at least do). The guests: 97% distinct people with
# skewed first names (some with a middle initial) and family names (prefix, stem, suffix: a few very
# common, many rare), sides bride 45% / groom 45% / none,
# and 3% near-duplicates of earlier guests (a third with the same phone, a third with the same
# e-mail, a third with a misspelt name in the same side). Needs a database Usher has migrated
# (V26); it adds an event of its own and deletes it again. Prints the median of 3 runs per query.
#   bash bench/duplicates.sh [database=usher_bench] [guests=100000]
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-usher_bench}
N=${2:-100000}
PSQL=(psql -h "${USHER_PG_HOST:-127.0.0.1}" -p "${USHER_PG_PORT:-55432}" -U "${DB_USER:-usher}" -d "$DB" -qAt -v ON_ERROR_STOP=1)
E=00000000-0000-0000-0000-0000000d0b01
U=00000000-0000-0000-0000-0000000d0b0a
cleanup() { "${PSQL[@]}" -c "DELETE FROM events WHERE id = '$E'; DELETE FROM users WHERE id = '$U'"; }
trap cleanup EXIT
cleanup
start=$(date +%s)
"${PSQL[@]}" <<SQL
SELECT setseed(0.15);
INSERT INTO users (id, email, status) VALUES ('$U', 'duplicates-bench@example.com', 'active');
INSERT INTO events (id, name, created_by) VALUES ('$E', 'Duplicates bench', '$U');
CREATE TEMP TABLE people AS
SELECT i,
       (ARRAY['Dana','Noa','Avigail','Yael','Omer','Eli','Shira','Tamar','Itai','Gil','Maya','Ron','Lior','Adi','Yossi',
              'Moshe','Sarah','Rachel','David','Daniel','Michal','Yonatan','Ariel','Roni','Hila','Eitan','Nir','Keren',
              'Liat','Amir','Oren','Galit','Meir','Ruth','Esther','Hadas','Tal','Guy','Yuval','Idan','Neta','Inbar',
              'Sivan','Ayelet','Boaz','Chen','Dor','Elad','Gali','Hagit','Ilan','Jonah','Karin','Lea','Matan','Nadav',
              'Ofer','Pnina','Rina','Shai','Tomer','Uri','Vered','Ziv','Asaf','Bat-El','Carmel','Dafna','Erez','Hanna'])
         [1 + floor(70 * random() ^ 1.3)::int]
         || (ARRAY['', '', '', '', ' A.', ' B.', ' M.', ' R.', ' S.', ' Y.'])[1 + floor(10 * random())::int] AS first_name,
       (ARRAY['', '', '', '', '', 'Bar-', 'Ben-', 'Abu-', 'Van ', 'De ', 'Mac', 'O''', 'Al-', 'Von ', 'Le '])
         [1 + floor(15 * random())::int] ||
       (ARRAY['Cohen','Levi','Mizrahi','Peretz','Biton','Dahan','Friedman','Katz','Azulay','Rosenthal','Avraham',
              'Shapiro','Goldberg','Ben-David','Malka','Amar','Ohayon','Gabay','Hadad','Segal','Weiss','Klein','Baruch',
              'Shalom','Yosef','Golan','Kaplan','Adler','Berger','Stern','Weber','Fischer','Schwartz','Green','Roth',
              'Nachum','Sasson','Vaknin','Elbaz','Tzur','Harel','Carmeli','Barak','Levin','Rubin','Gross','Wolf',
              'Strauss','Pollak','Zilber'])[1 + floor(50 * random() ^ 1.5)::int]
         || (ARRAY['', '', '', 'man', 'stein', 'berg', 'ov', 'i', 'son', 'feld', 'baum', 'er', 'sky', 'ovich', 'heim',
                   'thal', 'wald', 'zon', 'el', 'a'])[1 + floor(20 * random())::int] AS last_name,
       (ARRAY['bride', 'groom', NULL])[CASE WHEN random() < 0.45 THEN 1 WHEN random() < 0.82 THEN 2 ELSE 3 END] AS side,
       '+97250' || lpad(i::text, 7, '0') AS phone,
       CASE WHEN random() < 0.6 THEN 'guest' || i || '@example.com' END AS email
FROM generate_series(1, ($N * 97 / 100)::int) i;
-- 3% near-duplicates of earlier people: the same phone, the same e-mail, or one letter of the name changed.
INSERT INTO people
SELECT 10000000 + d, p.first_name,
       CASE WHEN kind = 2 THEN overlay(p.last_name PLACING chr(97 + (d % 26)) FROM 1 + d % length(p.last_name) FOR 1)
            ELSE p.last_name END,
       p.side,
       CASE WHEN kind = 0 THEN p.phone ELSE '+97252' || lpad(d::text, 7, '0') END,
       CASE WHEN kind = 1 THEN coalesce(p.email, 'guest' || p.i || '@example.com') END
FROM (SELECT d, d % 3 AS kind, 1 + floor(random() * ($N * 97 / 100))::int AS src
      FROM generate_series(1, $N - ($N * 97 / 100)::int) d) s JOIN people p ON p.i = s.src;
UPDATE people p SET email = 'guest' || p.i || '@example.com'
WHERE p.email IS NULL AND EXISTS (SELECT 1 FROM people q WHERE q.i >= 10000000 AND q.email = 'guest' || p.i || '@example.com');
INSERT INTO guests (id, event_id, first_name, last_name, phone, email, side)
SELECT gen_random_uuid(), '$E', first_name, last_name, phone, email, side FROM people ORDER BY random();
ANALYZE guests;
SQL
echo "bench: $("${PSQL[@]}" -c "SELECT count(*) FROM guests WHERE event_id = '$E'") guests in one event," \
     "$("${PSQL[@]}" -c "SELECT count(DISTINCT lower(last_name)) FROM guests WHERE event_id = '$E'") family names," \
     "made in $(( $(date +%s) - start )) s"

# The finder's statement, from its source: ?1 the event, ?2 the name threshold, ?3 the limit.
FIND=$(sed -n '/String SQL = """/,/LIMIT ?3""";/p' ejb-module/src/main/java/dev/usher/duplicates/control/DuplicateFinder.java \
  | sed '1d; s/LIMIT ?3""";/LIMIT ?3/')
THRESHOLD=$(grep -o 'NAME_THRESHOLD = [0-9.]*' ejb-module/src/main/java/dev/usher/duplicates/control/DuplicateFinder.java | grep -o '[0-9.]*$')
FIND=${FIND//\?1/\'$E\'}; FIND=${FIND//\?2/$THRESHOLD}; FIND=${FIND//\?3/100}
declare -A QUERIES=(
  ["ceiling: count the event's guests"]="SELECT count(*) FROM guests WHERE event_id = '$E'"
  ["ceiling: read every guest once, with its name key"]="SELECT count(DISTINCT guest_name_key(first_name, last_name)) FROM guests WHERE event_id = '$E'"
  ["find duplicate groups (DuplicateFinder.SQL, limit 100)"]="$FIND"
)
for what in "ceiling: count the event's guests" "ceiling: read every guest once, with its name key" \
            "find duplicate groups (DuplicateFinder.SQL, limit 100)"; do
  times=()
  for _ in 1 2 3; do
    plan=$("${PSQL[@]}" -c "SET jit = off" -c "EXPLAIN (ANALYZE, FORMAT JSON) ${QUERIES[$what]}")
    times+=("$(grep -o '"Execution Time": [0-9.]*' <<<"$plan" | grep -o '[0-9.]*$')")
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)
  echo "$what: median ${median} ms of 3 (${times[*]} ms)"
done
"${PSQL[@]}" -F ' ' -c "SELECT reason, count(*) FROM ($FIND) f GROUP BY 1 ORDER BY 1" \
  | sed 's/^/groups in the first 100: /'
total=$("${PSQL[@]}" -c "SELECT max(count) FROM (${FIND/LIMIT 100/LIMIT 1}) f")
echo "groups found in all: ${total:-0} (near-duplicates made: $(( N - N * 97 / 100 )))"
