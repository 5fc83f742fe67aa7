// Text helpers for seed values: UTF-8 aware cutting, and ASCII folding for identifiers built
// from names (emails, usernames, slugs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace flaqes::seed {

// True when text is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
bool valid_utf8(std::string_view text);

// The longest prefix of text of at most max_bytes bytes that ends on a code point boundary,
// without trailing spaces. Counting bytes is conservative for varchar(n), which counts
// characters: a value that fits in n bytes fits in n characters.
std::string fit(std::string_view text, std::size_t max_bytes);

// Like fit(), but cuts after a whole word when one fits (titles, sentences); falls back to fit().
std::string fit_words(std::string_view text, std::size_t max_bytes);

// Lowercase ASCII letters and digits only: accents folded ("Søren" -> "soren",
// "Müller" -> "muller"), everything else dropped ("O'Brien" -> "obrien", "van Dijk" -> "vandijk").
std::string ascii_fold(std::string_view text);

// Lowercase ASCII words (accents folded) joined by `separator`: "Quiet Copper Garden!" ->
// "quiet-copper-garden".
std::string slugify(std::string_view text, char separator = '-');

}  // namespace flaqes::seed
