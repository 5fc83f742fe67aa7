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

// The schemas of a table, of every table its foreign keys reach (transitively) and of its
// partitions: all that seeding it needs to read. Requires an SPI connection.
std::vector<std::string> schemas_reached_from(Oid table);

}  // namespace flaqes::pg
