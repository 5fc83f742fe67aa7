// A per-backend cache of the catalog model for callers that need structure only (seeding runs
// thousands of times per test suite and must not re-read the catalog each time). Any relcache
// invalidation (CREATE/ALTER/DROP TABLE, constraints, indexes, grants) or a change to a type,
// enum value, domain constraint or schema empties it; our own DDL when its command ends (and
// again if it rolls back), other sessions' DDL when their commit is seen. Statistics in a cached
// graph may be stale: analyses read the catalog afresh with read_schema_graph.
#pragma once

#include <memory>

#include "core/schema_graph.hpp"

namespace flaqes::pg {

// The model of every user schema as the calling user sees it, read through read_schema_graph
// (with the latest committed catalog, like the relcache the executor inserts through) when the
// cache is empty or stale. Requires an SPI connection. Shared: a nested call (a trigger that
// seeds) may replace the cache while an outer caller still plans from the graph it holds.
std::shared_ptr<const SchemaGraph> cached_schema_graph();

}  // namespace flaqes::pg
