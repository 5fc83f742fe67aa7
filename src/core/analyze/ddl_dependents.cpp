#include "core/analyze/ddl_dependents.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include <fmt/format.h>

namespace flaqes::ddl {
namespace {

bool uses_any(const DependentObject& d, const std::vector<ColumnUse>& changed) {
    return std::any_of(d.uses.begin(), d.uses.end(), [&](const ColumnUse& u) {
        return std::any_of(changed.begin(), changed.end(),
                           [&](const ColumnUse& c) { return c.relation == u.relation && c.attnum == u.attnum; });
    });
}

std::string drop_statement(const DependentObject& d) {
    switch (d.kind) {
        case DependentKind::view: return fmt::format("DROP VIEW {};", d.name.sql());
        case DependentKind::materialized_view: return fmt::format("DROP MATERIALIZED VIEW {};", d.name.sql());
        case DependentKind::trigger: return fmt::format("DROP TRIGGER {} ON {};", quote_ident(d.name.name), d.table.sql());
    }
    return "";
}

// pg_get_viewdef ends with ";" and may begin with a space.
std::string query_of(std::string definition) {
    while (!definition.empty() && (definition.back() == ';' || definition.back() == ' ' || definition.back() == '\n')) {
        definition.pop_back();
    }
    const auto start = definition.find_first_not_of(" \n");
    return start == std::string::npos ? "" : definition.substr(start);
}

std::string create_statement(const DependentObject& d, const DefinitionRewrite& rewrite) {
    const std::string definition = rewrite ? rewrite(d.definition) : d.definition;
    const std::string options = d.options && !d.options->empty() ? fmt::format(" WITH ({})", *d.options) : "";
    switch (d.kind) {
        case DependentKind::view:
            return fmt::format("CREATE VIEW {}{} AS\n{};", d.name.sql(), options, query_of(definition));
        case DependentKind::materialized_view:
            return fmt::format("CREATE MATERIALIZED VIEW {}{} AS\n{};", d.name.sql(), options, query_of(definition));
        case DependentKind::trigger: return definition + ";";
    }
    return "";
}

}  // namespace

std::vector<const DependentObject*> dependents_using(const SchemaGraph& graph, const std::vector<ColumnUse>& changed) {
    // Depth: 0 for what uses the columns directly, one more than the deepest view it uses otherwise.
    std::map<const DependentObject*, int> depth;
    std::vector<const DependentObject*> work;
    for (const ColumnUse& c : changed) {
        for (const DependentObject* d : graph.dependents_of(c.relation)) {
            if (depth.count(d) == 0 && uses_any(*d, {c})) {
                depth[d] = 0;
                work.push_back(d);
            }
        }
    }
    while (!work.empty()) {
        const DependentObject* view = work.back();
        work.pop_back();
        if (view->kind == DependentKind::trigger) continue;
        for (const DependentObject* d : graph.dependents_of(view->oid)) {
            const auto it = depth.find(d);
            if (it != depth.end() && it->second > depth[view]) continue;  // already placed after it
            depth[d] = depth[view] + 1;
            work.push_back(d);
        }
    }
    std::vector<const DependentObject*> ordered;
    for (const auto& entry : depth) ordered.push_back(entry.first);
    std::sort(ordered.begin(), ordered.end(), [&](const DependentObject* a, const DependentObject* b) {
        return std::make_tuple(depth[a], a->name.schema, a->name.name, a->oid) <
               std::make_tuple(depth[b], b->name.schema, b->name.name, b->oid);
    });
    return ordered;
}

void rebuild_dependents(const SchemaGraph& graph, const std::vector<ColumnUse>& changed, Alternative& alternative,
                        const DefinitionRewrite& rewrite) {
    const std::vector<const DependentObject*> dependents = dependents_using(graph, changed);
    if (dependents.empty() || !alternative.example_ddl) return;
    std::string drops;
    std::string creates;
    std::vector<std::string> names;
    for (auto it = dependents.rbegin(); it != dependents.rend(); ++it) drops += drop_statement(**it) + "\n";
    for (const DependentObject* d : dependents) {
        creates += "\n" + create_statement(*d, rewrite);
        names.push_back(fmt::format("{} {}", d->kind == DependentKind::materialized_view ? "materialized view"
                                             : d->kind == DependentKind::trigger         ? "trigger"
                                                                                         : "view",
                                    d->kind == DependentKind::trigger ? quote_ident(d->name.name) + " on " + d->table.sql()
                                                                      : d->name.sql()));
    }
    alternative.example_ddl = drops + *alternative.example_ddl + creates;
    alternative.trade_off += fmt::format(
        " The column is used by {}: the script drops and re-creates {} (grants, comments, and indexes or "
        "triggers of those views are not restored; a materialized view is filled again).",
        fmt::join(names, ", "), dependents.size() == 1 ? "it" : "them");
}

}  // namespace flaqes::ddl
