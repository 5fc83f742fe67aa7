#!/usr/bin/env bash
# flaqes.analyze_ddl side by side with Squawk as a suite: the tests of the bench's statement splitter
# (test/bench), then bench/squawk_compare.py with a smaller large table (20,000 rows: still non-empty,
# so every risk is judged as on a real table), which fails when flaqes misses a lock/rewrite risk
# Squawk flags, misses a statement PostgreSQL shows to block writes, or flags a safe form. Runs
# against the test cluster (PGHOST/PGPORT/PGUSER); Squawk comes from npm. Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
export PGOPTIONS="-c client_min_messages=warning"
PYTHON=/usr/bin/python3
[ -x "$PYTHON" ] || PYTHON=python3
passed=0
failed=0
out=$(cd "$ROOT" && "$PYTHON" -m pytest -q -p no:cacheprovider test/bench 2>&1)
echo "$out"
passed=$(echo "$out" | grep -oE '[0-9]+ passed' | tail -1 | cut -d' ' -f1)
failed=$(echo "$out" | grep -oE '[0-9]+ (failed|error)' | awk '{s += $1} END {print s + 0}')
[ -n "$passed" ] || { passed=0; failed=$((failed + 1)); }
log=$(mktemp)
if "$PYTHON" "$ROOT/bench/squawk_compare.py" --rows 20000 >"$log" 2>&1; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi
# The summary lists every miss and false alarm with its statement; the whole log only when there is none.
grep -q '^== summary' "$log" && sed -n '/^== summary/,$p' "$log" || cat "$log"
rm -f "$log"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS flaqes_squawk" >/dev/null
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
