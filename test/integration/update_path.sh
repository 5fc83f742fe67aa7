#!/usr/bin/env bash
# The update path and a fresh install end in the same extension: flaqes 0.1.0 installed and
# updated with ALTER EXTENSION flaqes UPDATE in one database, flaqes--0.2.0.sql installed fresh in
# another, and everything of the extension compared (test/integration/lib/extension_inventory.sql:
# members, function definitions, comments, ACLs, initial privileges, the schema's grants). Any
# difference fails with a unified diff. A control run changes one comment and must be caught, so
# the comparison is shown to fail when it should. Prints "N passed, N failed" last. Runs against
# the test cluster (PGHOST/PGPORT/PGUSER) with flaqes installed.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
INVENTORY=$ROOT/test/integration/lib/extension_inventory.sql
OUT=$(mktemp -d /tmp/flaqes_update_path.XXXXXX)
export PGOPTIONS="-c client_min_messages=warning"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }

# fresh_db NAME: an empty database.
fresh_db() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }

# inventory DB FILE: the extension's inventory in DB, into FILE; fails when psql does.
inventory() { psql -X -q -v ON_ERROR_STOP=1 -d "$1" -f "$INVENTORY" >"$2" 2>&1; }

# compare LABEL A B: ok when the inventories are equal, else the diff.
compare() {
    if diff -u --label updated --label fresh "$2" "$3" >"$OUT/diff"; then
        ok "$1: $(grep -c '^member' "$2") members, every definition, comment and grant equal"
    else
        not_ok "$1: the update path and the fresh install differ"
        sed 's/^/    /' "$OUT/diff"
    fi
}

fresh_db flaqes_update_old
fresh_db flaqes_update_new
if psql -X -q -v ON_ERROR_STOP=1 -d flaqes_update_old -c "CREATE EXTENSION flaqes VERSION '0.1.0'" \
       -c "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" >"$OUT/old.log" 2>&1 &&
   psql -X -q -v ON_ERROR_STOP=1 -d flaqes_update_new -c "CREATE EXTENSION flaqes" >"$OUT/new.log" 2>&1 &&
   inventory flaqes_update_old "$OUT/updated.txt" && inventory flaqes_update_new "$OUT/fresh.txt"; then
    ok "0.1.0 installs and updates to 0.2.0; 0.2.0 installs fresh"
    if [ "$(psql -X -At -d flaqes_update_new -c "SELECT extversion FROM pg_extension WHERE extname = 'flaqes'")" = 0.2.0 ]; then
        ok "CREATE EXTENSION flaqes installs 0.2.0 (the default version)"
    else
        not_ok "CREATE EXTENSION flaqes does not install 0.2.0"
    fi
    compare "update path = fresh install" "$OUT/updated.txt" "$OUT/fresh.txt"
    # Control: drift in one comment must be caught.
    psql -X -q -d flaqes_update_new -c "COMMENT ON FUNCTION flaqes.check(jsonb, text, text[]) IS 'drifted'" >/dev/null
    inventory flaqes_update_new "$OUT/drifted.txt"
    if diff -q "$OUT/updated.txt" "$OUT/drifted.txt" >/dev/null; then
        not_ok "control: a changed comment went unnoticed"
    else
        ok "control: a changed comment is caught"
    fi
else
    not_ok "installing failed"
    cat "$OUT"/*.log "$OUT"/*.txt 2>/dev/null | head -20 | sed 's/^/    /'
fi

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS flaqes_update_old" -c "DROP DATABASE IF EXISTS flaqes_update_new" >/dev/null
rm -rf "$OUT"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
