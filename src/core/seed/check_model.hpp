// What flaqes understands of a CHECK expression (as pg_get_expr prints it): per-column rules
// that generators honour by construction, and orderings between columns. Shapes understood:
// comparisons with constants and between columns, IN / = ANY (ARRAY[...]), BETWEEN, length
// bounds, LIKE and simple regular expressions, IS [NOT] NULL, AND, OR and NOT (pushed down to
// the leaves), and the column seen through upper/lower/btrim/ltrim/rtrim and casts. An OR gives
// alternatives; the CHECKs of a table are satisfied together by choosing one alternative of each
// that agrees with the others (choose_alternatives). Anything else is left to Postgres, which
// evaluates the expression on generated rows (see column_planner.cpp); counts of set columns
// (num_nonnulls) are modelled apart, in nonnull_count.hpp.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace flaqes::seed {

struct ColumnRules {
    // Bounds as the literal text of the constant, e.g. "0", "2020-01-01".
    std::optional<std::string> lower;
    bool lower_inclusive = true;
    std::optional<std::string> upper;
    bool upper_inclusive = true;
    std::optional<std::vector<std::string>> allowed;  // IN lists, = constants (excluded ones removed)
    std::vector<std::string> excluded;                // <> constants
    std::optional<std::int64_t> min_length;
    std::optional<std::int64_t> max_length;
    std::optional<std::string> like;   // a LIKE pattern
    std::optional<std::string> regex;  // a ~ pattern
    bool not_null = false;
    bool always_null = false;

    // Adds the other rules (both must hold).
    void merge(const ColumnRules& other);
    // Whether a constant (as text) passes the rules, as far as they can tell: lists, exclusions,
    // bounds (numbers compared as numbers, other text as text) and lengths; patterns are not
    // evaluated.
    bool admits(const std::string& value) const;
    // Whether some value (or NULL, when the rules force NULL) passes them all.
    bool satisfiable() const;
};

// lower_column < upper_column (or <= when not strict).
struct ColumnOrder {
    std::string lower_column;
    std::string upper_column;
    bool strict = true;
};

struct CheckModel {
    std::map<std::string, ColumnRules> columns;
    std::vector<ColumnOrder> orders;
    bool complete = true;  // every part of the expression is modelled

    void merge(const CheckModel& other);
    bool satisfiable() const;
};

// The ways of satisfying a CHECK expression that can be modelled, preferred first (alternatives
// that give columns values before those that force NULLs; at most 32). Empty when none can be
// modelled. An alternative with `complete` false implies part of the expression only.
std::vector<CheckModel> check_alternatives(const std::string& expression);

// The first alternative; an empty model with `complete` false when there is none. For a domain
// check the rules sit under the key "value" (the VALUE keyword reads as a column of that name).
CheckModel model_check(const std::string& expression);

// One alternative per CHECK (an index into each list; 0 for an empty list) such that together
// they are satisfiable, searched depth first in order of preference. When no such choice is
// found within a bounded search, the first alternative of each.
std::vector<std::size_t> choose_alternatives(const std::vector<std::vector<CheckModel>>& per_check);

// The constants an expression compares each column with, directly or through a function that
// keeps values of its form (upper(code) = ANY (ARRAY['SC', 'VC'])), by column: candidate values
// for the column when Postgres evaluates the CHECK.
std::map<std::string, std::vector<std::string>> check_constants(const std::string& expression);

}  // namespace flaqes::seed
