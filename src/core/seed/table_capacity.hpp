// Tables that cannot take the rows asked of them as the schema stands: a unique key over columns
// with a handful of possible values (a single-row "lock" table, a boolean primary key), and
// partitioned tables without a partition to store rows in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/catalog/schema_graph.hpp"

namespace flaqes::seed {

struct Capacity {
    std::int64_t rows = 0;  // the most rows the table can hold
    std::string key;        // the constraint or index that limits it
    std::string why;        // e.g. "lock: only 'X' (CHECK lock_only_x)"
};

// The fewest rows any unique key allows, when every column of that key is limited to known values (boolean, an enum, a CHECK listing the values); nullopt when nothing limits the
// table. Partial unique indexes do not count: rows outside their predicate are not limited.
std::optional<Capacity> table_capacity(const SchemaGraph& graph, const Table& table);

// A partitioned table without any partition that can store a row (every partition is itself
// partitioned, down to none): no INSERT into it can succeed.
bool lacks_partitions(const SchemaGraph& graph, const Table& table);

}  // namespace flaqes::seed
