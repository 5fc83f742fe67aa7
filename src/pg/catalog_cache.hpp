// A per-backend cache of the catalog model for callers that need structure only (seeding runs
// thousands of times per test suite and must not re-read the catalog each time). Any relcache
// invalidation (CREATE/ALTER/DROP TABLE, constraints, indexes, grants) or a change to a type,
// enum value, domain constraint or schema empties it; our own DDL when its command ends (and
// again if it rolls back), other sessions' DDL when their commit is seen. Statistics in a cached
// graph may be stale: analyses read the catalog afresh with read_schema_graph.
#pragma once

#include <memory>

#include "core/catalog/schema_graph.hpp"

namespace flaqes::pg {

// The model of what seeding `target` can touch (read_related_tables: the target, the tables its
// foreign keys reach, their partitions and partition parents) as the calling user sees it, read
// with the latest committed catalog (like the relcache the executor inserts through) when not
// cached or stale. Requires an SPI connection. Shared: a nested call (a trigger that seeds) may
// empty the cache while an outer caller still plans from the model it holds.
std::shared_ptr<const SchemaGraph> cached_related_tables(Oid target);

}  // namespace flaqes::pg
