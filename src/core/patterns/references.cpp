// Patterns of references and keys: polymorphic references and exclusive arcs, trees, tenant
// keys, time partitioning, and the three-identifier convention.
#include <algorithm>
#include <map>

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
            f, "polymorphic_association", {p.type_column, p.id_column},
            Signals()
                .add("type_and_id", 0.8, p.type_column + " and " + p.id_column + " name a row with no foreign key")
                .add_if(constrained, "kinds_constrained", 0.1, "the kinds are an enum or checked"),
            evidence_of({{"type_column", text(p.type_column)},
                         {"id_column", text(p.id_column)},
                         {"foreign_key", json::Value::boolean(false)},
                         {"kinds_constrained", json::Value::boolean(constrained)},
                         {"n_distinct", type->n_distinct ? json::Value::number(*type->n_distinct) : json::Value()}})));
    }
}

// Several nullable references of which one is meant to be set: with the CHECK that says so, or
// without it, when the references point at different tables and their names say they are
// alternatives (target_*, owner_*, subject_*) or nothing else in the row refers to anything.
void exclusive_arc(const TableFacts& f, Matches& out) {
    std::vector<std::string> nullable_refs;
    std::vector<Oid> targets;
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.columns.size() != 1 || f.table.column(fk.columns[0])->not_null || fk.ref_oid == f.table.oid) continue;
        nullable_refs.push_back(fk.columns[0]);
        if (std::find(targets.begin(), targets.end(), fk.ref_oid) == targets.end()) targets.push_back(fk.ref_oid);
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
        out.push_back(pattern_match(f, "exclusive_arc", arc,
                                    Signals().add("nullable_references", 0.45, "several nullable references")
                                        .add("one_of_check", 0.4, "CHECK " + c.name + " sets exactly one"),
                                    evidence_of({{"check", text(c.name)}, {"expression", text(c.expression)}})));
        return;
    }
    // Without the CHECK: a shared prefix (target_post_id, target_comment_id) says the columns
    // are alternatives for one role; unrelated optional references (manager_id, mentor_id) are not.
    std::map<std::string, std::vector<std::string>> by_prefix;
    for (const std::string& r : nullable_refs) {
        const std::string& n = f.snake_of(*f.table.column(r));
        if (n.find('_') != std::string::npos) by_prefix[n.substr(0, n.find('_') + 1)].push_back(r);
    }
    std::string prefix;
    std::vector<std::string> arc;
    for (const auto& [p, columns] : by_prefix) {
        if (columns.size() > arc.size()) {
            prefix = p;
            arc = columns;
        }
    }
    if (prefix.size() < 3 || arc.size() < 3 || targets.size() < 3) return;
    out.push_back(pattern_match(f, "exclusive_arc", arc,
                                Signals()
                                    .add("nullable_references", 0.45,
                                         std::to_string(arc.size()) + " nullable references to different tables")
                                    .add("shared_prefix", 0.15, "their names share the prefix " + prefix)
                                    .add("no_check", -0.05, "no CHECK says exactly one is set"),
                                evidence_of({{"check", json::Value()}, {"prefix", text(prefix)}})));
}

void adjacency_tree(const TableFacts& f, Matches& out) {
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.ref_oid != f.table.oid) continue;
        const bool roots = std::any_of(fk.columns.begin(), fk.columns.end(),
                                       [&](const std::string& c) { return !f.table.column(c)->not_null; });
        out.push_back(pattern_match(f, "adjacency_tree", fk.columns,
                                    Signals()
                                        .add("self_reference", 0.75, "foreign key " + fk.name + " to the table itself")
                                        .add_if(roots, "nullable_roots", 0.15, "roots have no parent"),
                                    evidence_of({{"foreign_key", text(fk.name)},
                                                 {"references", texts(fk.ref_columns)},
                                                 {"roots_nullable", json::Value::boolean(roots)},
                                                 {"on_delete", text(fk_action_name(fk.on_delete))}})));
    }
}

