#include "core/migration/ddl_gate.hpp"

#include <fmt/format.h>

namespace flaqes {

std::optional<Error> ddl_gate_error(const std::vector<DdlReviewRow>& rows, Severity level) {
    std::vector<std::string> lines;
    for (const DdlReviewRow& row : rows) {
        if (!ddl_row_fails(row, level)) continue;
        std::string description = row.description;
        for (char& c : description) c = c == '\n' ? ' ' : c;
        lines.push_back(fmt::format("line {}: {}  {}  {}", row.line, row.id,
                                    row.table_name.empty() ? "-" : row.table_name, description));
    }
    if (lines.empty()) return std::nullopt;
    return Error(sqlstate::gate_failed,
                 fmt::format("migration introduces {} finding(s) at or above {}", lines.size(), severity_name(level)),
                 gate_detail(lines),
                 "Fix the statements, accept a finding by adding its id or rule to the intent's \"ignore\", or pass a "
                 "higher fail_on.");
}

}  // namespace flaqes
