#!/usr/bin/env bash
# flaqes.seed(table, 100) on every table of every schema.sql under a corpus directory, each table
# in its own rolled-back transaction, in a scratch database per schema on the cluster the libpq
# environment points at (PGHOST/PGPORT/PGUSER; flaqes installed there).
#   bench/seed_corpus.sh /work/shared/corpus
set -uo pipefail
CORPUS=${1:?usage: bench/seed_corpus.sh <corpus dir with */schema.sql>}
export PGOPTIONS="-c client_min_messages=warning"
total_ok=0
total_failed=0
for schema in "$CORPUS"/*/schema.sql; do
    name=$(basename "$(dirname "$schema")")
    db="flaqes_corpus_$name"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    psql -X -q -d "$db" -f "$schema" >/dev/null 2>&1
    psql -X -q -d "$db" -c "CREATE EXTENSION flaqes" >/dev/null
    ok=0
    failed=0
    for table in $(psql -X -At -d "$db" -c "
        SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname !~ '^pg_'
          AND n.nspname NOT IN ('information_schema', 'flaqes') ORDER BY 1::text"); do
        out=$(psql -X -At -d "$db" -c "BEGIN" -c "SELECT sum(inserted) FROM flaqes.seed('$table', 100)" -c "ROLLBACK" 2>&1)
        if echo "$out" | grep -q ERROR; then
            failed=$((failed + 1))
            echo "$name $table: $(echo "$out" | grep ERROR)"
        else
            ok=$((ok + 1))
        fi
    done
    echo "$name: $ok tables seeded, $failed failed"
    total_ok=$((total_ok + ok))
    total_failed=$((total_failed + failed))
    psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
done
echo "$total_ok passed, $total_failed failed"
