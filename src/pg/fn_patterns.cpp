// flaqes.patterns(schemas text[]) RETURNS TABLE(table_name regclass, pattern text, columns text[],
//                                               confidence real, evidence jsonb, signals jsonb)
#include "core/patterns.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/result_set.hpp"
#include "pg/spi.hpp"

FLAQES_FUNCTION(flaqes_patterns) {
    using namespace flaqes;
    const auto schemas = pg::text_array_arg(fcinfo, 0, "schema names");
    const SchemaGraph graph = pg::with_spi([&] { return pg::read_schema_graph(schemas, pg::Detail::lean); });
    pg::ResultSet rs(fcinfo);
    for (const PatternMatch& m : detect_patterns(graph)) {
        rs.emit(pg::ResultSet::Row()
                    .oid(m.table)
                    .text(m.pattern)
                    .text_array(m.columns)
                    .real(m.confidence)
                    .jsonb(m.evidence)
                    .jsonb(signals_json(m.signals)));
    }
    return pg::ResultSet::done();
}
