// The operational risk of one migration statement, judged in the core from facts the pg layer
// collected inside the rolled-back subtransaction (lock taken, rewrite seen, the table's numbers
// just before the statement). Severity matrix (README "Migration review"):
//   critical  a blocking lock held for a rewrite, a validation scan or an index build of a table
//             that is large by evidence (>= 1,000,000 rows or >= 1 GiB) or, never analyzed, by the
//             intent's declared data_volume (large, massive);
//   warning   the same on a table that is not known to be empty; a blocking lock taken briefly on
//             a non-empty table (DROP INDEX); a rename or drop of a column or table that a view or
//             other object depends on (evidence, whatever the table holds), or, without one, of a
//             table not known to be empty (clients reading the name break on both alike);
//   info      worth knowing (enum ADD VALUE, statements that must run outside a transaction).
// No row for a table created earlier in the same migration, nor one known to be empty.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/intent.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {

// A relation as it stood just before the statement.
struct TableState {
    std::string name;                  // schema.table as SQL
    bool created_in_migration = false;  // created by an earlier statement of the same migration
    std::optional<std::int64_t> rows;  // row estimate; nullopt when never analyzed (reltuples -1)
    std::int64_t size_bytes = 0;       // heap + TOAST, summed over partitions
};

// One risk the pg layer saw in a statement. Which fields matter depends on the rule.
struct RiskFact {
    std::string rule;                // a ddl_risk name
    std::string lock;                // "ACCESS EXCLUSIVE", "SHARE", ...
    TableState table;                // the table locked (for an enum: name is the type, no numbers)
    std::string object;              // column, constraint, index or enum value the id names
    std::optional<TableState> referenced;  // a foreign key's referenced table (locked too)
    std::string type;                // column_type_rewrite, add_column_rewrite: the column's type;
                                     // unique_constraint_build: UNIQUE | PRIMARY KEY; dependent_objects:
                                     // column | table (what is dropped or renamed)
    std::string expression;          // add_column_rewrite: the default; unique_constraint_build on a
                                     // column the statement adds: the column's type
    bool added_column = false;       // unique_constraint_build: inline in ADD COLUMN
    std::vector<std::string> columns;     // unique_constraint_build: the key columns
    std::vector<std::string> dependents;  // dependent_objects: "view s.v", ...
    bool drop = false;               // dependent_objects: a drop (else a rename); with dependents it
                                     // drops them too (CASCADE: without it the statement fails)
    std::string safe_statement;      // the statement rewritten in its safe form, when there is one
    std::string note;                // outside_transaction: what analyze_ddl did with it
};

// How big a table is for the severity matrix.
enum class TableSizeClass { empty, small, large, unknown };
TableSizeClass size_class(const TableState& table);

// The risk row for a fact, or nullopt where this database's state makes the statement safe or
// the intent ignores the row (its id or rule in "ignore").
std::optional<DdlReviewRow> judge_risk(const RiskFact& fact, int line, const std::string& statement,
                                       const Intent& intent);

}  // namespace flaqes
