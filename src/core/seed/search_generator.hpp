// Values for a column read by a CHECK that flaqes cannot model, which Postgres evaluates on the
// generated rows (rows it rejects are replaced). Passing rows must be common, so the column's
// values vary in kind: its own generator's, for text the same values shaped as identifiers
// (`summit_health_3`, for a CHECK such as is_valid_slug(x) that spaces, hyphens or capitals
// fail), and the constants the CHECK compares it with (upper(kind) = ANY (ARRAY['SC', 'VC']),
// kind = 'done' OR done_at IS NULL, ...).
#pragma once

#include <string>
#include <vector>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// `constants` must be valid input of the column's type (for a generator whose form is not text:
// numbers of that form, as the generator gives them).
struct SearchChoices {
    GeneratorPtr base;
    bool identifiers = false;  // also the base's values shaped as identifiers (text columns)
    std::string identifier_prefix;  // put before an identifier that would start with a digit
    std::vector<std::string> constants;       // text form
    std::vector<std::int64_t> number_constants;  // other forms
};

GeneratorPtr make_search_generator(SearchChoices choices);

// `value` as a lowercase identifier: its words (accents folded) joined by underscores; `prefix`
// and an underscore before a leading digit.
std::string identifier_shaped(const std::string& value, const std::string& prefix);

}  // namespace flaqes::seed
