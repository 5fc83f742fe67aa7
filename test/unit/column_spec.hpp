// A ColumnSpec for generator tests: a column of table public.t with a type and no rules.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::testing {

inline seed::ColumnSpec column_spec(const char* name, Oid type, const char* type_name, char category = 'N') {
    seed::ColumnSpec s;
    s.table_name = "public.t";
    s.column_name = name;
    s.type_oid = type;
    s.type_name = type_name;
    s.type_category = category;
    return s;
}

}  // namespace flaqes::testing
