// Values of a partition key that land in some partition, read from the partition bounds as
// pg_get_expr prints them ("FOR VALUES IN ('eu', 'us')", "FOR VALUES FROM ('2024-01-01') TO (...)").
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace flaqes::seed {

// For a single-column LIST or RANGE key: the column and values some partition accepts (list
// members, range lower bounds). nullopt when any value goes (a DEFAULT partition, HASH) or the
// key is not a plain column.
std::optional<std::pair<std::string, std::vector<std::string>>> partition_key_values(
    const std::string& partition_key, const std::vector<std::string>& bounds);

}  // namespace flaqes::seed
