# Sourced by the suites that work on the shared schema corpus (../shared/corpus next to the repo,
# read in place; CI has it there too). Each schema is loaded into a database of its own on the
# cluster PGHOST/PGPORT/PGUSER point at, with flaqes created in it.
CORPUS_DIR=${CORPUS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)/shared/corpus}

# Names of the corpus schemas, one per line, in a stable order.
corpus_names() {
    local s
    for s in "$CORPUS_DIR"/*/schema.sql; do basename "$(dirname "$s")"; done
}

# corpus_db NAME PREFIX: (re)creates database PREFIX_NAME from NAME/schema.sql with flaqes in it
# and prints its name; returns non-zero (with psql's error on stderr) when the schema fails to load.
corpus_db() {
    local name=$1 db=${2:-flaqes_corpus}_$1
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null || return 1
    local err
    err=$(psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$CORPUS_DIR/$name/schema.sql" 2>&1 >/dev/null) ||
        { echo "$err" >&2; return 1; }
    psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "CREATE EXTENSION flaqes" >/dev/null || return 1
    echo "$db"
}

drop_corpus_db() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null; }
