#include "core/migration/ddl_review.hpp"

#include <utility>

namespace flaqes {

namespace {

const std::vector<std::pair<std::string_view, const char*>>& summaries() {
    static const std::vector<std::pair<std::string_view, const char*>> table = {
        {ddl_risk::column_type_rewrite, "A column type change rewrites the table under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::add_column_rewrite, "ADD COLUMN with a volatile default rewrites the table under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::table_rewrite, "The statement rewrites the table under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::set_not_null_scan, "SET NOT NULL without a validated CHECK (col IS NOT NULL) scans the table under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::check_validation_scan, "A CHECK constraint added without NOT VALID scans the table under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::foreign_key_validation_scan, "A foreign key added without NOT VALID scans the table while both tables are locked against writes."},
        {ddl_risk::index_build_blocks_writes, "CREATE INDEX without CONCURRENTLY blocks writes to the table while the index builds."},
        {ddl_risk::drop_index_blocks, "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table."},
        {ddl_risk::unique_constraint_build, "A unique or primary key constraint added directly builds its index under an ACCESS EXCLUSIVE lock."},
        {ddl_risk::dependent_objects, "A drop or rename that views, other dependent objects or clients use."},
        {ddl_risk::enum_add_value, "A value added to an enum cannot be used in the transaction that adds it."},
        {ddl_risk::enum_rename_value, "Renaming an enum value breaks every reader that still uses the old label."},
        {ddl_risk::outside_transaction, "The statement cannot run inside a transaction block; migration tools must run it alone."},
    };
    return table;
}

}  // namespace

const std::vector<std::string_view>& ddl_risk_rules() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const auto& entry : summaries()) out.push_back(entry.first);
        return out;
    }();
    return names;
}

const char* ddl_risk_rule_summary(std::string_view rule) {
    for (const auto& [name, summary] : summaries()) {
        if (name == rule) return summary;
    }
    return nullptr;
}

bool ddl_row_fails(const DdlReviewRow& row, Severity level) {
    if (row.severity < level) return false;
    if (row.kind == "risk" || row.change == std::optional<std::string>("introduced")) return true;
    return row.change == std::optional<std::string>("changed") && row.previous_severity &&
           *row.previous_severity < row.severity;
}

}  // namespace flaqes
