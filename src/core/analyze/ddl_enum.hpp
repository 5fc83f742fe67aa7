// DDL that turns an enum column into text: index predicates and expressions, CHECKs, views and
// triggers that compare the column with enum constants ('a'::mood) are re-created with text
// constants, since text = mood has no operator.
#pragma once

#include <string>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"

namespace flaqes::ddl {

// `sql` with every cast to the enum (::mood, ::public.mood, ::"Mood") turned into a cast to text.
std::string enum_casts_to_text(const std::string& sql, const EnumType& type);

// Wraps alternative.example_ddl, which turns `column` of `table` from enum `type` into text, in the
// DROP and re-creation (with text constants) of what uses the column with enum constants: indexes,
// CHECK constraints, views and triggers.
void enum_to_text_around(const AnalysisContext& context, const Table& table, const Column& column,
                         const EnumType& type, Alternative& alternative);

}  // namespace flaqes::ddl
