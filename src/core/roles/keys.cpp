// Signals read off keys and the foreign-key graph: links, references, natural keys, the default.
#include <algorithm>

#include <fmt/format.h>

#include "core/catalog/relationships.hpp"
#include "core/roles/role_scores.hpp"

namespace flaqes {
namespace {

std::string columns_text(const std::vector<std::string>& columns) { return fmt::format("({})", name_list(columns, 8)); }

bool in_any(const std::vector<std::string>& a, const std::vector<std::string>& b, const std::string& name) {
    return std::find(a.begin(), a.end(), name) != a.end() || std::find(b.begin(), b.end(), name) != b.end();
}

}  // namespace

void junction_key(const TableFacts& f, RoleScores& s) {
    const auto pair = junction_pair(f.table);
    if (!pair) return;
    const ForeignKey& a = f.table.foreign_keys[pair->first];
    const ForeignKey& b = f.table.foreign_keys[pair->second];
    s.add(Role::junction, 5.0, "junction_key",
          fmt::format("foreign keys {} to {} and {} to {} are unique together", columns_text(a.columns), a.ref.name,
                      columns_text(b.columns), b.ref.name));
    std::vector<std::string> payload;
    for (const Column& c : f.table.columns) {
        if (!in_any(a.columns, b.columns, c.name) && !f.in_primary_key(c) && !f.is_audit_column(c)) {
            payload.push_back(c.name);
        }
    }
    if (payload.empty()) {
        s.add(Role::junction, 1.0, "links_only", "no columns besides the linked keys");
    } else if (payload.size() >= 3) {
        const std::string text = fmt::format("{} columns of its own ({})", payload.size(), name_list(payload));
        s.add(Role::junction, -3.0, "own_columns", text + ": more than a link");
        s.add(Role::entity, 1.5, "own_columns", "an association with " + text);
    }
}

void link_only(const TableFacts& f, RoleScores& s) {
    if (f.table.foreign_keys.size() != 2 || junction_pair(f.table)) return;
    for (const Column& c : f.table.columns) {
        if (!f.in_foreign_key(c) && !f.in_primary_key(c) && !f.is_audit_column(c)) return;
        // A tenant key scopes a row, it does not link it: (tenant_id, service_id) is a row of a service.
        if (f.in_foreign_key(c) && named(f.snake_of(c), {"tenant_id", "org_id", "organization_id", "organisation_id",
                                                         "workspace_id", "account_id"})) {
            return;
        }
    }
    s.add(Role::junction, 3.0, "link_only", "only two foreign keys and a surrogate key (nothing keeps a pair unique)");
}

void referenced_by_others(const TableFacts& f, RoleScores& s) {
    const auto& referrers = f.graph.referenced_by(f.table.oid);
    if (referrers.empty()) {
        // Weak: in a schema with few foreign keys every table is unreferenced. Not evidence of a
        // fact at all (facts need measures, keys and a time of their own, see fact_shape).
        const char* text = "no other table references its rows";
        s.add(Role::event_log, 0.25, "unreferenced", text);
        s.add(Role::audit_log, 0.25, "unreferenced", text);
        return;
    }
    std::vector<std::string> names;
    for (const Table* t : referrers) names.push_back(t->name.name);
    const std::string text = fmt::format("referenced by {} table{} ({})", names.size(), names.size() == 1 ? "" : "s",
                                         name_list(names));
    s.add(Role::entity, std::min(0.6 * static_cast<double>(names.size()), 2.0), "referenced_by", text);
    s.add(Role::lookup, 1.0, "referenced_by", text);
    const std::string against = text + ", which its role rarely is";
    s.add(Role::fact, -2.5, "referenced_by", against);
    s.add(Role::event_log, -1.5, "referenced_by", against);
    s.add(Role::audit_log, -2.0, "referenced_by", against);
    s.add(Role::junction, -1.5, "referenced_by", against);
    s.add(Role::queue, -1.0, "referenced_by", against);
    s.add(Role::snapshot, -1.5, "referenced_by", against);
    s.add(Role::scd2, -1.0, "referenced_by", against);
    s.add(Role::eav, -1.5, "referenced_by", against);
}

void entity_baseline(const TableFacts& f, RoleScores& s) {
    if (f.table.primary_key) {
        s.add(Role::entity, 1.0, "primary_key", "a table with a primary key: the default when nothing more specific fits");
    } else {
        s.add(Role::entity, 0.5, "no_primary_key", "no primary key");
    }
}

void natural_key(const TableFacts& f, RoleScores& s) {
    for (const KeyConstraint& k : f.table.unique_constraints) {
        const bool only_references = std::all_of(k.columns.begin(), k.columns.end(), [&](const std::string& c) {
            return f.in_foreign_key(*f.table.column(c));
        });
        if (only_references) continue;
        s.add(Role::entity, 0.5, "natural_key", fmt::format("a unique key ({}) besides the primary key", name_list(k.columns, 8)));
        return;
    }
    for (const Column& c : f.table.columns) {
        if (!is_textual(c) || f.in_primary_key(c) || !columns_are_unique(f.table, {c.name})) continue;
        s.add(Role::entity, 0.5, "natural_key", fmt::format("a unique key ({}) besides the primary key", c.name));
        return;
    }
}

}  // namespace flaqes
