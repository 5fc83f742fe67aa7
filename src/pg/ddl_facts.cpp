#include "pg/ddl_facts.hpp"

#include "core/catalog/catalog_row.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"

extern "C" {
#include "access/table.h"
#include "commands/tablecmds.h"
#include "nodes/makefuncs.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
}

namespace flaqes::pg {

namespace {

// Size = heap + TOAST heap (main forks), not pg_table_size: that also counts the free space and
// visibility maps and the TOAST index, whose 8 kB never go away, so an empty table with a text
// column would never be known empty (0 rows by ANALYZE and 0 bytes).
constexpr const char* relation_sql = R"SQL(
SELECT pg_catalog.format('%I.%I', n.nspname, c.relname),
       CASE WHEN pg_catalog.bool_or(l.reltuples < 0) THEN NULL ELSE pg_catalog.sum(l.reltuples)::pg_catalog.int8 END,
       COALESCE(pg_catalog.sum(pg_catalog.pg_relation_size(l.oid)
                               + CASE WHEN l.reltoastrelid <> 0 THEN pg_catalog.pg_relation_size(l.reltoastrelid) ELSE 0 END),
                0)::pg_catalog.int8,
       COALESCE(pg_catalog.string_agg(l.relfilenode::pg_catalog.text, ',' ORDER BY l.oid), '')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN LATERAL (SELECT c.oid AS relid WHERE c.relkind <> 'p'
                   UNION ALL
                   SELECT t.relid FROM pg_catalog.pg_partition_tree(c.oid) t WHERE t.isleaf AND c.relkind = 'p') leaf ON true
LEFT JOIN pg_catalog.pg_class l ON l.oid = leaf.relid
WHERE c.oid = $1::pg_catalog.oid
GROUP BY n.nspname, c.relname)SQL";

constexpr const char* dependents_sql = R"SQL(
SELECT DISTINCT CASE WHEN v.oid IS NOT NULL
                     THEN CASE v.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END
                          || pg_catalog.format('%I.%I', vn.nspname, v.relname)
                     ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END
FROM pg_catalog.pg_depend d
LEFT JOIN pg_catalog.pg_rewrite r ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND r.oid = d.objid
LEFT JOIN pg_catalog.pg_class v ON v.oid = r.ev_class
LEFT JOIN pg_catalog.pg_namespace vn ON vn.oid = v.relnamespace
WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = $1::pg_catalog.oid
  AND ($2::pg_catalog.int4 = 0 OR d.refobjsubid = $2::pg_catalog.int4) AND d.deptype = 'n'
  AND (r.ev_class IS NULL OR r.ev_class <> $1::pg_catalog.oid)
ORDER BY 1)SQL";

constexpr const char* owned_names_sql = R"SQL(
SELECT k.contype::pg_catalog.text || ':' || k.conname FROM pg_catalog.pg_constraint k WHERE k.conrelid = $1::pg_catalog.oid
UNION ALL
SELECT 'i:' || c.relname FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid
WHERE i.indrelid = $1::pg_catalog.oid)SQL";

constexpr const char* column_sql = R"SQL(
SELECT pg_catalog.format_type(a.atttypid, a.atttypmod), COALESCE(pg_catalog.pg_get_expr(d.adbin, d.adrelid), '')
FROM pg_catalog.pg_attribute a
LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = $1::pg_catalog.oid AND a.attname = $2::pg_catalog.name AND NOT a.attisdropped)SQL";

constexpr const char* neighbourhood_sql = R"SQL(
WITH t(oid) AS (SELECT DISTINCT r FROM pg_catalog.unnest($1::pg_catalog.oid[]) AS r)
SELECT t.oid FROM t
UNION SELECT k.confrelid FROM pg_catalog.pg_constraint k JOIN t ON k.conrelid = t.oid WHERE k.contype = 'f'
UNION SELECT k.conrelid FROM pg_catalog.pg_constraint k JOIN t ON k.confrelid = t.oid WHERE k.contype = 'f'
UNION SELECT i.inhrelid FROM pg_catalog.pg_inherits i JOIN t ON i.inhparent = t.oid
UNION SELECT i.inhparent FROM pg_catalog.pg_inherits i JOIN t ON i.inhrelid = t.oid)SQL";

