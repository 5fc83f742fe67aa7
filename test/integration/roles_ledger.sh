#!/usr/bin/env bash
# The roles ledger (test/ledger/roles.csv) against flaqes.roles(): loads each corpus schema and the
# role and unseen fixtures into a database of its own, prints the accuracy, and fails below 100%.
# Runs against the test cluster (PGHOST/PGPORT/PGUSER). Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export PGOPTIONS="-c client_min_messages=warning"
source "$ROOT/test/integration/lib/corpus.sh"
PREFIX=flaqes_ledger
dbs=()
for name in $(corpus_names); do
    db=$(corpus_db "$name" "$PREFIX") || { echo "not ok - load $name"; echo "0 passed, 1 failed"; exit 1; }
    dbs+=("$db")
done
for fixture in roles_patterns roles_evidence $(unseen_fixtures); do
    db=${PREFIX}_fixture_$fixture
    fixture_db "$fixture" "$db" || { echo "not ok - load fixture $fixture"; echo "0 passed, 1 failed"; exit 1; }
    dbs+=("$db")
done
if python3 "$ROOT/bench/roles_accuracy.py" --prefix "$PREFIX" --ledger "$ROOT/test/ledger/roles.csv"; then
    result="1 passed, 0 failed"
else
    result="0 passed, 1 failed"
fi
for db in "${dbs[@]}"; do drop_corpus_db "$db"; done
echo "$result"
[ "$result" = "1 passed, 0 failed" ]
