// The SQL text of seed's statements: per table one INSERT ... SELECT reading one typed array per
// batch column (see seed::ValueForm), and one UPDATE for foreign keys filled after the inserts;
// plus the pieces of seed_sql scripts.
#pragma once

#include <string>
#include <vector>

#include "core/seed/plan.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

enum class SeedMode {
    insert,  // flaqes.seed
    rows,    // flaqes.seed_rows: the target's rows also go to a tuplestore
    script,  // flaqes.seed_sql: rows are rendered as SQL (the caller rolls the inserts back)
};

std::string join(const std::vector<std::string>& items, const char* separator);
std::string quoted_literal(const std::string& s);
// Columns a fixture script writes: all but generated ones.
std::vector<std::string> script_columns(const seed::TablePlan& table);

// How a batch column of each form is passed: an array of this element type.
struct Wire {
    const char* sql;
    Oid element;
    Oid array;
    int16 length;
    bool by_value;
    char align;
};
Wire wire_of(seed::ValueForm form);

// The text of a reused row's returning column `column` (an expression) for the key pool: the
// value itself, or for a date or time the days or seconds since 1970 (NULL when infinite).
std::string reused_value_sql(const std::string& column, seed::ValueForm form);

// The INSERT of table `ti`; with skip_conflicts, ON CONFLICT DO NOTHING. Appends the types of its
// parameters (arrays, one per parameter column of seed::insert_columns) to param_types, which
// are numbered on from there ($n + 1 for the first when param_types holds n).
std::string insert_sql(const seed::Plan& plan, std::size_t ti, SeedMode mode, bool skip_conflicts,
                       std::vector<Oid>& param_types);
// One statement inserting every table of a statement group (seed::TablePlan::statement_group),
// in plan order: WITH s0 AS (INSERT ...), s1 AS (INSERT ...) INSERT ...; nothing returned.
std::string group_insert_sql(const seed::Plan& plan, const std::vector<std::size_t>& tables,
                             std::vector<Oid>& param_types);
// The UPDATE filling the deferred foreign keys of table `ti` (parameters: seed::deferred_columns).
std::string update_sql(const seed::Plan& plan, std::size_t ti, SeedMode mode, std::vector<Oid>& param_types);

}  // namespace flaqes::pg
