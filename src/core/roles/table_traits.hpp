// Readings of a table that role signals and pattern detectors must agree on: when a row
// happened, and whether a json column is the row's payload or a bag of extra attributes.
#pragma once

#include "core/catalog/table_facts.hpp"

namespace flaqes {

// The time a row records an event at: a column named for it (occurred_at, ts, ...) or a
// NOT NULL time column stamped with the insert time that is not bookkeeping (searched_at).
const Column* event_time(const TableFacts& f);

// A json column holding what happened (payload, body, data of an event row), as opposed to
// attributes of a row that lives on: a row that is updated in place has attributes, not a payload.
bool is_json_payload(const TableFacts& f, const Column& c);

// Statistics say rows are inserted and never updated or deleted (at least 20 inserts seen).
bool append_only(const TableFacts& f);

}  // namespace flaqes
