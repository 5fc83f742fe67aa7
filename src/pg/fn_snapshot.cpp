// flaqes.snapshot(schemas text[]) RETURNS jsonb, and
// flaqes.analyze_snapshot(snapshot jsonb, intent jsonb) RETURNS TABLE(id, rule, category,
// severity, table_name text, columns, description, current_benefit, risk, breaking_point,
// alternatives, confidence, evidence): flaqes.analyze on a snapshot instead of the live catalog.
#include "core/analyze/analyze.hpp"
#include "pg/boundary.hpp"
#include "pg/datum.hpp"
#include "pg/finding_row.hpp"
#include "pg/intent_arg.hpp"
#include "pg/result_set.hpp"
#include "pg/snapshot_source.hpp"
#include "pg/spi.hpp"

FLAQES_FUNCTION(flaqes_snapshot) {
    using namespace flaqes;
    const auto schemas = pg::text_array_arg(fcinfo, 0, "schema names");
    return pg::jsonb_datum(pg::with_spi([&] { return pg::take_snapshot(schemas); }));
}

FLAQES_FUNCTION(flaqes_analyze_snapshot) {
    using namespace flaqes;
    const CatalogSnapshot snapshot = pg::snapshot_arg(fcinfo, 0, "snapshot");
    const Intent intent = pg::intent_arg(fcinfo, 1);
    const AnalysisContext context = analysis_context(snapshot.graph, intent);
    pg::ResultSet rows(fcinfo);
    for (const Finding& f : run_rules(context)) {
        // The snapshot's oids are those of the server it was taken on: the table goes by name.
        const Table* table = snapshot.graph.table(f.table);
        rows.emit(pg::finding_row(f, [&](pg::ResultSet::Row& row) {
            row.text(table != nullptr ? std::optional<std::string>(table->name.sql()) : std::nullopt);
        }));
    }
    return pg::ResultSet::done();
}
