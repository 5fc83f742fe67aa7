#!/usr/bin/env bash
# The CI recipe of docs/ci.md cannot rot: scripts/ci/review_migrations.sh runs on a sample
# repository (db/structure.sql, db/migrations/*.sql, .flaqes/intent.json) made in a temp dir. A
# safe migration passes, a risky one fails the job (exit 1, QF001 and the finding in the log), the
# SARIF files are written (one run, the migration's path, valid against the SARIF 2.1.0 schemas)
# and the wrong uses exit 2.
# Skipped only when this flaqes lacks analyze_ddl (all) or report_ddl (the SARIF checks), saying
# why. Prints "N passed, N failed" last. Runs against the test cluster (PGHOST/PGPORT/PGUSER).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REVIEW=$ROOT/scripts/ci/review_migrations.sh
REPO=$(mktemp -d /tmp/flaqes_ci_recipe.XXXXXX)
export PGOPTIONS="-c client_min_messages=warning"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }
skip() { echo "ok - # SKIP $*"; }
finish() {
    rm -rf "$REPO"
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
    exit
}

# has_function SIGNATURE: this server's flaqes (installed fresh in a scratch database) has it.
has_function() {
    local db=flaqes_ci_recipe_probe answer
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    answer=$(psql -X -At -d "$db" -c "CREATE EXTENSION flaqes" \
                  -c "SELECT to_regprocedure('$1') IS NOT NULL" 2>/dev/null | tail -n 1)
    psql -X -q -d postgres -c "DROP DATABASE $db" >/dev/null
    [ "$answer" = t ]
}

if ! has_function 'flaqes.analyze_ddl(text,jsonb,text[],text)'; then
    skip "flaqes.analyze_ddl is not in this build (branch ddl not merged): the recipe cannot run"
    finish
fi
with_sarif=1
has_function 'flaqes.report_ddl(text,jsonb,text[],text,jsonb)' || with_sarif=0

mkdir -p "$REPO/db/migrations" "$REPO/.flaqes"
cat >"$REPO/db/structure.sql" <<'SQL'
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE app.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                         account_id bigint NOT NULL REFERENCES app.accounts, payload text NOT NULL);
CREATE INDEX events_account_id_idx ON app.events (account_id);
SQL
cat >"$REPO/db/migrations/20260101120000_add_display_name.sql" <<'SQL'
-- A nullable column without a default, and a table of its own: catalog changes only.
ALTER TABLE app.accounts ADD COLUMN display_name text;
CREATE TABLE app.tags (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL UNIQUE);
SQL
cat >"$REPO/db/migrations/20260102120000_payload_jsonb.sql" <<'SQL'
-- Rewrites app.events and its indexes under an ACCESS EXCLUSIVE lock; CI has the structure only,
-- production is large (the intent says so).
ALTER TABLE app.events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;
SQL
echo '{"workload": "OLTP", "data_volume": "large"}' >"$REPO/.flaqes/intent.json"
cd "$REPO"

# run ARGS...: the script from the repository root; sets status and out (stdout and stderr).
run() { out=$(bash "$REVIEW" "$@" 2>&1); status=$?; }

run --schema db/structure.sql --intent .flaqes/intent.json --sarif-dir out \
    db/migrations/20260101120000_add_display_name.sql
if [ "$status" -eq 0 ] && grep -q 'passed: nothing at or above critical' <<<"$out"; then
    ok "a safe migration passes (exit 0)"
else
    not_ok "the safe migration did not pass (exit $status)"; sed 's/^/    /' <<<"$out"
fi

run --schema db/structure.sql --intent .flaqes/intent.json --fail-on critical --sarif-dir out db/migrations
if [ "$status" -eq 1 ] && grep -q '^ERROR:  QF001: migration introduces 1 finding(s) at or above critical' <<<"$out" &&
   grep -q 'line 3: column_type_rewrite:app.events(payload)' <<<"$out" &&
   grep -q '^FAILED: db/migrations/20260102120000_payload_jsonb.sql' <<<"$out" &&
   grep -q '^1 of 2 migration(s) failed the gate' <<<"$out"; then
    ok "a risky migration fails the job (exit 1): QF001, its line and finding in the log; the safe one before it passes"
else
    not_ok "the risky migration did not fail the job as documented (exit $status)"; sed 's/^/    /' <<<"$out"
fi

# Accepted in the intent, the same migration passes.
echo '{"workload": "OLTP", "data_volume": "large", "ignore": ["column_type_rewrite:app.events(payload)"]}' >accepted.json
run --schema db/structure.sql --intent accepted.json db/migrations
if [ "$status" -eq 0 ]; then
    ok "the finding accepted in intent.ignore, the job passes"
