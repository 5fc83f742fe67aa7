// flaqes.diff(before jsonb, after jsonb, intent jsonb) RETURNS TABLE(change, object_type, object,
// table_name, attribute, before, after, rule): what changed between two snapshots (after NULL:
// the live schemas the before snapshot covers) and, with an intent, the tensions that changed.
#include <fmt/format.h>

#include "core/analyze/analyze.hpp"
#include "core/error.hpp"
#include "core/migration/schema_diff.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/intent_arg.hpp"
#include "pg/result_set.hpp"
#include "pg/snapshot_source.hpp"
#include "pg/spi.hpp"

namespace {

// Snapshots of different schema lists would show every table outside the common part as added
// or removed: refused rather than reported.
void same_scope(const flaqes::SnapshotHeader& before, const flaqes::SnapshotHeader& after) {
    if (before.schemas == after.schemas) return;
    const auto text = [](const flaqes::SnapshotHeader& h) {
        std::string out;
        for (const std::string& s : h.schemas.value_or(std::vector<std::string>{})) out += (out.empty() ? "" : ", ") + s;
        return h.schemas ? "{" + out + "}" : std::string("all user schemas");
    };
    throw flaqes::Error(flaqes::sqlstate::invalid_parameter_value, "before and after cover different schemas",
                        fmt::format("before: {}; after: {}.", text(before), text(after)),
                        "Take both snapshots with the same schemas argument of flaqes.snapshot().");
}

std::vector<flaqes::Finding> findings_of(const flaqes::SchemaGraph& graph, const flaqes::Intent& intent) {
    return flaqes::run_rules(flaqes::analysis_context(graph, intent));
}

}  // namespace

FLAQES_FUNCTION(flaqes_diff) {
    using namespace flaqes;
    const CatalogSnapshot before = pg::snapshot_arg(fcinfo, 0, "before");
    SchemaGraph after;
    if (PG_ARGISNULL(1)) {
        after = pg::with_spi([&] { return pg::read_schema_graph(before.header.schemas, pg::Detail::full); });
    } else {
        CatalogSnapshot snapshot = pg::snapshot_arg(fcinfo, 1, "after");
        same_scope(before.header, snapshot.header);
        after = std::move(snapshot.graph);
    }
    std::vector<SchemaChange> changes = diff_schemas(before.graph, after);
    if (!PG_ARGISNULL(2)) {
        const Intent intent = pg::intent_arg(fcinfo, 2);
        for (SchemaChange& c : diff_findings(findings_of(before.graph, intent), before.graph,
                                             findings_of(after, intent), after)) {
            changes.push_back(std::move(c));
        }
    }
    pg::ResultSet rows(fcinfo);
    for (const SchemaChange& c : changes) {
        rows.emit(pg::ResultSet::Row()
                      .text(c.change)
                      .text(c.object_type)
                      .text(c.object)
                      .text(c.table.empty() ? std::nullopt : std::optional<std::string>(c.table))
                      .text(c.attribute.empty() ? std::nullopt : std::optional<std::string>(c.attribute))
                      .text(c.before)
                      .text(c.after)
                      .text(c.rule.empty() ? std::nullopt : std::optional<std::string>(c.rule)));
    }
    return pg::ResultSet::done();
}
