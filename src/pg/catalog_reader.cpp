#include "pg/catalog_reader.hpp"

#include "core/error.hpp"
#include "core/catalog/schema_graph_builder.hpp"
#include "core/migration/catalog_capture.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"

namespace flaqes::pg {
namespace {

// The position and type of every field is the contract with core/schema_graph_builder.cpp, which
// names them. Keep the two in step.

// $1: schema names or NULL; $2: relation oids or NULL.
constexpr const char* relations_query = R"SQL(
SELECT c.oid, n.nspname, c.relname, c.relkind,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples END,
       d.description,
       pt.partstrat,
       CASE WHEN pt.partrelid IS NOT NULL THEN pg_get_partkeydef(c.oid) END,
       inh.inhparent, pn.nspname, pc.relname,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,
       s.n_tup_ins, s.n_tup_upd, s.n_tup_del, s.n_live_tup, s.seq_scan, s.idx_scan,
       s.last_analyze IS NOT NULL OR s.last_autoanalyze IS NOT NULL
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d
       ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
LEFT JOIN pg_partitioned_table pt ON pt.partrelid = c.oid
LEFT JOIN pg_inherits inh ON c.relispartition AND inh.inhrelid = c.oid
LEFT JOIN pg_class pc ON pc.oid = inh.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
LEFT JOIN LATERAL (  -- pg_stat_user_tables for just these relations (the view computes them all)
  SELECT pg_stat_get_tuples_inserted(c.oid) AS n_tup_ins, pg_stat_get_tuples_updated(c.oid) AS n_tup_upd,
         pg_stat_get_tuples_deleted(c.oid) AS n_tup_del, pg_stat_get_live_tuples(c.oid) AS n_live_tup,
         pg_stat_get_numscans(c.oid) AS seq_scan,
         (SELECT sum(pg_stat_get_numscans(x.indexrelid))::bigint FROM pg_index x WHERE x.indrelid = c.oid) AS idx_scan,
         pg_stat_get_last_analyze_time(c.oid) AS last_analyze,
         pg_stat_get_last_autoanalyze_time(c.oid) AS last_autoanalyze
  WHERE c.relkind IN ('r', 'm', 'p')) s ON true
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname !~ '^pg_'  -- pg_catalog, pg_toast*, pg_temp_*: user schemas cannot start with pg_
  AND n.nspname NOT IN ('information_schema', 'flaqes')
  AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
  AND ($2::oid[] IS NULL OR c.oid = ANY ($2::oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.deptype = 'e'
                    AND ((e.classid = 'pg_class'::regclass AND e.objid = c.oid)
                      OR (e.classid = 'pg_namespace'::regclass AND e.objid = n.oid)))
ORDER BY n.nspname, c.relname
)SQL";

// $1: relation oids. Statistics come from pg_stats (rows the caller may see). Rows come in no
// particular order; the builder orders each table's columns.
constexpr const char* columns_query = R"SQL(
SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid,
       a.atttypmod, t.typtype, t.typcategory, a.attnotnull, pg_get_expr(ad.adbin, ad.adrelid),
       a.attidentity, a.attgenerated, d.description, st.null_frac, st.n_distinct,
       CASE WHEN t.typcategory = 'A' THEN t.typelem END
FROM unnest($1::oid[]) AS r(oid)
JOIN pg_class c ON c.oid = r.oid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_description d
       ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass AND d.objsubid = a.attnum
LEFT JOIN pg_stats st
       ON st.schemaname = n.nspname AND st.tablename = c.relname AND st.attname = a.attname
      AND st.inherited = (c.relkind = 'p')
)SQL";

// $1: relation oids; $2: whether to read last values (Detail::full: each opens its sequence). The
// sequence of each column that has one: the one the column owns (serial, identity; an identity
// sequence first) if it has an identity or a default, else the one its default uses. Read from
// the sequences' side: there are far fewer sequences than columns.
constexpr const char* sequences_query = R"SQL(
SELECT s.relid, s.attnum, sc.oid, sn.nspname, sc.relname, format_type(seq.seqtypid, NULL), seq.seqmax,
       CASE WHEN $2::boolean AND has_sequence_privilege(sc.oid, 'SELECT,USAGE') THEN pg_sequence_last_value(sc.oid) END
FROM (
  SELECT DISTINCT ON (c.relid, c.attnum) c.relid, c.attnum, c.seqrelid
  FROM (
    SELECT d.refobjid AS relid, d.refobjsubid AS attnum, d.objid AS seqrelid, 1 AS preference, d.deptype
    FROM pg_sequence q
    JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = q.seqrelid AND d.objsubid = 0
    JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
    WHERE d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
      AND (a.attidentity <> '' OR a.atthasdef)
    UNION ALL
    SELECT ad.adrelid, ad.adnum, d.refobjid, 2, d.deptype
    FROM pg_sequence q
    JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = q.seqrelid AND d.refobjsubid = 0
    JOIN pg_attrdef ad ON ad.oid = d.objid
    WHERE d.classid = 'pg_attrdef'::regclass) c
  JOIN unnest($1::oid[]) AS r(oid) ON r.oid = c.relid
  ORDER BY c.relid, c.attnum, c.preference, c.deptype DESC, c.seqrelid) s
JOIN pg_sequence seq ON seq.seqrelid = s.seqrelid
JOIN pg_class sc ON sc.oid = s.seqrelid
JOIN pg_namespace sn ON sn.oid = sc.relnamespace
)SQL";