else
    not_ok "the accepted finding still failed the job (exit $status)"; sed 's/^/    /' <<<"$out"
fi

if [ "$with_sarif" = 1 ]; then
    sarif_ok=1
    for name in migrations/20260101120000_add_display_name migrations/20260102120000_payload_jsonb flaqes; do
        python3 - "out/$name.sarif" <<'PY' || sarif_ok=0
import json, sys
doc = json.load(open(sys.argv[1]))
assert doc["version"] == "2.1.0", doc.get("version")
uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
        for run in doc["runs"] for result in run.get("results", []) for loc in result.get("locations", [])}
assert len(doc["runs"]) == 1, len(doc["runs"])
assert uris <= {"db/migrations/20260101120000_add_display_name.sql",
                "db/migrations/20260102120000_payload_jsonb.sql"}, uris
PY
    done
    if [ "$sarif_ok" = 1 ] && grep -q 'column_type_rewrite' out/migrations/20260102120000_payload_jsonb.sarif &&
       grep -q 'db/migrations/20260102120000_payload_jsonb.sql' out/flaqes.sarif; then
        ok "SARIF 2.1.0 written per migration and as one run (out/flaqes.sarif), located in the migration files"
    else
        not_ok "the SARIF files are missing or wrong"; ls -l out 2>&1 | sed 's/^/    /'
    fi
    # Against the SARIF 2.1.0 JSON schemas, as test/integration/sarif_validate.sh does (scripts/test
    # installs them into build/npm).
    if [ -d "$ROOT/build/npm/node_modules/@microsoft" ]; then
        valid=1
        for f in out/migrations/*.sarif out/flaqes.sarif; do
            /usr/bin/python3 "$ROOT/test/integration/sarif_validate.py" "$ROOT/build/npm" "$f" >"$REPO/validate.log" 2>&1 ||
                { valid=0; echo "    $f:"; grep -v '^ok' "$REPO/validate.log" | head -5 | sed 's/^/    /'; }
        done
        [ "$valid" = 1 ] && ok "the SARIF files, the merged one too, are valid against the SARIF 2.1.0 schemas" ||
            not_ok "a SARIF file is not valid SARIF 2.1.0"
    else
        not_ok "the SARIF 2.1.0 schemas are not in $ROOT/build/npm (scripts/test installs them: ensure_npm_packages)"
    fi
else
    skip "flaqes.report_ddl is not in this build (branch sarif not merged): no SARIF to check"
fi

# The merge into one run, on two small documents (rules shared and not, ruleIndex renumbered).
python3 - "$ROOT/scripts/ci/merge_sarif.py" <<'PY' && ok "merge_sarif.py: one run, each rule once, ruleIndex renumbered" ||
import json, subprocess, sys, tempfile
tmp = tempfile.mkdtemp()
def doc(rules, results):
    return {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "flaqes", "rules": [{"id": r} for r in rules]}},
                                          "results": results}]}
json.dump(doc(["a", "b"], [{"ruleId": "b", "ruleIndex": 1}]), open(tmp + "/1.sarif", "w"))
json.dump(doc(["c", "b"], [{"ruleId": "b", "ruleIndex": 1}, {"ruleId": "c", "ruleIndex": 0}]), open(tmp + "/2.sarif", "w"))
subprocess.check_call([sys.executable, sys.argv[1], tmp + "/m.sarif", tmp + "/1.sarif", tmp + "/2.sarif"])
merged = json.load(open(tmp + "/m.sarif"))
run, = merged["runs"]
assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["a", "b", "c"]
assert [(r["ruleId"], r["ruleIndex"]) for r in run["results"]] == [("b", 1), ("b", 1), ("c", 2)]
PY
    not_ok "merge_sarif.py did not merge as documented"

run --schema db/structure.sql db/migrations
[ "$status" -eq 2 ] && ok "no intent: usage, exit 2" || not_ok "missing --intent gave exit $status"
echo 'CREATE TABLE broken (' >broken.sql
run --schema broken.sql --intent .flaqes/intent.json db/migrations
[ "$status" -eq 2 ] && ok "a base schema that does not load: exit 2" || not_ok "a broken base schema gave exit $status"
echo 'ALTER TABLE app.missing ADD COLUMN x int;' >bad_migration.sql
run --schema db/structure.sql --intent .flaqes/intent.json bad_migration.sql
if [ "$status" -eq 2 ] && grep -q 'could not be reviewed' <<<"$out"; then
    ok "a migration that does not run: exit 2, not a gate failure"
else
    not_ok "a migration that does not run gave exit $status"; sed 's/^/    /' <<<"$out"
fi
finish
