// What flaqes understands of a CHECK expression (as pg_get_expr prints it): per-column rules
// that generators honour by construction, and orderings between columns. Shapes understood:
// comparisons with constants and between columns, IN / = ANY (ARRAY[...]), BETWEEN, length
// bounds, LIKE and simple regular expressions, IS [NOT] NULL, AND, and OR (the first
// alternative we can model is chosen). Anything else leaves `complete` false, and the executor
// lets Postgres evaluate the expression on generated rows.
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
    std::optional<std::vector<std::string>> allowed;  // IN lists, = constants
    std::vector<std::string> excluded;                // <> constants
    std::optional<std::int64_t> min_length;
    std::optional<std::int64_t> max_length;
    std::optional<std::string> like;   // a LIKE pattern
    std::optional<std::string> regex;  // a ~ pattern
    bool not_null = false;
    bool always_null = false;

    // Adds the other rules (both must hold).
    void merge(const ColumnRules& other);
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
};

// Models a CHECK expression. For a domain check, pass value_name "VALUE": the rules then sit
// under the key "VALUE".
CheckModel model_check(const std::string& expression);

}  // namespace flaqes::seed
