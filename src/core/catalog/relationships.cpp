#include "core/catalog/relationships.hpp"

#include <algorithm>

namespace flaqes {
namespace {

std::vector<std::string> sorted(std::vector<std::string> names) {
    std::sort(names.begin(), names.end());
    return names;
}

bool same_set(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() == b.size() && sorted(a) == sorted(b);
}

bool any_nullable(const Table& table, const std::vector<std::string>& columns) {
    return std::any_of(columns.begin(), columns.end(), [&](const std::string& name) {
        const Column* c = table.column(name);
        return c != nullptr && !c->not_null;
    });
}

}  // namespace

const char* cardinality_name(Cardinality cardinality) {
    switch (cardinality) {
        case Cardinality::many_to_one: return "many_to_one";
        case Cardinality::one_to_one: return "one_to_one";
        case Cardinality::many_to_many: return "many_to_many";
    }
    return "many_to_one";
}

bool columns_are_unique(const Table& table, const std::vector<std::string>& columns) {
    if (table.primary_key && same_set(table.primary_key->columns, columns)) return true;
    for (const KeyConstraint& k : table.unique_constraints) {
        if (same_set(k.columns, columns)) return true;
    }
    for (const Index& ix : table.indexes) {
        if (!ix.unique || !ix.valid || ix.predicate) continue;
        std::vector<std::string> key_columns;
        for (const IndexKey& k : ix.keys) {
            if (k.column.empty()) break;
            key_columns.push_back(k.column);
        }
        if (key_columns.size() == ix.keys.size() && same_set(key_columns, columns)) return true;
    }
    return false;
}

bool columns_in_primary_key(const Table& table, const std::vector<std::string>& columns) {
    if (!table.primary_key || columns.empty()) return false;
    const auto& pk = table.primary_key->columns;
    return std::all_of(columns.begin(), columns.end(),
                       [&](const std::string& c) { return std::find(pk.begin(), pk.end(), c) != pk.end(); });
}

std::optional<std::pair<std::size_t, std::size_t>> junction_pair(const Table& table) {
    const auto& fks = table.foreign_keys;
    for (std::size_t i = 0; i < fks.size(); ++i) {
        for (std::size_t j = i + 1; j < fks.size(); ++j) {
            // Tenant-scoped keys share their scope column: (tenant_id, task_id) and (tenant_id,
            // label_id) link the pair (tenant_id, task_id, label_id). Each must add a column of its own.
            std::vector<std::string> both = fks[i].columns;
            for (const std::string& c : fks[j].columns) {
                if (std::find(both.begin(), both.end(), c) == both.end()) both.push_back(c);
            }
            if (both.size() == fks[i].columns.size() || both.size() == fks[j].columns.size()) continue;
            if (columns_are_unique(table, both)) return std::make_pair(i, j);
        }
    }
    return std::nullopt;
}

std::vector<Relationship> derive_relationships(const SchemaGraph& graph) {
    std::vector<Relationship> edges;
    for (const Table& t : graph.tables) {
        for (const ForeignKey& fk : t.foreign_keys) {
            Relationship r;
            r.from_oid = t.oid;
            r.from = t.name;
            r.to_oid = fk.ref_oid;
            r.to = fk.ref;
            r.constraint = fk.name;
            r.columns = fk.columns;
            r.referenced_columns = fk.ref_columns;
            r.cardinality = columns_are_unique(t, fk.columns) ? Cardinality::one_to_one : Cardinality::many_to_one;
            r.identifying = columns_in_primary_key(t, fk.columns);
            r.optional = any_nullable(t, fk.columns);
            edges.push_back(std::move(r));
        }
    }
    for (const Table& t : graph.tables) {
        const auto pair = junction_pair(t);
        if (!pair) continue;
        const ForeignKey& left = t.foreign_keys[pair->first];
        const ForeignKey& right = t.foreign_keys[pair->second];
        Relationship r;
        r.from_oid = left.ref_oid;
        r.from = left.ref;
        r.to_oid = right.ref_oid;
        r.to = right.ref;
        r.constraint = left.name;
        r.columns = left.ref_columns;
        r.referenced_columns = right.ref_columns;
        r.cardinality = Cardinality::many_to_many;
        r.via = t.name;
        r.via_oid = t.oid;
        edges.push_back(std::move(r));
    }
    return edges;
}

}  // namespace flaqes
