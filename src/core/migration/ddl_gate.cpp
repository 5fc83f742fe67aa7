#include "core/migration/ddl_gate.hpp"

#include <fmt/format.h>

namespace flaqes {

std::optional<Error> ddl_gate_error(const std::vector<DdlReviewRow>& rows, Severity level) {
    std::string detail;
    int count = 0;
    for (const DdlReviewRow& row : rows) {
        if (!ddl_row_fails(row, level)) continue;
        ++count;
        std::string line = row.description;
        for (char& c : line) c = c == '\n' ? ' ' : c;
        detail += fmt::format("{}line {}: {}  {}  {}", detail.empty() ? "" : "\n", row.line, row.id,
                              row.table_name.empty() ? "-" : row.table_name, line);
    }
    if (count == 0) return std::nullopt;
    return Error("QF001", fmt::format("migration introduces {} finding(s) at or above {}", count, severity_name(level)),
                 detail,
                 "Fix the statements, accept a finding by adding its id or rule to the intent's \"ignore\", or pass a "
                 "higher fail_on.");
}

}  // namespace flaqes
