#include "pg/finding_row.hpp"

namespace flaqes::pg {

ResultSet::Row finding_row(const Finding& f, const std::function<void(ResultSet::Row&)>& table_column) {
    ResultSet::Row row;
    row.text(f.id).text(f.rule).text(std::string(category_name(f.category))).text(std::string(severity_name(f.severity)));
    table_column(row);
    row.text_array(f.columns)
        .text(f.description)
        .text(f.current_benefit)
        .text(f.risk)
        .text(f.breaking_point)
        .jsonb(alternatives_json(f.alternatives))
        .real(f.confidence)
        .jsonb(f.evidence);
    return row;
}

}  // namespace flaqes::pg
