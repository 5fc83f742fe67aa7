// Reads the catalog with a fixed number of set-based SPI queries (no query per table).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/schema_graph.hpp"

namespace flaqes::pg {

// Whether Index::definition is read with the graph, or left empty to be looked up (index_definition)
// for the few indexes that need it: deparsing every index costs as much as reading the rest of it.
enum class IndexDefinitions { read, deferred };

// All user relations, or those of the named schemas. Never pg_catalog, information_schema,
// pg_toast/pg_temp schemas, the flaqes schema, nor objects that belong to an extension.
// A named schema that does not exist is an error (3F000). Requires an SPI connection.
SchemaGraph read_schema_graph(const std::optional<std::vector<std::string>>& schemas, IndexDefinitions definitions);

// The definition of one index of a graph read with deferred definitions (pg_get_indexdef); empty
// when the index was dropped since.
std::string index_definition(const Index& index);

// Only what seeding `relation` needs: the relation, every relation its foreign keys reach
// (transitively), and the partitions and partition parents of those; with the same filters.
// Index definitions are not read.
SchemaGraph read_related_tables(Oid relation);

}  // namespace flaqes::pg
