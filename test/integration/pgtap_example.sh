#!/usr/bin/env bash
# Runs the pgTAP seeding example (test/pgtap) in a scratch database with pgtap and flaqes on the
# test cluster (PGHOST/PGPORT/PGUSER). Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export PGOPTIONS="-c client_min_messages=warning"
DB=flaqes_pgtap
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION pgtap" -c "CREATE EXTENSION flaqes" \
     -f "$ROOT/test/fixtures/seed_app.sql" >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
out=$(psql -X -q -At -v ON_ERROR_STOP=1 -d $DB -f "$ROOT/test/pgtap/seed_test.sql" 2>&1)
echo "$out"
left=$(psql -X -q -At -d $DB -c "SELECT count(*) FROM app.users")
psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
passed=$(echo "$out" | grep -cE '^ok ')
failed=$(echo "$out" | grep -cE '^not ok ')
planned=$(echo "$out" | grep -oE '^1\.\.[0-9]+' | cut -d. -f3)
[ "${planned:-0}" -eq $((passed + failed)) ] || failed=$((failed + 1))
if [ "$left" -ne 0 ]; then echo "rows left after ROLLBACK: $left"; failed=$((failed + 1)); fi
echo "$passed passed, $failed failed"
