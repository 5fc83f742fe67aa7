// flaqes.check(intent jsonb, fail_on text, schemas text[]) RETURNS text: flaqes.analyze as a CI
// gate (core/analyze/gate.hpp). The intent's display controls and ignore list apply, so a team
// accepts a finding by naming it in the intent.
#include "core/analyze/analyze.hpp"
#include "core/analyze/gate.hpp"
#include "core/error.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/intent_arg.hpp"
#include "pg/spi.hpp"

FLAQES_FUNCTION(flaqes_check) {
    using namespace flaqes;
    const Intent intent = pg::intent_arg(fcinfo, 0);
    const auto fail_on_text = pg::text_arg(fcinfo, 1);
    if (!fail_on_text) {
        throw Error(sqlstate::null_value_not_allowed, "fail_on must not be null", {},
                    "Pass info, warning or critical (the default).");
    }
    const Severity fail_on = parse_fail_on(*fail_on_text);
    const auto schemas = pg::text_array_arg(fcinfo, 2, "schema names");
    const SchemaGraph graph = pg::with_spi([&] { return pg::read_schema_graph(schemas, pg::Detail::lean); });
    const pg::ServerLookups lookups;
    const AnalysisContext context = analysis_context(graph, intent, &lookups);
    std::vector<GateItem> items;
    for (Finding& f : run_rules(context)) {
        const Table* table = graph.table(f.table);
        items.push_back({f.severity, std::move(f.id), table != nullptr ? table->name.sql() : std::string(),
                         std::move(f.description)});
    }
    return pg::text_datum(enforce_gate(items, fail_on));
}
