// flaqes.analyze(intent jsonb, schemas text[]) RETURNS TABLE(id, rule, category, severity,
// table_name, columns, description, current_benefit, risk, breaking_point, alternatives,
// confidence, evidence)
#include "core/analyze/analyze.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/finding_row.hpp"
#include "pg/intent_arg.hpp"
#include "pg/result_set.hpp"
#include "pg/spi.hpp"

FLAQES_FUNCTION(flaqes_analyze) {
    using namespace flaqes;
    const Intent intent = pg::intent_arg(fcinfo, 0);
    const auto schemas = pg::text_array_arg(fcinfo, 1, "schema names");
    const SchemaGraph graph = pg::with_spi([&] { return pg::read_schema_graph(schemas, pg::Detail::lean); });
    const pg::ServerLookups lookups;
    const AnalysisContext context = analysis_context(graph, intent, &lookups);
    pg::ResultSet rows(fcinfo);
    for (const Finding& f : run_rules(context)) {
        rows.emit(pg::finding_row(f, [&](pg::ResultSet::Row& row) {
            if (f.table != 0) row.oid(f.table);
            else row.null();  // a schema-wide finding of a hygiene rule
        }));
    }
    return pg::ResultSet::done();
}
