// Prepared SPI statements kept for the backend's life, by SQL text: a test suite seeds the same
// tables thousands of times, and parsing and planning the same INSERTs each time cost more than
// running them. Postgres's plan cache revalidates a kept plan after DDL on what it reads (and
// for a different role where row security applies), so a kept statement never runs a stale plan.
#pragma once

#include <string>
#include <vector>

#include "pg/boundary.hpp"

namespace flaqes::pg {

// The statement for `sql` with parameters of `param_types`; prepared and kept on first use.
// Needs an SPI connection. Never free the result: the cache owns it.
SPIPlanPtr cached_statement(const std::string& sql, const std::vector<Oid>& param_types);

}  // namespace flaqes::pg
