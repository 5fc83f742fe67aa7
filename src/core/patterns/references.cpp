// Patterns of references and keys: polymorphic references and exclusive arcs, trees, tenant
// keys, time partitioning, and the three-identifier convention.
#include <algorithm>

#include "core/patterns/detectors.hpp"
#include "core/catalog/relationships.hpp"

namespace flaqes {
namespace {

const char* const tenant_words[] = {"tenant_id", "org_id", "organization_id", "organisation_id", "workspace_id",
                                    "tenant"};

const Column* tenant_column(const TableFacts& f) {
    for (const char* w : tenant_words) {
        if (const Column* c = f.column_named({w})) return c;
    }
    return nullptr;
}

bool leads_a_key(const Table& t, const std::string& column) {
    if (t.primary_key && !t.primary_key->columns.empty() && t.primary_key->columns[0] == column) return true;
    return std::any_of(t.indexes.begin(), t.indexes.end(),
                       [&](const Index& ix) { return !ix.keys.empty() && ix.keys[0].column == column; });
}

}  // namespace

void polymorphic_association(const TableFacts& f, Matches& out) {
    for (const PolymorphicPair& p : f.polymorphic_pairs()) {
        const Column* type = f.table.column(p.type_column);
        const bool constrained = type->type_category == 'E' ||
                                 std::any_of(f.table.check_constraints.begin(), f.table.check_constraints.end(),
                                             [&](const CheckConstraint& c) {
                                                 return c.columns == std::vector<std::string>{p.type_column};
                                             });
        out.push_back(pattern_match(
            f, "polymorphic_association", {p.type_column, p.id_column}, constrained ? 0.9 : 0.8,
            evidence_of({{"type_column", text(p.type_column)},
                         {"id_column", text(p.id_column)},
                         {"foreign_key", json::Value::boolean(false)},
                         {"kinds_constrained", json::Value::boolean(constrained)},
                         {"n_distinct", type->n_distinct ? json::Value::number(*type->n_distinct) : json::Value()}})));
    }
}

void exclusive_arc(const TableFacts& f, Matches& out) {
    std::vector<std::string> nullable_refs;
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.columns.size() == 1 && !f.table.column(fk.columns[0])->not_null) nullable_refs.push_back(fk.columns[0]);
    }
    if (nullable_refs.size() < 2) return;
    for (const CheckConstraint& c : f.table.check_constraints) {
        std::vector<std::string> arc;
        for (const std::string& r : nullable_refs) {
            if (std::find(c.columns.begin(), c.columns.end(), r) != c.columns.end()) arc.push_back(r);
        }
        const bool one_of = c.expression.find("num_nonnulls") != std::string::npos ||
                            c.expression.find("num_nulls") != std::string::npos ||
                            c.expression.find("IS NOT NULL") != std::string::npos;
        if (arc.size() < 2 || !one_of) continue;
        out.push_back(pattern_match(f, "exclusive_arc", arc, 0.85,
                                    evidence_of({{"check", text(c.name)}, {"expression", text(c.expression)}})));
        return;
    }
}

void adjacency_tree(const TableFacts& f, Matches& out) {
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.ref_oid != f.table.oid) continue;
        const bool roots = std::any_of(fk.columns.begin(), fk.columns.end(),
                                       [&](const std::string& c) { return !f.table.column(c)->not_null; });
        out.push_back(pattern_match(f, "adjacency_tree", fk.columns, roots ? 0.9 : 0.75,
                                    evidence_of({{"foreign_key", text(fk.name)},
                                                 {"references", texts(fk.ref_columns)},
                                                 {"roots_nullable", json::Value::boolean(roots)},
                                                 {"on_delete", text(fk_action_name(fk.on_delete))}})));
    }
}

