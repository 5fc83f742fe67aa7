// Which unique keys of a soft-deleted table fight its soft delete: soft_delete_unique_conflict
// reports them (and proposes making them partial), redundant_index must not count on them staying
// as they are.
#pragma once

#include <string>
#include <vector>

#include "core/analyze/context.hpp"

namespace flaqes {

// The column that marks a row deleted (pattern soft_delete), or nullptr.
const Column* soft_delete_marker(const AnalysisContext& context, const Table& table);

// A unique key over `columns` that keeps deleted rows' values taken: not generated, not made only
// of minted identifiers, not holding the marker itself.
bool conflicts_with_soft_delete(const Table& table, const std::vector<std::string>& columns, const Column& marker);

}  // namespace flaqes
