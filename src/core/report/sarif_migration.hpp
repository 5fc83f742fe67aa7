// A migration review (flaqes.analyze_ddl's rows) as SARIF 2.1.0: a rule per risk or tension rule
// that fired, a result per row at the line of the migration file where its statement starts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {

// `path`: the migration's path in the repository; without it the results carry logical locations
// only (the line stays in the result's properties).
json::Value review_sarif(const std::vector<DdlReviewRow>& rows, const std::string& version,
                         const std::optional<std::string>& path);

// flaqes.report_ddl's options, {"path": "db/migrations/0042_x.sql"}; null or {} gives no path.
// Anything else is Error 22023 naming the key.
std::optional<std::string> parse_review_sarif_path(const json::Value& options);

}  // namespace flaqes
