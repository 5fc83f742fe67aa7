#!/usr/bin/env bash
# Every alternative's example_ddl runs on the schema it was written for: each of the nine schemas of
# the shared corpus and each test fixture is loaded into a database of its own, analyzed under an
# OLTP and an OLAP intent, and every example_ddl script is executed in a subtransaction that is
# rolled back (test/fixtures/example_ddl.sql, the runner pg_regress uses too). A script that fails
# fails the suite, with its finding id and error. Prints the failure rate per schema, then
# "N passed, N failed" last. Runs against the test cluster (PGHOST/PGPORT/PGUSER).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
. "$ROOT/test/integration/lib/corpus.sh"
export PGOPTIONS="-c client_min_messages=warning"
INTENTS=('{"workload": "OLTP"}' '{"workload": "OLAP", "data_volume": "large", "read_patterns": ["aggregation", "join_heavy"]}')
passed=0
failed=0
total_scripts=0
total_failures=0

# run_db DB LABEL: every intent's example DDL on DB; one check per intent.
run_db() {
    local db=$1 label=$2 intent out scripts failures
    for intent in "${INTENTS[@]}"; do
        out=$(psql -X -q -At -F $'\t' -d "$db" -v intent="$intent" 2>&1 <<'SQL'
\i test/fixtures/example_ddl.sql
SELECT 'scripts', count(*) FROM flaqes.analyze(:'intent') f, jsonb_array_elements(f.alternatives) a
WHERE a->>'example_ddl' IS NOT NULL;
BEGIN;
SELECT 'failure', id, error, replace(statement, E'\n', ' ') FROM pg_temp.example_ddl_failures(:'intent', NULL);
ROLLBACK;
SQL
)
        scripts=$(sed -n 's/^scripts\t//p' <<<"$out")
        failures=$(grep -c '^failure' <<<"$out")
        if [ -z "$scripts" ] || grep -q '^psql:\|ERROR' <<<"$out"; then
            failed=$((failed + 1)); echo "not ok - $label $intent: the runner itself failed"; echo "$out" | head -5
            continue
        fi
        total_scripts=$((total_scripts + scripts)); total_failures=$((total_failures + failures))
        if [ "$failures" = 0 ]; then
            passed=$((passed + 1)); echo "ok - $label $intent: $scripts scripts, none failed"
        else
            failed=$((failed + 1)); echo "not ok - $label $intent: $failures of $scripts scripts failed"
            grep '^failure' <<<"$out" | cut -f2-4 | cut -c1-400 | sed 's/^/    /'
        fi
    done
}

cd "$ROOT"
for name in $(corpus_names); do
    db=$(corpus_db "$name" flaqes_ddl) || { failed=$((failed + 1)); echo "not ok - $name: schema did not load"; continue; }
    run_db "$db" "$name"
    drop_corpus_db "$db"
done
# The fixtures flaqes tests itself with, each in a database of its own (the runner is not a schema).
for fixture in test/fixtures/*.sql; do
    name=$(basename "$fixture" .sql)
    case $name in example_ddl | show_error) continue ;; esac
    db=flaqes_ddl_fixture_$name
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    if ! psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION flaqes" -f "$fixture" >/dev/null; then
        failed=$((failed + 1)); echo "not ok - fixture $name did not load"; drop_corpus_db "$db"; continue
    fi
    run_db "$db" "fixture $name"
    drop_corpus_db "$db"
done
echo "example_ddl: $total_failures of $total_scripts scripts failed" \
     "($(awk -v f="$total_failures" -v t="$total_scripts" 'BEGIN { printf "%.1f%%", t ? 100 * f / t : 0 }'))"
echo "$passed passed, $failed failed"
