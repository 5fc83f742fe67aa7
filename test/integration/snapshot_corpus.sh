#!/usr/bin/env bash
# flaqes.snapshot on each schema of the shared corpus, analyzed in another database (an empty one:
# nothing of the live catalog to lean on) with flaqes.analyze_snapshot, gives exactly the findings
# flaqes.analyze gives live, every column compared, under an OLTP and an OLAP intent.
set -u
. "$(dirname "$0")/lib/corpus.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
reader=flaqes_snapshot_reader
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $reader" -c "CREATE DATABASE $reader" >/dev/null
psql -X -q -d "$reader" -c "CREATE EXTENSION flaqes" >/dev/null
columns="id, rule, category, severity, table_name, columns, description, current_benefit, risk,
         breaking_point, alternatives, confidence, evidence"
for name in $(corpus_names); do
    db=$(corpus_db "$name" flaqes_snap) || { echo "FAIL $name: schema did not load"; failed=$((failed + 1)); continue; }
    psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "SELECT flaqes.snapshot()" >"$work/$name.json"
    for intent in '{"workload": "OLTP"}' '{"workload": "OLAP", "data_volume": "large"}'; do
        psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "
            SELECT $(echo "$columns" | sed 's/table_name/CASE WHEN c.oid IS NOT NULL THEN format(\x27%I.%I\x27, n.nspname, c.relname) END/')
            FROM flaqes.analyze('$intent') a  -- a schema-wide finding has no table
            LEFT JOIN pg_class c ON c.oid = a.table_name LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
            ORDER BY id" >"$work/live" 2>&1
        # The snapshot travels as a file, as it would from production to a CI job.
        psql -X -At -v ON_ERROR_STOP=1 -d "$reader" -f - >"$work/offline" 2>&1 <<SQL
\\set snapshot \`cat $work/$name.json\`
SELECT $columns FROM flaqes.analyze_snapshot(:'snapshot', '$intent') ORDER BY id;
SQL
        findings=$(wc -l <"$work/live")
        if [ "$findings" -gt 0 ] && cmp -s "$work/live" "$work/offline"; then
            echo "ok $name $intent: $findings findings, the same from the snapshot"
            passed=$((passed + 1))
        else
            echo "FAIL $name $intent: snapshot findings differ from live ($findings live)"
            diff "$work/live" "$work/offline" | head -n 10
            failed=$((failed + 1))
        fi
    done
    drop_corpus_db "$db"
done
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $reader" >/dev/null
echo "$passed passed, $failed failed"
