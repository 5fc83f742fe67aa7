// Generators of text: plain readable text from the column name, text fitting a LIKE pattern or a
// simple regular expression, and draws from fixed lists.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// Text "<stem>_<number>" within the length bounds; unique columns use the row counter.
GeneratorPtr make_text_generator(const ColumnSpec& spec, std::optional<std::int64_t> max_length);

// Text matching spec.rules.like.
GeneratorPtr make_like_generator(const ColumnSpec& spec, std::optional<std::int64_t> max_length);

// Text matching spec.rules.regex, or nullptr when the expression uses what we do not model
// (groups, alternation, back-references, negated classes).
GeneratorPtr make_regex_generator(const ColumnSpec& spec);

}  // namespace flaqes::seed
