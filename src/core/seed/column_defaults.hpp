// How a column default behaves over the rows of one INSERT, read from its expression: the same
// constant on every row ('' , 0.00, 'X'::bpchar), the same value within a statement (now(),
// CURRENT_TIMESTAMP, '{}'::jsonb), or a new value per row (nextval, gen_random_uuid(), any
// function flaqes does not know). A default that repeats cannot fill a unique key, and a constant
// one can be tested against the column's CHECK rules.
#pragma once

#include <string>

namespace flaqes::seed {

enum class DefaultKind { constant, per_statement, per_row };

struct DefaultValue {
    DefaultKind kind = DefaultKind::per_row;
    std::string constant;  // DefaultKind::constant: the literal's text, casts dropped
};

DefaultValue classify_default(const std::string& expression);

}  // namespace flaqes::seed
