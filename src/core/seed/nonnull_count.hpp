// CHECKs that bound how many of several columns are set in a row — "exactly one of these
// references" (an arc): num_nonnulls(a, b, c) = 1, num_nulls(...) >= 2, <= 1, and so on. The seed
// models them by choosing, per row, which of the columns get a value (see batch.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace flaqes::seed {

struct NonNullCount {
    std::vector<std::string> columns;
    std::size_t min = 0;  // of the columns, at least `min` and at most `max` are set
    std::size_t max = 0;
};

// The columns and bounds of a CHECK of the form num_nonnulls(cols...) <op> k or
// num_nulls(cols...) <op> k (either side; op one of = < <= > >=); nullopt for any other
// expression, for arguments that are not plain columns, and for bounds no row can meet.
std::optional<NonNullCount> nonnull_count(const std::string& expression);

}  // namespace flaqes::seed
