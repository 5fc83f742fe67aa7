// The migration review behind flaqes.analyze_ddl, for pg-layer callers (flaqes.report_ddl).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/intent.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes::pg {

// Parses `ddl` with PostgreSQL's parser, runs it statement by statement as the caller (the
// caller's privileges and search_path) inside a subtransaction that is always rolled back, and
// returns the risk rows of each statement followed by the tension rows (analyze's findings on the
// tables of `schemas`, all user schemas when nullopt, that the migration touches, before vs after). Raises (as a C++
// exception, for the FLAQES_FUNCTION guard) on a syntax error, a refused statement (transaction
// control, non-DDL) or a statement that fails, naming its line; never raises for fail_on.
// Opens its own SPI connection (nested in the caller's, if any).
std::vector<DdlReviewRow> review_ddl(const std::string& ddl, const Intent& intent,
                                     const std::optional<std::vector<std::string>>& schemas);

}  // namespace flaqes::pg
