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

# The "unseen" fixtures (test/fixtures/unseen_*.sql): schemas written to judge flaqes on designs it
# was not tuned on, one database each. Their names, one per line.
unseen_fixtures() {
    local f
    for f in "$(dirname "${BASH_SOURCE[0]}")"/../../fixtures/unseen_*.sql; do basename "$f" .sql; done
}

# fixture_db NAME DB: (re)creates database DB from test/fixtures/NAME.sql with flaqes in it.
fixture_db() {
    local file
    file="$(dirname "${BASH_SOURCE[0]}")/../../fixtures/$1.sql"
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2" >/dev/null || return 1
    psql -X -q -v ON_ERROR_STOP=1 -d "$2" -c "CREATE EXTENSION flaqes" -f "$file" >/dev/null
}
