#!/usr/bin/env bash
# flaqes.check fails a CI job: `psql -v ON_ERROR_STOP=1 -c "SELECT flaqes.check(...)"` exits
# non-zero when findings at or above fail_on remain (SQLSTATE QF001, the findings on stderr), and
# zero with the summary on stdout once the intent accepts them. Prints "N passed, N failed" last.
# Runs against the test cluster (PGHOST/PGPORT/PGUSER) with flaqes installed.
set -uo pipefail
DB=flaqes_check_gate
export PGOPTIONS="-c client_min_messages=warning"
passed=0
failed=0
ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }

# gate INTENT FAIL_ON: runs the gate as a CI job would; sets status, out, err.
gate() {
    local sql="SELECT flaqes.check('$1', '$2', ARRAY['app'])"
    out=$(psql -X -At -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -d "$DB" -c "$sql" 2>"$WORK_ERR")
    status=$?
    err=$(cat "$WORK_ERR")
}

WORK_ERR=$(mktemp /tmp/flaqes_check_gate.XXXXXX)
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
# A serial key 93% used: critical under OLTP.
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" >/dev/null <<'SQL'
CREATE EXTENSION flaqes;
CREATE SCHEMA app;
CREATE TABLE app.tickets (id serial PRIMARY KEY, title text NOT NULL);
SELECT setval('app.tickets_id_seq', 2000000000);
SQL

gate '{"workload": "OLTP"}' critical
if [ "$status" -ne 0 ] && grep -q 'QF001' <<<"$err" && grep -q '1 finding(s) at or above critical' <<<"$err" &&
   grep -q 'key_overflow_risk:app.tickets(id)  app.tickets' <<<"$err"; then
    ok "a critical finding fails the job (exit $status): QF001, the finding on stderr"
else
    not_ok "a critical finding did not fail the job (exit $status)"; echo "$out$err" | sed 's/^/    /'
fi

gate '{"workload": "OLTP", "ignore": ["key_overflow_risk:app.tickets(id)"]}' critical
if [ "$status" -eq 0 ] && grep -q '^ok: 0 finding(s) at or above critical' <<<"$out"; then
    ok "accepted in intent.ignore, the job passes: $out"
else
    not_ok "the accepted finding still failed the job (exit $status)"; echo "$out$err" | sed 's/^/    /'
fi

gate '{"workload": "OLTP", "ignore": ["key_overflow_risk"]}' info
if [ "$status" -ne 0 ] && grep -q 'at or above info' <<<"$err"; then
    ok "fail_on info fails on what is left below critical (exit $status)"
else
    not_ok "fail_on info passed (exit $status)"; echo "$out$err" | sed 's/^/    /'
fi

gate '{"workload": "OLTP"}' fatal
if [ "$status" -ne 0 ] && grep -q '22023' <<<"$err"; then
    ok "a bad fail_on fails the job with 22023"
else
    not_ok "a bad fail_on did not fail with 22023 (exit $status)"; echo "$out$err" | sed 's/^/    /'
fi

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
rm -f "$WORK_ERR"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