// Runs one of our own queries with flaqes's settings pinned, and without JIT: on a big catalog
// the planner's estimates make compiling look worth it, and it costs more than the query.
void own_query(const char* sql, const std::vector<TextParam>& params, const std::function<void(const CatalogRow&)>& each) {
    const int level = pin_own_settings();
    const int jit_level = override_settings({{"jit", "off"}});
    with_fresh_snapshot([&] { spi_query_rows(sql, params, each); });
    restore_settings(jit_level);
    restore_settings(level);
}

}  // namespace

void with_fresh_snapshot(const std::function<void()>& f) {
    pg_call([] { PushActiveSnapshot(GetTransactionSnapshot()); });
    f();  // on an error the (sub)transaction abort pops the snapshot
    pg_call([] { PopActiveSnapshot(); });
}

std::optional<RelationFacts> relation_facts(Oid relation) {
    std::optional<RelationFacts> out;
    own_query(relation_sql, {std::to_string(relation)}, [&](const CatalogRow& row) {
        const RowReader r(row);
        RelationFacts f;
        f.state.name = r.str(0);
        f.state.rows = r.opt_int64(1);
        f.state.size_bytes = r.int64(2);
        f.files = r.str(3);
        out = std::move(f);
    });
    return out;
}

std::vector<std::string> dependents(Oid relation, int attnum) {
    std::vector<std::string> out;
    own_query(dependents_sql, {std::to_string(relation), std::to_string(attnum)},
              [&](const CatalogRow& row) { out.push_back(RowReader(row).str(0)); });
    return out;
}

std::vector<std::string> owned_names(Oid relation) {
    std::vector<std::string> out;
    own_query(owned_names_sql, {std::to_string(relation)}, [&](const CatalogRow& row) { out.push_back(RowReader(row).str(0)); });
    return out;
}

ColumnFacts column_facts(Oid relation, const std::string& column) {
    ColumnFacts out;
    own_query(column_sql, {std::to_string(relation), column}, [&](const CatalogRow& row) {
        const RowReader r(row);
        out = {r.str(0), r.str(1)};
    });
    return out;
}

bool not_null_proven(Oid relation, const std::string& column) {
    return pg_call([&] {
        Relation rel = table_open(relation, AccessShareLock);
        const AttrNumber attnum = get_attnum(relation, column.c_str());
        bool proven = true;
        if (attnum > 0) {
            Form_pg_attribute attribute = TupleDescAttr(RelationGetDescr(rel), attnum - 1);
            if (!attribute->attnotnull) {
                NullTest* test = makeNode(NullTest);
                test->arg = reinterpret_cast<Expr*>(makeVar(1, attnum, attribute->atttypid, attribute->atttypmod,
                                                            attribute->attcollation, 0));
                test->nulltesttype = IS_NOT_NULL;
                test->argisrow = false;
                test->location = -1;
                proven = PartConstraintImpliedByRelConstraint(rel, list_make1(test));
            }
        }
        table_close(rel, NoLock);
        return proven;
    });
}

std::vector<Oid> neighbourhood(const std::vector<Oid>& relations) {
    std::string list;
    for (Oid r : relations) list += (list.empty() ? "" : ",") + std::to_string(r);
    std::vector<Oid> out;
    own_query(neighbourhood_sql, {"{" + list + "}"}, [&](const CatalogRow& row) { out.push_back(RowReader(row).oid(0)); });
    return out;
}

std::string lock_name(LOCKMODE mode) {
    static const char* const names[] = {"",      "ACCESS SHARE",        "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE",
                                        "SHARE", "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE"};
    return mode >= 1 && mode <= 8 ? names[mode] : "";
}

}  // namespace flaqes::pg
