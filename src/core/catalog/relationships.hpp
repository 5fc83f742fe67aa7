// Foreign keys seen as edges between tables, and many-to-many edges through junction tables.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

enum class Cardinality { many_to_one, one_to_one, many_to_many };
const char* cardinality_name(Cardinality cardinality);

struct Relationship {
    Oid from_oid = 0;
    QualifiedName from;
    Oid to_oid = 0;
    QualifiedName to;
    std::string constraint;  // the FK (for many_to_many: the junction's FK to `from`)
    std::vector<std::string> columns;
    std::vector<std::string> referenced_columns;
    Cardinality cardinality = Cardinality::many_to_one;
    bool identifying = false;  // FK columns are part of the primary key
    bool optional = false;     // some FK column is nullable
    std::optional<QualifiedName> via;  // the junction table of a many_to_many edge
    Oid via_oid = 0;
};

// True when the columns (as a set) carry a uniqueness guarantee: the primary key, a unique
// constraint, or a valid, non-partial unique index on exactly those columns.
bool columns_are_unique(const Table& table, const std::vector<std::string>& columns);

// True when every column is in the primary key.
bool columns_in_primary_key(const Table& table, const std::vector<std::string>& columns);

// Two foreign keys whose columns together (a shared scope column such as tenant_id counted once)
// are the primary key or a unique key of the table:
// the indexes into table.foreign_keys, or nullopt when the table links no pair that way.
std::optional<std::pair<std::size_t, std::size_t>> junction_pair(const Table& table);

// One edge per foreign key of the graph's tables, then one many_to_many edge per junction.
std::vector<Relationship> derive_relationships(const SchemaGraph& graph);

}  // namespace flaqes
