#!/usr/bin/env bash
# Two sessions seed the same table with unique columns at the same time, with the same seed (so the same unique values):
# neither collides nor deadlocks, and rows stay invisible to the other session until commit.
# Runs against the test cluster (PGHOST/PGPORT/PGUSER). Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export PGOPTIONS="-c client_min_messages=warning"
DB=flaqes_concurrency
passed=0
failed=0
check() {  # name condition-result
    if [ "$2" = "t" ]; then passed=$((passed + 1)); echo "ok - $1"; else failed=$((failed + 1)); echo "not ok - $1 ($2)"; fi
}
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION flaqes" -f "$ROOT/test/fixtures/seed_app.sql" >/dev/null

# Session A seeds and holds its transaction open; session B seeds the same tables meanwhile.
psql -X -q -At -d $DB >"$WORK/conc_a.log" 2>&1 <<'SQL' &
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('app.order_lines', 3000, '{"seed": 5}');
SELECT pg_sleep(2);
COMMIT;
SQL
a=$!
sleep 0.5
visible=$(psql -X -q -At -d $DB -c "SELECT count(*) FROM app.users")
check "rows of an open transaction are invisible to others" "$([ "$visible" = 0 ] && echo t || echo "$visible visible")"
psql -X -q -At -d $DB >"$WORK/conc_b.log" 2>&1 <<'SQL'
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('app.order_lines', 3000, '{"seed": 5}');
SELECT sum(inserted) FROM flaqes.seed('app.users', 2000);
COMMIT;
SQL
wait $a
check "session A committed" "$(grep -q ERROR "$WORK/conc_a.log" && cat "$WORK/conc_a.log" | tr '\n' ' ' || echo t)"
check "session B committed" "$(grep -q ERROR "$WORK/conc_b.log" && cat "$WORK/conc_b.log" | tr '\n' ' ' || echo t)"
check "order lines from both sessions" "$(psql -X -q -At -d $DB -c "SELECT count(*) = 6000 FROM app.order_lines")"
check "emails unique across sessions" "$(psql -X -q -At -d $DB -c "SELECT count(*) = count(DISTINCT email) AND count(*) > 2000 FROM app.users")"
psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
echo "$passed passed, $failed failed"
