#!/usr/bin/env bash
# The precision ledger against a live run: loads the shared corpus, the precision fixture and the
# unseen fixtures (test/fixtures/unseen_*.sql) on the test cluster (PGHOST/PGPORT/PGUSER), dumps the
# findings the ledger covers (test/ledger/dump.sh) and runs bench/precision.py on them. Fails when a finding judged false is back or a table has
# more than 6 findings; lists findings not judged yet. Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
source "$ROOT/test/integration/lib/corpus.sh"
export PGOPTIONS="-c client_min_messages=warning"
prefix=flaqes_ledger
failed=0
for name in $(corpus_names); do
    corpus_db "$name" "$prefix" >/dev/null || { echo "corpus schema $name failed to load"; failed=1; }
done
fixture=${prefix}_fixture
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $fixture" -c "CREATE DATABASE $fixture" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$fixture" -f "$ROOT/test/fixtures/analyze_precision.sql" \
     -c "CREATE EXTENSION flaqes" >/dev/null || { echo "fixture failed to load"; failed=1; }
for name in $(unseen_fixtures); do
    fixture_db "$name" "${prefix}_$name" || { echo "fixture $name failed to load"; failed=1; }
done
dump=$(mktemp)
CORPUS_PREFIX=$prefix FIXTURE_DB=$fixture UNSEEN_PREFIX=$prefix bash "$ROOT/test/ledger/dump.sh" > "$dump" || failed=1
python3 "$ROOT/bench/precision.py" --live "$dump" || failed=1
rm -f "$dump"
for name in $(corpus_names); do drop_corpus_db "${prefix}_$name"; done
drop_corpus_db "$fixture"
for name in $(unseen_fixtures); do drop_corpus_db "${prefix}_$name"; done
if [ "$failed" -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