// parent_id of the table's own key type with no foreign key: a tree the database does not check.
void adjacency_tree_unchecked(const TableFacts& f, Matches& out) {
    const Column* parent = f.column_named({"parent_id", "parent", "parent_uuid", "parent_key"});
    if (parent == nullptr || f.in_foreign_key(*parent) || !f.table.primary_key ||
        f.table.primary_key->columns.size() != 1) {
        return;
    }
    const Column* key = f.table.column(f.table.primary_key->columns[0]);
    if (key == nullptr || key->type_oid != parent->type_oid) return;
    out.push_back(pattern_match(f, "adjacency_tree", {parent->name},
                                Signals()
                                    .add("parent_column", 0.6, parent->name + " has the type of the key " + key->name)
                                    .add_if(!parent->not_null, "nullable_roots", 0.1, "roots have no parent")
                                    .add("no_foreign_key", -0.05, "no foreign key keeps parents existing"),
                                evidence_of({{"foreign_key", json::Value()},
                                             {"references", texts({key->name})},
                                             {"roots_nullable", json::Value::boolean(!parent->not_null)}})));
}

// The path from the root in each row: path text (/1/4/9/) or ltree, often with a prefix index.
void materialized_path(const TableFacts& f, Matches& out) {
    const Column* path = f.column_named({"path", "tree_path", "materialized_path", "lineage", "ancestry", "node_path",
                                         "ltree_path", "hierarchy_path"});
    if (path == nullptr) return;
    const bool ltree = path->type == "ltree";
    if (!ltree && !is_textual(*path) && path->type_category != 'A') return;
    const bool indexed = std::any_of(f.table.indexes.begin(), f.table.indexes.end(), [&](const Index& ix) {
        return !ix.keys.empty() && ix.keys[0].column == path->name;
    });
    // A file path or URL path of a document is not a tree: it needs a tree beside it.
    const bool tree_context = ltree || f.column_named({"depth", "level", "parent_id", "parent"}) != nullptr;
    if (!tree_context) return;
    out.push_back(pattern_match(f, "materialized_path", {path->name},
                                Signals()
                                    .add_if(ltree, "ltree_column", 0.85, path->name + " is an ltree")
                                    .add_if(!ltree, "path_column", 0.6, path->name + " beside a depth or parent")
                                    .add_if(indexed, "path_index", 0.1, "an index leads with it"),
                                evidence_of({{"path", text(path->name)}, {"type", text(path->type)}})));
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
            out.push_back(pattern_match(f, "closure_table", columns,
                                        Signals()
                                            .add("two_references", 0.5, "two references to " + fks[i].ref.name)
                                            .add_if(depth != nullptr, "depth_column", 0.15, "a depth column")
                                            .add_if(ancestry, "ancestry_names", 0.15, "ancestor and descendant columns")
                                            .add_if(depth && ancestry, "both", 0.1, "both"),
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
    out.push_back(pattern_match(f, "multi_tenant", {tenant->name},
                                Signals()
                                    .add("tenant_column", 0.5, tenant->name + " names a tenant")
                                    .add_if(tenant->not_null, "not_null", 0.1, "every row has a tenant")
                                    .add_if(referenced, "foreign_key", 0.15, "a foreign key to the tenants")
                                    .add_if(leads, "leads_key", 0.1, "it leads a key or an index")
                                    .add_if(sharing >= 3, "shared_column", 0.1,
                                            std::to_string(sharing) + " tables have the column"),
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
    out.push_back(pattern_match(f, "time_partitioning", columns,
                                Signals().add("range_on_time", 0.95, "partitioned by range of a time column"),
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
    out.push_back(pattern_match(f, "trinity_identifiers", {internal->name, id->name, identifier->name},
                                Signals().add("three_identifiers", 0.95,
                                              "an internal key, a public uuid and a human identifier, each unique"),
                                evidence_of({{"internal_key", text(internal->name)},
                                             {"public_id", text(id->name)},
                                             {"identifier", text(identifier->name)}})));
}

}  // namespace flaqes
