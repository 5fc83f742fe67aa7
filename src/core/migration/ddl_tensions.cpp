#include "core/migration/ddl_tensions.hpp"

#include <unordered_map>

#include <fmt/format.h>

#include "core/migration/schema_diff.hpp"

namespace flaqes {

std::vector<DdlReviewRow> tension_rows(const std::vector<Finding>& before, const SchemaGraph& before_graph,
                                       const std::vector<Finding>& after, const SchemaGraph& after_graph,
                                       const std::function<StatementRef(Oid)>& statement_of) {
    std::unordered_map<std::string, const Finding*> old_by_id, new_by_id;
    for (const Finding& f : before) old_by_id.emplace(f.id, &f);
    for (const Finding& f : after) new_by_id.emplace(f.id, &f);
    std::vector<DdlReviewRow> rows;
    for (const SchemaChange& c : diff_findings(before, before_graph, after, after_graph)) {
        const bool resolved = c.change == "resolved";
        const Finding& f = *(resolved ? old_by_id : new_by_id).at(c.object);
        const StatementRef statement = statement_of(f.table);
        DdlReviewRow row;
        row.line = statement.line;
        row.statement = statement.text;
        row.kind = "tension";
        row.rule = f.rule;
        row.severity = f.severity;
        row.table_name = c.table;
        row.change = c.change;
        row.id = f.id;
        row.description = c.change == "changed"
                              ? fmt::format("Severity {} -> {} after the migration: {}", c.before.value_or(""),
                                            c.after.value_or(""), f.description)
                              : f.description;
        row.alternatives = f.alternatives;
        if (c.change == "changed") row.previous_severity = old_by_id.at(c.object)->severity;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace flaqes
