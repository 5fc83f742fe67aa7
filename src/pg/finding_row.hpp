// A finding as a row of flaqes.analyze's result type (and of analyze_snapshot's, which names the
// table by text instead of by oid).
#pragma once

#include <functional>

#include "core/analyze/finding.hpp"
#include "pg/result_set.hpp"

namespace flaqes::pg {

// id, rule, category, severity, then the table column `table_column` adds, then columns,
// description, current_benefit, risk, breaking_point, alternatives, confidence, evidence.
ResultSet::Row finding_row(const Finding& f, const std::function<void(ResultSet::Row&)>& table_column);

}  // namespace flaqes::pg
