// Values of a partition key that land in some partition, read from the partition bounds as
// pg_get_expr prints them ("FOR VALUES IN ('eu', 'us')", "FOR VALUES FROM ('2024-01-01') TO (...)").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flaqes::seed {

struct PartitionKeyValues {
    std::string column;
    std::vector<std::string> values;  // list members, or range lower bounds
    // RANGE partitions that meet end to end: values anywhere in [from, to).
    std::optional<std::pair<std::string, std::string>> span;
};

// For a single-column LIST or RANGE key: the column and values some partition accepts. nullopt
// when any value goes (a DEFAULT partition, HASH) or the key is not a plain column.
std::optional<PartitionKeyValues> partition_key_values(const std::string& partition_key,
                                                       const std::vector<std::string>& bounds);

}  // namespace flaqes::seed