// $1: relation oids. A foreign key cloned onto a partition (conparentid <> 0) is left out: it is
// listed once, on the partitioned table that declares it. The referenced columns are named here
// only when the referenced table is not among $1 (the builder names the others from its columns).
constexpr const char* constraints_query = R"SQL(
SELECT con.conrelid, con.conname, con.contype, con.conkey, con.confrelid, fn.nspname, fc.relname,
       CASE WHEN con.contype = 'f' AND known.oid IS NULL THEN
         ARRAY(SELECT fa.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = k.attnum
               ORDER BY k.ord) END,
       con.confkey, con.confupdtype, con.confdeltype, con.confmatchtype, con.condeferrable,
       con.condeferred, con.convalidated,
       CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END,
       CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid) END,
       con.conindid, con.conislocal
FROM unnest($1::oid[]) AS r(oid)
JOIN pg_constraint con ON con.conrelid = r.oid
LEFT JOIN unnest($1::oid[]) AS known(oid) ON known.oid = con.confrelid
LEFT JOIN pg_class fc ON fc.oid = con.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x')
  AND NOT (con.contype = 'f' AND con.conparentid <> 0)
ORDER BY con.conrelid, con.contype, con.conname
)SQL";

// $1: relation oids; $2: whether to deparse each index (Detail::full).
constexpr const char* indexes_query = R"SQL(
SELECT i.indrelid, i.indexrelid, ic.relname, am.amname, i.indnkeyatts, i.indkey::int2[],
       i.indclass::oid[], i.indcollation::oid[], i.indoption::int2[], i.indisunique,
       i.indisprimary, i.indisexclusion, i.indisvalid, i.indnullsnotdistinct,
       pg_get_expr(i.indpred, i.indrelid),
       CASE WHEN i.indexprs IS NOT NULL THEN  -- deparsing is costly: only where keys are expressions
         ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)
               FROM generate_series(1, i.indnatts) AS k ORDER BY k) END,
       CASE WHEN $2::boolean THEN pg_get_indexdef(i.indexrelid) END, con.conname,
       CASE WHEN ic.relkind = 'i' THEN pg_stat_get_numscans(i.indexrelid) END,  -- pg_stat_user_indexes.idx_scan
       ic.relispartition  -- a partition's index attached to an index of its partitioned parent
FROM unnest($1::oid[]) AS r(oid)
JOIN pg_index i ON i.indrelid = r.oid
JOIN pg_class ic ON ic.oid = i.indexrelid
JOIN pg_am am ON am.oid = ic.relam
LEFT JOIN pg_constraint con
       ON con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x')
ORDER BY i.indrelid, ic.relname
)SQL";

