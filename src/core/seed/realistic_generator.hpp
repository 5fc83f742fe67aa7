// Realistic values (names, emails, cities, prices...) from the values vocabulary
// (core/seed/values/), for columns whose name and type say what they hold.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// The semantic kind of a column when a realistic generator may fill it within its constraints:
// none when the column is unrecognised, or its constraints (CHECK bounds, uniqueness the kind
// cannot keep) call for the type's own generator.
Semantic realistic_kind(const ColumnSpec& spec);

GeneratorPtr make_realistic_generator(const ColumnSpec& spec, Semantic kind);

}  // namespace flaqes::seed
