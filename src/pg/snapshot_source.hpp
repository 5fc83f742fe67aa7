// Snapshots as flaqes's functions meet them: taken from the live catalog, or read from a jsonb
// argument.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/migration/snapshot.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// The catalog of `schemas` (all user schemas when nullopt) as a snapshot document: header, the
// catalog rows read in full detail, and the size of each relation. Requires an SPI connection.
json::Value take_snapshot(const std::optional<std::vector<std::string>>& schemas);

// A jsonb argument holding a snapshot; SQL NULL is an error (22004) naming `name`, as is any
// document read_snapshot refuses (22023).
CatalogSnapshot snapshot_arg(FunctionCallInfo fcinfo, int argno, const char* name);

}  // namespace flaqes::pg
