#!/usr/bin/env bash
# Reviews the migrations of a pull request with flaqes, for any CI (docs/ci.md).
#
#   scripts/ci/review_migrations.sh --schema db/structure.sql --intent .flaqes/intent.json \
#       [--fail-on critical] [--sarif-dir flaqes-sarif] MIGRATION_OR_DIRECTORY...
#
# Creates a scratch database on the server libpq's environment points at (PGHOST, PGPORT, PGUSER,
# PGPASSWORD; the role needs CREATEDB), loads the base schema (the schema *before* these
# migrations) and flaqes, then for each migration in order (a directory means its *.sql, sorted by
# name): prints flaqes.analyze_ddl's rows with fail_on (SQLSTATE QF001 = the gate failed), writes
# its SARIF with flaqes.report_ddl when --sarif-dir is given (SARIF_DIR/migrations/NAME.sarif), and
# applies it, so the next migration is reviewed against the schema it will meet. SARIF_DIR/flaqes.sarif
# then holds all of them as one run, the file to upload (code scanning takes one run per tool and
# category). Migration paths are used as given in the SARIF (run from the repository root with
# relative paths). The scratch database is dropped at the end.
#
# Exit status: 0 every migration passed the gate; 1 at least one failed it; 2 the base schema or a
# migration did not load, or the arguments are wrong.
set -uo pipefail

usage() {
    sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
}

schema="" intent_file="" fail_on=critical sarif_dir="" migrations=()
while [ $# -gt 0 ]; do
    case $1 in
        --schema) schema=${2:-}; shift 2 ;;
        --intent) intent_file=${2:-}; shift 2 ;;
        --fail-on) fail_on=${2:-}; shift 2 ;;
        --sarif-dir) sarif_dir=${2:-}; shift 2 ;;
        -h | --help) usage ;;
        -*) echo "unknown option: $1" >&2; usage ;;
        *) migrations+=("$1"); shift ;;
    esac
done
[ -n "$schema" ] && [ -n "$intent_file" ] && [ ${#migrations[@]} -gt 0 ] || usage
for f in "$schema" "$intent_file"; do
    [ -r "$f" ] || { echo "cannot read $f" >&2; exit 2; }
done

# Directories expand to their *.sql files in name order (timestamped migration names sort by time).
files=()
for m in "${migrations[@]}"; do
    if [ -d "$m" ]; then
        while IFS= read -r f; do files+=("$f"); done < <(find "$m" -maxdepth 1 -name '*.sql' -type f | LC_ALL=C sort)
    elif [ -r "$m" ]; then
        files+=("$m")
    else
        echo "cannot read migration $m" >&2; exit 2
    fi
done
[ ${#files[@]} -gt 0 ] || { echo "no migrations to review" >&2; exit 0; }

db=flaqes_review_$$
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" "$@"; }
errors=$(mktemp)
cleanup() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; rm -f "$errors"; }
trap cleanup EXIT
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE $db" || exit 2
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
echo "== loading $schema"
psql_db -f "$schema" >/dev/null || { echo "the base schema $schema did not load" >&2; exit 2; }
psql_db -c "CREATE EXTENSION IF NOT EXISTS flaqes" || exit 2

intent=$(cat "$intent_file")
# Each migration is read by psql itself (\set ddl `cat :'file'`): a command-line argument is limited
# to 128 kB, a migration is not.
with_sarif=0
if [ -n "$sarif_dir" ]; then
    mkdir -p "$sarif_dir/migrations" || exit 2
    if [ "$(psql_db -At -c "SELECT to_regprocedure('flaqes.report_ddl(text,jsonb,text[],text,jsonb)') IS NOT NULL")" = t ]; then
        with_sarif=1
    else
        echo "note: this flaqes has no flaqes.report_ddl; no SARIF is written" >&2
    fi
fi

failed=0
sarifs=()
for f in "${files[@]}"; do
    echo
    echo "== $f (fail_on $fail_on)"
    # The gate: QF001 when findings at or above fail_on remain (its DETAIL lists them); any other
    # error (a statement that does not run, a bad intent) stops the review.
    if psql_db -P pager=off -v VERBOSITY=verbose -v file="$f" -v intent="$intent" -v fail_on="$fail_on" \
        2>"$errors" <<'SQL'; then
\set ddl `cat :'file'`
SELECT line, kind, severity, rule, table_name, change, description
FROM flaqes.analyze_ddl(:'ddl', :'intent', fail_on => :'fail_on') ORDER BY line, kind, id;
SQL
        echo "passed: nothing at or above $fail_on"
    elif grep -q '^ERROR:  QF001:' "$errors"; then
        grep -v '^LOCATION:' "$errors"
        echo "FAILED: $f"
        failed=$((failed + 1))
    else
        cat "$errors" >&2
        echo "$f could not be reviewed" >&2
        exit 2
    fi
    if [ "$with_sarif" = 1 ]; then
        sarif="$sarif_dir/migrations/$(basename "$f" .sql).sarif"
        sarifs+=("$sarif")
        psql_db -At -v file="$f" -v intent="$intent" -o "$sarif" <<'SQL' ||
\set ddl `cat :'file'`
SELECT flaqes.report_ddl(:'ddl', :'intent', format => 'sarif', options => jsonb_build_object('path', :'file'));
SQL
            { echo "SARIF for $f could not be written" >&2; exit 2; }
        echo "SARIF: $sarif"
    fi
    psql_db -f "$f" >/dev/null || { echo "$f did not apply to the schema; later migrations cannot be reviewed" >&2; exit 2; }
done

if [ ${#sarifs[@]} -gt 0 ]; then
    python3 "$(dirname "$0")/merge_sarif.py" "$sarif_dir/flaqes.sarif" "${sarifs[@]}" || exit 2
    echo "SARIF of all migrations: $sarif_dir/flaqes.sarif"
fi

echo
echo "$failed of ${#files[@]} migration(s) failed the gate (fail_on $fail_on)"
[ "$failed" -eq 0 ] || exit 1
