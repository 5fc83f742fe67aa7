// JSON lists given in seed options for array columns, written as Postgres array literals.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace flaqes::seed {

// '{"a","b"}' for the JSON text '["a", "b"]' (nested lists give nested braces, null gives NULL,
// objects their JSON text); nullopt when the text is not a JSON array, e.g. an array literal
// with dimensions such as '[1:2]={1,2}'.
std::optional<std::string> array_literal_of_json(std::string_view text);

}  // namespace flaqes::seed
