// Realistic values (names, emails, cities, prices...) from the values vocabulary
// (core/seed/values/), for columns whose name and type say what they hold.
#pragma once

#include <optional>
#include <string>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// The semantic kind of a column when a realistic generator may fill it within its constraints:
// none when the column is unrecognised, or its constraints leave the kind no room (a CHECK range
// outside the kind's realistic range, uniqueness a number kind cannot keep, a length too short).
Semantic realistic_kind(const ColumnSpec& spec);

// Why a column whose name reads as a kind does not get it ("the CHECK bounds leave the quantity
// range 1..20 no room"), for seed_plan; nullopt when the name reads as no kind or the kind fits.
std::optional<std::string> realistic_fallback(const ColumnSpec& spec);

// Short phrases for text columns that read as no kind: readable where "<column>_<n>" is not.
// Needs room: false when the length limit (or uniqueness in a short column) leaves too little.
bool phrase_fits(const ColumnSpec& spec);

GeneratorPtr make_realistic_generator(const ColumnSpec& spec, Semantic kind);

// The column's kind under its CHECK pattern, when the kind's values match it (a url under
// `~ '^https://'`); nullptr when there is no kind, no simple pattern, or the values do not fit.
GeneratorPtr make_pattern_kind_generator(const ColumnSpec& spec);

}  // namespace flaqes::seed
