// The arrays a batch is passed to Postgres as: one per column, of the element type of its form
// (seed::ValueForm), built from the batch's text or numbers.
#pragma once

#include <cstddef>
#include <vector>

#include "core/seed/batch.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// One array per batch column (a single array of `rows` NULLs when there is none), in the current
// memory context.
void batch_datums(const std::vector<seed::ColumnBatch>& batches, std::size_t rows, std::vector<Datum>& values);

}  // namespace flaqes::pg
