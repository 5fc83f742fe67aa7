// Values for a column read by a CHECK that flaqes cannot model, which Postgres evaluates on the
// generated rows (rows it rejects are replaced). Passing rows must be common, so the column's
// values vary in kind: its own generator's, plain ones of its type (an identifier-like text for a
// CHECK such as is_valid_slug(x) that realistic text fails), and the constants the CHECK compares
// it with (upper(kind) = ANY (ARRAY['SC', 'VC']), kind = 'done' OR done_at IS NULL, ...).
#pragma once

#include <string>
#include <vector>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// `plain` may be null; `constants` must be valid input of the column's type (for a generator
// whose form is not text: numbers of that form, as the generator gives them).
struct SearchChoices {
    GeneratorPtr base;
    GeneratorPtr plain;
    std::vector<std::string> constants;       // text form
    std::vector<std::int64_t> number_constants;  // other forms
};

GeneratorPtr make_search_generator(SearchChoices choices);

}  // namespace flaqes::seed
