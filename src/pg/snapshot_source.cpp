#include "pg/snapshot_source.hpp"

#include "core/error.hpp"
#include "core/catalog/schema_graph_builder.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/spi.hpp"

namespace flaqes::pg {
namespace {

constexpr const char* header_query = R"SQL(
SELECT pg_catalog.current_setting('server_version'),
       pg_catalog.current_setting('server_version_num')::pg_catalog.int8,
       pg_catalog.current_database()::pg_catalog.text,
       pg_catalog.to_char(pg_catalog.now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
       (SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'flaqes')
)SQL";

// $1: relation oids. A partitioned table's sizes are those of its partitions, summed.
constexpr const char* sizes_query = R"SQL(
SELECT c.oid, s.table_bytes, s.index_bytes, s.total_bytes
FROM unnest($1::oid[]) AS r(oid)
JOIN pg_class c ON c.oid = r.oid
CROSS JOIN LATERAL (
  SELECT sum(pg_table_size(x.relid))::bigint AS table_bytes, sum(pg_indexes_size(x.relid))::bigint AS index_bytes,
         sum(pg_total_relation_size(x.relid))::bigint AS total_bytes
  FROM (SELECT t.relid FROM pg_partition_tree(c.oid) AS t WHERE c.relkind = 'p' AND t.isleaf
        UNION ALL SELECT c.oid WHERE c.relkind <> 'p') AS x(relid)) s
WHERE c.relkind IN ('r', 'p', 'm')
ORDER BY c.oid
)SQL";

}  // namespace

json::Value take_snapshot(const std::optional<std::vector<std::string>>& schemas) {
    CatalogCapture capture;
    const SchemaGraph graph = read_schema_graph(schemas, Detail::full, &capture);
    SnapshotHeader header;
    header.schemas = schemas;
    spi_query_rows(header_query, {}, [&](const CatalogRow& row) {
        const RowReader r(row);
        header.server_version = r.str(0);
        header.server_version_num = r.int64(1);
        header.database = r.str(2);
        header.taken_at = r.str(3);
        header.flaqes_version = r.str(4);
    });
    std::vector<Oid> oids;
    for (const Table& t : graph.tables) oids.push_back(t.oid);
    std::vector<RelationSize> sizes;
    spi_query_rows(sizes_query, {oid_array_literal(oids)}, [&](const CatalogRow& row) {
        const RowReader r(row);
        sizes.push_back(RelationSize{r.oid(0), r.opt_int64(1), r.opt_int64(2), r.opt_int64(3)});
    });
    return snapshot_document(header, capture, graph, sizes);
}

CatalogSnapshot snapshot_arg(FunctionCallInfo fcinfo, int argno, const char* name) {
    const auto text = jsonb_arg_text(fcinfo, argno);
    if (!text) {
        throw Error(sqlstate::null_value_not_allowed, fmt::format("{} must not be NULL", name),
                    "A snapshot is the catalog model as flaqes.snapshot() returns it.",
                    "Pass the document flaqes.snapshot() returned.");
    }
    return read_snapshot(json::parse(*text), name);
}

}  // namespace flaqes::pg
