// The simple regular expressions of CHECK constraints (`code ~ '^[A-Z]{3}$'`): a sequence of
// character sets, each repeated min..max times. Read once, then used both to generate matching
// text and to test whether a realistic value (a url, a version) already matches.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace flaqes::seed {

struct RegexAtom {
    std::string chars;   // the characters generated (for '.', lower-case letters)
    bool any = false;    // '.': matches any character
    std::int64_t min = 1;
    std::int64_t max = 1;  // -1: unbounded
};

struct SimpleRegex {
    std::vector<RegexAtom> atoms;
    bool anchored_start = false;  // '^'
    bool anchored_end = false;    // '$'
};

// nullopt when the expression uses what we do not model (groups, alternation, back-references,
// negated classes).
std::optional<SimpleRegex> parse_simple_regex(const std::string& re);

// Whether Postgres's `text ~ re` holds. Never true when it would not: where our reading of a
// class is narrower than Postgres's (\w, \s), a value outside ours is judged not to match.
bool regex_matches(const SimpleRegex& regex, std::string_view text);

}  // namespace flaqes::seed
