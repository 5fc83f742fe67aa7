// The document/line tables of a business record (invoices, orders and their lines): values copied
// there from a parent are the record as it was issued. A plain predicate that analyze rules ask
// directly (the registered pattern document_snapshot names the copied columns themselves).
#pragma once

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// An invoice, order or their lines: a table that records a transaction (a quantity, price,
// amount or total beside its references). Values copied from a parent there are a snapshot.
bool document_or_line(const Table& table);

}  // namespace flaqes