// $1: relation oids. The views (of any schema) and the user triggers that use a column of one of
// them, and the views that use those views, transitively: one row each, with the columns it uses
// (relation, attnum) and what re-creates it. Driven by pg_depend's reference index.
constexpr const char* dependents_query = R"SQL(
WITH RECURSIVE uses(kind, oid, relation, attnum) AS (
  -- Driven by the few views and user triggers (pg_depend's depender index), not by pg_depend.
  SELECT v.relkind::text, v.oid, d.refobjid, d.refobjsubid::int
  FROM pg_rewrite rw
  JOIN pg_class v ON v.oid = rw.ev_class AND v.relkind IN ('v', 'm')
  JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = rw.oid
  JOIN unnest($1::oid[]) AS r(oid) ON r.oid = d.refobjid
  WHERE d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND v.oid <> d.refobjid
  UNION
  SELECT 't', tg.oid, d.refobjid, d.refobjsubid::int
  FROM unnest($1::oid[]) AS r(oid)
  JOIN pg_trigger tg ON tg.tgrelid = r.oid AND NOT tg.tgisinternal
  JOIN pg_depend d ON d.classid = 'pg_trigger'::regclass AND d.objid = tg.oid
  WHERE d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
  UNION
  SELECT v.relkind::text, v.oid, d.refobjid, d.refobjsubid::int
  FROM uses u
  JOIN pg_depend d ON d.refclassid = 'pg_class'::regclass AND d.refobjid = u.oid AND d.refobjsubid > 0
  JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
  JOIN pg_class v ON v.oid = rw.ev_class AND v.oid <> d.refobjid AND v.relkind IN ('v', 'm')
  WHERE u.kind IN ('v', 'm')
)
SELECT u.kind, u.oid, n.nspname, coalesce(tg.tgname, c.relname), n.nspname, c.relname,
       CASE WHEN u.kind = 't' THEN pg_get_triggerdef(u.oid) ELSE pg_get_viewdef(u.oid) END,
       CASE WHEN u.kind <> 't' THEN array_to_string(c.reloptions, ', ') END,
       array_agg(u.relation ORDER BY u.relation, u.attnum), array_agg(u.attnum ORDER BY u.relation, u.attnum)
FROM uses u
LEFT JOIN pg_trigger tg ON u.kind = 't' AND tg.oid = u.oid
JOIN pg_class c ON c.oid = coalesce(tg.tgrelid, u.oid)
JOIN pg_namespace n ON n.oid = c.relnamespace
GROUP BY u.kind, u.oid, n.nspname, tg.tgname, c.relname, c.reloptions
ORDER BY n.nspname, 4, u.oid
)SQL";

// Enums, domains, composite and range types of user schemas (all of them: a table may use a type
// of another schema): the common table expression that begins the four type queries.
constexpr const char* user_types_cte = R"SQL(
WITH user_types AS (
  SELECT t.oid, n.nspname, t.typname, t.typtype, t.typrelid, t.typbasetype, t.typtypmod, t.typnotnull, t.typdefault
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'flaqes')
    AND NOT EXISTS (SELECT FROM pg_depend e
                    WHERE e.deptype = 'e' AND e.classid = 'pg_type'::regclass AND e.objid = t.oid))
)SQL";

constexpr const char* enums_query = R"SQL(
SELECT t.oid, t.nspname, t.typname,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)
FROM user_types t
WHERE t.typtype = 'e'
ORDER BY t.nspname, t.typname
)SQL";

// Each domain with the names and expressions of its checks, in name order.
constexpr const char* domains_query = R"SQL(
SELECT t.oid, t.nspname, t.typname, format_type(t.typbasetype, t.typtypmod), t.typbasetype,
       t.typtypmod, t.typnotnull, t.typdefault, ck.names, ck.expressions
FROM user_types t
CROSS JOIN LATERAL (
  SELECT array_agg(dc.conname ORDER BY dc.conname) AS names,
         array_agg(pg_get_expr(dc.conbin, 0) ORDER BY dc.conname) AS expressions
  FROM pg_constraint dc WHERE dc.contypid = t.oid AND dc.contype = 'c') ck
WHERE t.typtype = 'd'
ORDER BY t.nspname, t.typname
)SQL";

// Standalone composite types (CREATE TYPE ... AS (...)), not the row types of tables: one row per
// attribute, in order, described as columns are (NULL attribute fields for a type without any).
constexpr const char* composites_query = R"SQL(
SELECT t.oid, t.nspname, t.typname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.atttypid,
       a.atttypmod, at.typtype, at.typcategory, CASE WHEN at.typcategory = 'A' THEN at.typelem END
FROM user_types t
JOIN pg_class c ON c.oid = t.typrelid
LEFT JOIN (pg_attribute a JOIN pg_type at ON at.oid = a.atttypid)
       ON a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped
WHERE t.typtype = 'c' AND c.relkind = 'c'
ORDER BY t.nspname, t.typname, a.attnum
)SQL";