// ancestor/descendant pairs of one other table, usually with a depth.
void closure_table(const TableFacts& f, Matches& out) {
    const auto& fks = f.table.foreign_keys;
    for (std::size_t i = 0; i < fks.size(); ++i) {
        for (std::size_t j = i + 1; j < fks.size(); ++j) {
            if (fks[i].ref_oid != fks[j].ref_oid || fks[i].ref_oid == f.table.oid) continue;
            const Column* depth = f.column_named({"depth", "distance", "level", "path_length", "generations"});
            const bool ancestry = f.column_named({"ancestor_id", "ancestor", "parent_id"}) != nullptr &&
                                  f.column_named({"descendant_id", "descendant", "child_id"}) != nullptr;
            if (depth == nullptr && !ancestry) continue;
            std::vector<std::string> columns = {fks[i].columns[0], fks[j].columns[0]};
            if (depth != nullptr) columns.push_back(depth->name);
            out.push_back(pattern_match(f, "closure_table", columns, depth && ancestry ? 0.9 : 0.65,
                                        evidence_of({{"tree", text(fks[i].ref.name)},
                                                     {"depth", depth ? text(depth->name) : json::Value()}})));
            return;
        }
    }
}

void multi_tenant(const TableFacts& f, Matches& out) {
    const Column* tenant = tenant_column(f);
    if (tenant == nullptr) return;
    const bool referenced = f.in_foreign_key(*tenant);
    const bool leads = leads_a_key(f.table, tenant->name);
    const std::int64_t sharing = f.graph.tables_with_column(tenant->name);
    double confidence = 0.5 + (tenant->not_null ? 0.1 : 0.0) + (referenced ? 0.15 : 0.0) + (leads ? 0.1 : 0.0) +
                        (sharing >= 3 ? 0.1 : 0.0);
    out.push_back(pattern_match(f, "multi_tenant", {tenant->name}, confidence,
                                evidence_of({{"not_null", json::Value::boolean(tenant->not_null)},
                                             {"foreign_key", json::Value::boolean(referenced)},
                                             {"leads_key_or_index", json::Value::boolean(leads)},
                                             {"tables_with_column", json::Value::integer(sharing)}})));
}

void time_partitioning(const TableFacts& f, Matches& out) {
    if (f.table.kind != RelKind::partitioned_table || f.table.partition_strategy != std::string("range") ||
        !f.table.partition_key) {
        return;
    }
    std::vector<std::string> columns;
    for (const Column& c : f.table.columns) {
        if (is_temporal(c) && f.table.partition_key->find(c.name) != std::string::npos) columns.push_back(c.name);
    }
    if (columns.empty()) return;
    const std::int64_t partitions = f.graph.partition_count(f.table.oid);
    out.push_back(pattern_match(f, "time_partitioning", columns, 0.95,
                                evidence_of({{"strategy", text("range")},
                                             {"key", text(*f.table.partition_key)},
                                             {"partitions", json::Value::integer(partitions)}})));
}

// An internal integer key pk_*, a public id uuid and a human identifier, each unique.
void trinity_identifiers(const TableFacts& f, Matches& out) {
    if (!f.table.primary_key || f.table.primary_key->columns.size() != 1) return;
    const Column* internal = f.table.column(f.table.primary_key->columns[0]);
    if (internal == nullptr || !is_integer(*internal) || !starts_with(f.snake_of(*internal), "pk")) return;
    const Column* id = f.column_named({"id"});
    const Column* identifier = f.column_named({"identifier"});
    if (id == nullptr || identifier == nullptr || id->type != "uuid" || !is_textual(*identifier)) return;
    if (!columns_are_unique(f.table, {id->name}) || !columns_are_unique(f.table, {identifier->name})) return;
    out.push_back(pattern_match(f, "trinity_identifiers", {internal->name, id->name, identifier->name}, 0.95,
                                evidence_of({{"internal_key", text(internal->name)},
                                             {"public_id", text(id->name)},
                                             {"identifier", text(identifier->name)}})));
}

}  // namespace flaqes
