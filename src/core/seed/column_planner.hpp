// How each column of a table in the seed plan gets its values: from the database, a foreign
// key, an option, or a generator chosen from its type, name and constraints; which columns count
// up to keep keys unique; orderings within a row; CHECKs left to Postgres.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"
#include "core/seed/options.hpp"
#include "core/seed/plan.hpp"

namespace flaqes::seed {

// options.columns for one table, by column name.
using ColumnOverrides = std::map<std::string, const ColumnOverride*>;

struct ColumnPlanning {
    const SchemaGraph& graph;
    const Options& options;
    const std::vector<TablePlan>& tables;  // the plan's tables, for the names of parents
    const ColumnOverrides* overrides;      // of this table; nullptr when none
};

// Fills table.columns, generation_order, counter columns, filters and skip_conflicts. The
// table's links must be final (picks decided, cycles broken).
void plan_columns(const ColumnPlanning& context, TablePlan& table);

// How many distinct values the generator of a column of a unique key can give (after CHECKs,
// domains, enums); nullopt when practically unbounded or when the column has no generator.
std::optional<std::uint64_t> key_column_capacity(const ColumnPlanning& context, const TablePlan& table,
                                                 const std::string& column);

}  // namespace flaqes::seed
