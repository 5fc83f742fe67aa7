// The arrays a batch is passed to Postgres as: one per column, of the element type of its form
// (seed::ValueForm), built from the batch's text or numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/seed/batch.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// One array per batch column (a single array of `rows` NULLs when there is none), in the current
// memory context.
void batch_datums(const std::vector<seed::ColumnBatch>& batches, std::size_t rows, std::vector<Datum>& values);

// A value an insert returned for a key pool column of a number form (its RETURNING cast makes it
// int8, date, timestamp or timestamptz) as the pool's number: the integer, days or seconds since
// 1970; nullopt for an infinite date or time.
std::optional<std::int64_t> pool_number(Datum value, seed::ValueForm form);

}  // namespace flaqes::pg
