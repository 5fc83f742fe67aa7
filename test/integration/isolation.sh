#!/usr/bin/env bash
# Isolation specs (test/isolation/specs): two sessions interleaved by pg_isolation_regress against
# the test cluster (PGHOST/PGPORT/PGUSER). Last line: "N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PGXS_DIR=$(dirname "$("${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}" --pgxs)")
RUNNER=$PGXS_DIR/../../src/test/isolation/pg_isolation_regress
OUT=${WORK:-/tmp}/isolation
rm -rf "$OUT" && mkdir -p "$OUT"
specs=$(cd "$ROOT/test/isolation/specs" && ls *.spec | sed 's/\.spec$//')
log=$("$RUNNER" --inputdir="$ROOT/test/isolation" --outputdir="$OUT" --host="$PGHOST" --port="$PGPORT" \
      --user="$PGUSER" --dbname=flaqes_isolation --load-extension=flaqes $specs 2>&1)
echo "$log"
[ -f "$OUT/regression.diffs" ] && cat "$OUT/regression.diffs"
passed=$(echo "$log" | grep -cE '\.\.\. ok|^ok ' || true)
failed=$(echo "$log" | grep -cE '\.\.\. FAILED|^not ok ' || true)
[ $((passed + failed)) -gt 0 ] || failed=1
echo "$passed passed, $failed failed"
