#!/usr/bin/env bash
# Runs the pytest seeding example (test/pytest) against the test cluster (PGHOST/PGPORT/PGUSER):
# a scratch database with flaqes and test/fixtures/seed_app.sql. Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export PGOPTIONS="-c client_min_messages=warning"
DB=flaqes_pytest
# The Debian packages python3-pytest and python3-psycopg2 live with the system interpreter.
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION flaqes" -f "$ROOT/test/fixtures/seed_app.sql" >/dev/null
out=$(cd "$ROOT" && FLAQES_TEST_DB=$DB "$PYTHON" -m pytest -q -p no:cacheprovider test/pytest 2>&1)
echo "$out"
psql -X -q -d postgres -c "DROP DATABASE $DB" >/dev/null
passed=$(echo "$out" | grep -oE '[0-9]+ passed' | tail -1 | cut -d' ' -f1)
failed=$(echo "$out" | grep -oE '[0-9]+ (failed|error)' | awk '{s += $1} END {print s + 0}')
[ -n "$passed" ] || { passed=0; failed=$((failed + 1)); }
echo "$passed passed, $failed failed"
