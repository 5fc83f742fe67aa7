// flaqes.analyze_ddl in the core: the rows a migration review returns (one per operational risk of
// a statement, one per design tension the migration introduces, resolves or changes), the risk
// rules' names and summaries, and the fail_on gate over the rows.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analyze/finding.hpp"

namespace flaqes {

// One row of flaqes.analyze_ddl, in the order of its SQL columns.
struct DdlReviewRow {
    int line = 0;                       // 1-based line of ddl where the statement starts
    std::string statement;              // the statement's text as written (no trailing semicolon)
    std::string kind;                   // "risk" | "tension"
    std::string rule;                   // a risk rule (ddl_risk_rules) or an analyze rule
    Severity severity = Severity::info;
    std::string table_name;             // "schema.table"; "" for none (SQL NULL)
    std::optional<std::string> change;  // tensions: "introduced" | "resolved" | "changed"
    std::string id;                     // rule:schema.table(detail); tensions keep analyze's id
    std::optional<std::string> lock;    // risks: the lock mode taken, e.g. "ACCESS EXCLUSIVE"
    std::optional<std::int64_t> rows_estimate;  // the table's rows before the statement; unknown: nullopt
    std::optional<std::int64_t> size_bytes;     // the table's size before the statement; unknown: nullopt
    std::string description;
    std::vector<Alternative> alternatives;      // safe DDL for risks, analyze's alternatives for tensions
    std::optional<Severity> previous_severity;  // tensions "changed": the severity before the migration
};

// The risk rules (kind 'risk'), by name.
namespace ddl_risk {
inline constexpr const char* column_type_rewrite = "column_type_rewrite";
inline constexpr const char* add_column_rewrite = "add_column_rewrite";
inline constexpr const char* table_rewrite = "table_rewrite";
inline constexpr const char* set_not_null_scan = "set_not_null_scan";
inline constexpr const char* check_validation_scan = "check_validation_scan";
inline constexpr const char* foreign_key_validation_scan = "foreign_key_validation_scan";
inline constexpr const char* index_build_blocks_writes = "index_build_blocks_writes";
inline constexpr const char* drop_index_blocks = "drop_index_blocks";
inline constexpr const char* unique_constraint_build = "unique_constraint_build";
inline constexpr const char* dependent_objects = "dependent_objects";
inline constexpr const char* enum_add_value = "enum_add_value";
inline constexpr const char* enum_rename_value = "enum_rename_value";
inline constexpr const char* outside_transaction = "outside_transaction";
}  // namespace ddl_risk

// Every risk rule name, in a fixed order (for a SARIF rule list, say).
const std::vector<std::string_view>& ddl_risk_rules();

// One line on what a risk rule flags; nullptr for a name that is not a risk rule.
const char* ddl_risk_rule_summary(std::string_view rule);

// Whether a row counts for fail_on at `level`: a risk, a tension introduced, or one whose severity
// rose, at or above the level (a resolved or eased tension never fails a migration).
bool ddl_row_fails(const DdlReviewRow& row, Severity level);

}  // namespace flaqes
