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

# expect EXIT STREAM PATTERN LABEL: the last gate exited with EXIT (0, or "nonzero") and its STREAM
# (out or err) matches the extended regular expression PATTERN.
expect() {
    local text=$out
    [ "$2" = err ] && text=$err
    if { { [ "$1" = 0 ] && [ "$status" -eq 0 ]; } || { [ "$1" = nonzero ] && [ "$status" -ne 0 ]; }; } &&
       grep -Eq "$3" <<<"$text"; then
        ok "$4 (exit $status)"
    else
        not_ok "$4: not so (exit $status)"; echo "$out$err" | sed 's/^/    /'
    fi
}

gate '{"workload": "OLTP"}' critical
expect nonzero err '^ERROR:  QF001: 1 finding\(s\) at or above critical' "a critical finding fails the job with QF001"
expect nonzero err 'key_overflow_risk:app.tickets\(id\)  app.tickets' "the failing finding is on stderr"

gate '{"workload": "OLTP", "ignore": ["key_overflow_risk:app.tickets(id)"]}' critical
expect 0 out '^ok: 0 finding\(s\) at or above critical' "accepted in intent.ignore, the job passes"

gate '{"workload": "OLTP", "ignore": ["key_overflow_risk"]}' info
expect nonzero err 'at or above info' "fail_on info fails on what is left below critical"

gate '{"workload": "OLTP"}' fatal
expect nonzero err '^ERROR:  22023' "a bad fail_on fails the job with 22023"

psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
rm -f "$WORK_ERR"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
