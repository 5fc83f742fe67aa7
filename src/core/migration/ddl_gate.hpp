// analyze_ddl's fail_on gate (the level read by parse_fail_on, the DETAIL built by gate_detail: core/analyze/gate.hpp): the QF001
// error that fails a CI job when the migration brings findings at or above it.
#pragma once

#include <optional>
#include <vector>

#include "core/analyze/gate.hpp"  // parse_fail_on, gate_detail
#include "core/error.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {

// The QF001 error for the rows that fail at `level` (ddl_row_fails), or nullopt when none does.
std::optional<Error> ddl_gate_error(const std::vector<DdlReviewRow>& rows, Severity level);

}  // namespace flaqes
