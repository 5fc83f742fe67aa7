// analyze_ddl's fail_on gate: the level a user names, and the QF001 error that fails a CI job
// when the migration brings findings at or above it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {

// info | warning | critical; anything else is an error 22023 listing them.
Severity parse_fail_on(std::string_view level);

// The QF001 error for the rows that fail at `level` (ddl_row_fails), or nullopt when none does.
std::optional<Error> ddl_gate_error(const std::vector<DdlReviewRow>& rows, Severity level);

}  // namespace flaqes