// User-defined range types with their subtype, laid out as the composites query (the subtype in
// the attribute's fields).
constexpr const char* ranges_query = R"SQL(
SELECT t.oid, t.nspname, t.typname, 0, ''::name, format_type(r.rngsubtype, NULL), r.rngsubtype,
       -1, st.typtype, st.typcategory, CASE WHEN st.typcategory = 'A' THEN st.typelem END
FROM user_types t
JOIN pg_range r ON r.rngtypid = t.oid
JOIN pg_type st ON st.oid = r.rngsubtype
WHERE t.typtype = 'r'
ORDER BY t.nspname, t.typname
)SQL";

constexpr const char* missing_schemas_query = R"SQL(
SELECT s.name
FROM unnest($1::text[]) WITH ORDINALITY AS s(name, ord)
WHERE NOT EXISTS (SELECT FROM pg_namespace n WHERE n.nspname = s.name)
ORDER BY s.ord
)SQL";

// Deparsing (pg_get_expr and friends) opens relations by OID through the system caches, which
// see DDL committed after our snapshot: a table dropped by another session at that moment is an
// internal error there. Said plainly, with the SQLSTATE clients retry on.
template <typename Read>
void catalog_query(Read&& read) {
    try {
        read();
    } catch (const PgError& e) {
        const ErrorData* data = e.data();
        const std::string message = data->message != nullptr ? data->message : "";
        const bool concurrent_ddl = data->sqlerrcode == ERRCODE_INTERNAL_ERROR &&
                                    (message.rfind("could not open relation with OID", 0) == 0 ||
                                     message.rfind("cache lookup failed", 0) == 0);
        if (!concurrent_ddl) throw;
        throw Error(sqlstate::serialization_failure, "the catalog changed while flaqes was reading it",
                    fmt::format("Another session dropped or altered a table at the same moment ({}).", message),
                    "Run the statement again.");
    }
}

// $1: a relation. It, the relations its foreign keys reach (transitively), and the partitions
// and partition parents of all of these.
constexpr const char* related_relations_query = R"SQL(
WITH RECURSIVE related(oid) AS (
  SELECT $1::oid
  UNION
  SELECT next.oid
  FROM related r
  CROSS JOIN LATERAL (
    SELECT con.confrelid FROM pg_constraint con WHERE con.conrelid = r.oid AND con.contype = 'f'
    UNION ALL SELECT i.inhrelid FROM pg_inherits i WHERE i.inhparent = r.oid
    UNION ALL SELECT i.inhparent FROM pg_inherits i WHERE i.inhrelid = r.oid) AS next(oid)
)
SELECT oid FROM related ORDER BY oid
)SQL";

// Where read_rows also records the rows it feeds the builder (flaqes.snapshot), else null.
// Set only for the duration of one read_schema_graph call.
CatalogCapture* capture_into = nullptr;

// Feeds the rows of `sql` to one of the builder's add_ functions.
void read_rows(const std::string& sql, const std::vector<TextParam>& params, SchemaGraphBuilder& builder,
               void (SchemaGraphBuilder::*add)(const CatalogRow&)) {
    if (capture_into != nullptr) capture_into->begin(add);
    catalog_query([&] {
        spi_query_rows(sql.c_str(), params, [&](const CatalogRow& row) {
            if (capture_into != nullptr) capture_into->record(add, row);
            (builder.*add)(row);
        });
    });
}

SchemaGraph read_graph(const TextParam& schemas, const TextParam& relations, Detail detail) {
    // On a big catalog these queries are estimated expensive enough to be JIT-compiled, which
    // costs more than it saves for a single execution (measured: about a sixth of an analyze of
    // 2,000 tables). Off for our queries only.
    const int settings_level = override_settings({{"jit", "off"}});
    SchemaGraphBuilder builder;
    read_rows(relations_query, {schemas, relations}, builder, &SchemaGraphBuilder::add_relation);
    const TextParam oids = oid_array_literal(builder.relation_oids());
    read_rows(columns_query, {oids}, builder, &SchemaGraphBuilder::add_column);
    const TextParam full = detail == Detail::full ? "true" : "false";
    read_rows(sequences_query, {oids, full}, builder, &SchemaGraphBuilder::add_sequence);
    read_rows(indexes_query, {oids, full}, builder, &SchemaGraphBuilder::add_index);
    read_rows(constraints_query, {oids}, builder, &SchemaGraphBuilder::add_constraint);
    read_rows(dependents_query, {oids}, builder, &SchemaGraphBuilder::add_dependent);
    read_rows(std::string(user_types_cte) + enums_query, {}, builder, &SchemaGraphBuilder::add_enum);
    read_rows(std::string(user_types_cte) + domains_query, {}, builder, &SchemaGraphBuilder::add_domain);
    read_rows(std::string(user_types_cte) + composites_query, {}, builder, &SchemaGraphBuilder::add_composite_attribute);
    read_rows(std::string(user_types_cte) + ranges_query, {}, builder, &SchemaGraphBuilder::add_range);
    restore_settings(settings_level);
    return builder.finish();
}

