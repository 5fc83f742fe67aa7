#!/usr/bin/env bash
# flaqes.report(format => 'sarif') validated against the SARIF 2.1.0 JSON schemas by a real
# validator (python3-jsonschema, the schemas from Microsoft's npm packages that scripts/lib.sh
# installs into build/npm), for the rule fixtures and every corpus schema, each with its own schema
# file as the source: every result must carry a line of that file. Once without a source too.
set -u
. "$(dirname "$0")/lib/corpus.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
NPM_DIR="$ROOT/build/npm"
PYTHON=/usr/bin/python3  # Debian's python3-jsonschema lives with the system interpreter
[ -x "$PYTHON" ] || PYTHON=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# check LABEL DB SOURCE_FILE [INTENT]: the SARIF of DB with SOURCE_FILE as db/<file name>, validated.
check() {
    local name=$1 db=$2 file=$3 intent=${4:-'{"workload": "OLTP"}'}
    local path
    path=db/$(basename "$file")
    psql -X -At -v ON_ERROR_STOP=1 -d "$db" -f - >"$work/$name.sarif" 2>"$work/$name.err" <<SQL
\\set src \`cat $file\`
SELECT flaqes.report('$intent', format => 'sarif',
                     options => jsonb_build_object('source', jsonb_build_object('path', '$path', 'text', :'src')));
SQL
    if [ -s "$work/$name.sarif" ] && "$PYTHON" "$ROOT/test/integration/sarif_validate.py" "$NPM_DIR" \
            "$work/$name.sarif" "$path" "$file"; then
        passed=$((passed + 1))
    else
        echo "FAIL $name"; grep -v NOTICE "$work/$name.err" | head -n 5
        failed=$((failed + 1))
    fi
}

if [ ! -d "$NPM_DIR/node_modules/@microsoft" ]; then
    echo "FAIL the SARIF schemas are not installed in $NPM_DIR (scripts/test installs them: ensure_npm_packages)"
    echo "0 passed, 1 failed"
    exit 1
fi

for fixture in analyze_rules hostile_names; do
    db=flaqes_sarif_$fixture
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$ROOT/test/fixtures/$fixture.sql" >/dev/null 2>&1
    psql -X -q -d "$db" -c "CREATE EXTENSION flaqes" >/dev/null
    check "$fixture" "$db" "$ROOT/test/fixtures/$fixture.sql"
    check "${fixture}_olap" "$db" "$ROOT/test/fixtures/$fixture.sql" '{"workload": "OLAP", "data_volume": "large"}'
    if [ "$fixture" = analyze_rules ]; then
        # flaqes.report_ddl on a migration file: every result at a line of it.
        cat >"$work/0042_orders.sql" <<'SQL'
-- risks on existing tables, a tension introduced and one resolved
CREATE INDEX orders_customer ON az.orders (customer_id);
ALTER TABLE az.customers ALTER COLUMN name TYPE varchar(200);
ALTER TABLE az.customers
    ADD COLUMN last_seen timestamp DEFAULT clock_timestamp();
ALTER TABLE az.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
SQL
        psql -X -At -v ON_ERROR_STOP=1 -d "$db" -f - >"$work/migration.sarif" 2>"$work/migration.err" <<SQL
\\set ddl \`cat $work/0042_orders.sql\`
SELECT flaqes.report_ddl(:'ddl', '{"workload": "OLTP"}', options => '{"path": "db/migrations/0042_orders.sql"}');
SQL
        if [ -s "$work/migration.sarif" ] && "$PYTHON" "$ROOT/test/integration/sarif_validate.py" "$NPM_DIR" \
                "$work/migration.sarif" db/migrations/0042_orders.sql "$work/0042_orders.sql"; then
            passed=$((passed + 1))
        else
            echo "FAIL report_ddl"; head -n 5 "$work/migration.err"
            failed=$((failed + 1))
        fi
        # Without a source: logical locations only, still valid.
        psql -X -At -v ON_ERROR_STOP=1 -d "$db" -c "SELECT flaqes.report('{\"workload\": \"OLTP\"}', format => 'sarif')" \
            >"$work/no_source.sarif"
        if "$PYTHON" "$ROOT/test/integration/sarif_validate.py" "$NPM_DIR" "$work/no_source.sarif"; then
            passed=$((passed + 1))
        else
            failed=$((failed + 1))
        fi
    fi
    drop_corpus_db "$db"
done

for name in $(corpus_names); do
    db=$(corpus_db "$name" flaqes_sarif) || { echo "FAIL $name: schema did not load"; failed=$((failed + 1)); continue; }
    check "$name" "$db" "$CORPUS_DIR/$name/schema.sql"
    drop_corpus_db "$db"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
