#!/usr/bin/env bash
# Prints the findings the precision ledger covers, one per line (tab-separated: schema-db, intent,
# id, rule, severity): every finding on the textbook schemas and on pgflow, zync and documenso, a
# fixed sample of 40 (by md5 of the id) on the other application schemas, and every finding on the
# precision fixture (schema fp of test/fixtures/analyze_precision.sql, in database $FIXTURE_DB), and
# every finding on each unseen fixture test/fixtures/unseen_<name>.sql (all its schemas, in database
# $UNSEEN_PREFIX_unseen_<name>; schema-db unseen_<name>).
# Expects the corpus databases loaded by test/integration/lib/corpus.sh (prefix $CORPUS_PREFIX).
set -euo pipefail
prefix=${CORPUS_PREFIX:-flaqes_corpus}
intent_sql() {
    case $1 in
        oltp) echo "flaqes.intent('OLTP')" ;;
        olap) echo "flaqes.intent('OLAP', read_patterns => ARRAY['aggregation','join_heavy'])" ;;
    esac
}
for name in pagila chinook northwind pgflow zync documenso omop_cdm hatchet lemmy; do
    case $name in omop_cdm|hatchet|lemmy) limit="ORDER BY md5(id) LIMIT 40" ;; *) limit="" ;; esac
    for intent in oltp olap; do
        psql -X -At -F $'\t' -d "${prefix}_$name" -c \
            "SELECT '$name', '$intent', id, rule, severity FROM flaqes.analyze($(intent_sql $intent)) $limit"
    done
done
if [ -n "${FIXTURE_DB:-}" ]; then
    for intent in oltp olap; do
        psql -X -At -F $'\t' -d "$FIXTURE_DB" -c \
            "SELECT 'fixture_fp', '$intent', id, rule, severity FROM flaqes.analyze($(intent_sql $intent), ARRAY['fp'])"
    done
fi
if [ -n "${UNSEEN_PREFIX:-}" ]; then
    for file in "$(dirname "$0")"/../fixtures/unseen_*.sql; do
        name=$(basename "$file" .sql)
        for intent in oltp olap; do
            psql -X -At -F $'\t' -d "${UNSEEN_PREFIX}_$name" -c \
                "SELECT '$name', '$intent', id, rule, severity FROM flaqes.analyze($(intent_sql $intent))"
        done
    done
fi