// The schemas argument as a query parameter; a named schema that does not exist is an error.
TextParam existing_schemas(const std::optional<std::vector<std::string>>& schemas) {
    if (!schemas) return std::nullopt;
    TextParam schema_param = array_literal(*schemas);
    std::vector<std::string> missing;
    spi_query_rows(missing_schemas_query, {schema_param},
                   [&](const CatalogRow& row) { missing.push_back(RowReader(row).str(0)); });
    if (!missing.empty()) {
        throw Error(sqlstate::invalid_schema_name, fmt::format("schema \"{}\" does not exist", missing.front()),
                    "flaqes reads only schemas of the current database.",
                    "Check the spelling and case of the name; \\dn in psql lists the schemas.");
    }
    return schema_param;
}

}  // namespace

SchemaGraph read_schema_graph(const std::optional<std::vector<std::string>>& schemas, Detail detail,
                              CatalogCapture* capture) {
    struct CaptureScope {  // the capture ends with this read, however it ends
        explicit CaptureScope(CatalogCapture* c) { capture_into = c; }
        ~CaptureScope() { capture_into = nullptr; }
    } const capture_scope(capture);
    return read_graph(existing_schemas(schemas), std::nullopt, detail);
}

SchemaGraph read_relations(const std::optional<std::vector<std::string>>& schemas, const std::vector<Oid>& relations) {
    return read_graph(existing_schemas(schemas), oid_array_literal(relations), Detail::lean);
}

SchemaGraph read_related_tables(Oid relation) {
    std::vector<Oid> oids;
    spi_query_rows(related_relations_query, {std::to_string(relation)},
                   [&](const CatalogRow& row) { oids.push_back(RowReader(row).oid(0)); });
    return read_graph(std::nullopt, oid_array_literal(oids), Detail::lean);
}

std::string ServerLookups::index_definition(const Index& index) const {
    std::string definition;
    catalog_query([&] {
        const text* deparsed = pg_call([&]() -> const text* {
            LOCAL_FCINFO(call, 1);
            InitFunctionCallInfoData(*call, nullptr, 1, InvalidOid, nullptr, nullptr);
            call->args[0].value = ObjectIdGetDatum(index.oid);
            call->args[0].isnull = false;
            const Datum result = pg_get_indexdef(call);
            return call->isnull ? nullptr : DatumGetTextPP(result);
        });
        if (deparsed != nullptr) definition.assign(VARDATA_ANY(deparsed), VARSIZE_ANY_EXHDR(deparsed));
    });
    return definition;
}

std::optional<std::int64_t> ServerLookups::sequence_last_value(const SequenceInfo& sequence) const {
    std::optional<std::int64_t> last_value;
    catalog_query([&] {
        bool is_null = true;
        const std::int64_t value = pg_call([&]() -> std::int64_t {
            // has_sequence_privilege(oid, 'SELECT,USAGE'), which is NULL for a sequence dropped since.
            if (!SearchSysCacheExists1(RELOID, ObjectIdGetDatum(sequence.oid)) ||
                pg_class_aclcheck(sequence.oid, GetUserId(), ACL_SELECT | ACL_USAGE) != ACLCHECK_OK) {
                return 0;
            }
            LOCAL_FCINFO(call, 1);
            InitFunctionCallInfoData(*call, nullptr, 1, InvalidOid, nullptr, nullptr);
            call->args[0].value = ObjectIdGetDatum(sequence.oid);
            call->args[0].isnull = false;
            const Datum result = pg_sequence_last_value(call);
            is_null = call->isnull;
            return is_null ? 0 : DatumGetInt64(result);
        });
        if (!is_null) last_value = value;
    });
    return last_value;
}

}  // namespace flaqes::pg
