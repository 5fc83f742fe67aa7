// What makes rows of a table unique: keys, and the uniqueness we do not build values for.
#pragma once

#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes::seed {

// The primary key, unique constraints and unique indexes on plain columns (partial ones too),
// each as its column names.
std::vector<std::vector<std::string>> unique_keys(const Table& table);

// The name of the constraint (or unique index) of one of unique_keys(table), for messages.
std::string unique_key_name(const Table& table, const std::vector<std::string>& key);

// Exclusion constraints or unique indexes on expressions: rows may collide however we build keys.
bool has_unlisted_uniqueness(const Table& table);

// A DEFERRABLE primary key or unique constraint (ON CONFLICT cannot take it as an arbiter).
bool has_deferrable_key(const Table& table);

// The position of a column in table.columns; throws internal_error when missing.
std::size_t column_index(const Table& table, const std::string& name);

}  // namespace flaqes::seed
