// Values of composite types: the row literal (a,b,...) built from one generator per attribute,
// which Postgres casts to the column's type like any other generated text.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// Appends one attribute of a row literal: as is, or double-quoted (with " and \ doubled) when it
// is empty or holds a quote, backslash, parenthesis, comma or whitespace.
void append_record_field(std::string& out, std::string_view value);

// The row literal from the attribute generators in order; a null generator leaves its attribute
// NULL (an empty field). unique_attribute: the attribute that keeps a unique column unique.
GeneratorPtr make_composite_generator(std::vector<GeneratorPtr> attributes, std::optional<std::size_t> unique_attribute);

}  // namespace flaqes::seed
