// Facts about indexes and keys that several rules ask: which index serves a foreign key, how two
// index keys compare. (Column kinds and name words live in core/table_facts.hpp.)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// Same column or expression, operator class, collation and ordering.
bool same_index_key(const IndexKey& a, const IndexKey& b);

// The key columns of an index by name; an expression key shows as its expression text.
std::vector<std::string> index_key_names(const Index& index);

bool backs_constraint(const Index& index);

// A valid index (any method but BRIN) whose leading keys are exactly `columns`, in
// any order: what a foreign key needs for its checks and joins.
// A partial index counts when its predicate only requires those columns to be NOT NULL.
const Index* index_leading_with(const Table& table, const std::vector<std::string>& columns);

// The largest value of an integer type by name (smallint, integer, bigint); nullopt otherwise.
std::optional<std::int64_t> integer_type_max(const std::string& type);

}  // namespace flaqes
