// Reads the catalog with a fixed number of set-based SPI queries (no query per table).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog_lookups.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes {
class CatalogCapture;
}

namespace flaqes::pg {

// Whether index definitions and sequence positions are read with the graph (full: schema_graph
// prints them all) or left out (lean) for ServerLookups to find for the few objects a finding cites.
enum class Detail { full, lean };

// All user relations, or those of the named schemas. Never pg_catalog, information_schema,
// pg_toast/pg_temp schemas, the flaqes schema, nor objects that belong to an extension.
// A named schema that does not exist is an error (3F000). Requires an SPI connection.
// With `capture`, also records the catalog rows the graph is built from (flaqes.snapshot).
SchemaGraph read_schema_graph(const std::optional<std::vector<std::string>>& schemas, Detail detail,
                              CatalogCapture* capture = nullptr);

// What a lean read left out, asked of the server one object at a time (no SPI connection needed):
// pg_get_indexdef ("" when the index was dropped since), and the sequence's last value when the
// user may read it.
class ServerLookups final : public CatalogLookups {
public:
    std::string index_definition(const Index& index) const override;
    std::optional<std::int64_t> sequence_last_value(const SequenceInfo& sequence) const override;
};

// Only the given relations of `schemas` (those that exist and pass the filters above), read lean:
// the part of the model a migration review compares.
SchemaGraph read_relations(const std::optional<std::vector<std::string>>& schemas, const std::vector<Oid>& relations);

// Only what seeding `relation` needs: the relation, every relation its foreign keys reach
// (transitively), and the partitions and partition parents of those; with the same filters.
// Read lean.
SchemaGraph read_related_tables(Oid relation);

}  // namespace flaqes::pg
