// Reads the catalog with a fixed number of set-based SPI queries (no query per table).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/schema_graph.hpp"

namespace flaqes::pg {

// All user relations, or those of the named schemas. Never pg_catalog, information_schema,
// pg_toast/pg_temp schemas, the flaqes schema, nor objects that belong to an extension.
// A named schema that does not exist is an error (3F000). Requires an SPI connection.
SchemaGraph read_schema_graph(const std::optional<std::vector<std::string>>& schemas);

}  // namespace flaqes::pg
