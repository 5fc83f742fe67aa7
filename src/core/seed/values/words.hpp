// Word lists for realistic seed values, written for flaqes. Plain constant data: every list is
// non-empty, and codes follow ISO 3166-1 (countries), ISO 4217 (currencies), ISO 639-1 and
// BCP 47 (languages), IANA tz names (time zones).
#pragma once

#include <cstddef>
#include <string_view>

namespace flaqes::seed {

// A read-only view of a constant array (C++17 has no std::span).
template <class T>
class List {
public:
    template <std::size_t N>
    constexpr List(const T (&items)[N]) : data_(items), size_(N) {}
    constexpr std::size_t size() const { return size_; }
    constexpr const T& operator[](std::size_t i) const { return data_[i]; }
    constexpr const T* begin() const { return data_; }
    constexpr const T* end() const { return data_ + size_; }

private:
    const T* data_;
    std::size_t size_;
};

using Words = List<const char*>;

struct Country {
    const char* name;
    const char* alpha2;         // ISO 3166-1 alpha-2
    const char* alpha3;         // ISO 3166-1 alpha-3
    const char* currency;       // ISO 4217
    const char* locale;         // BCP 47 tag of the main language, e.g. "pt-BR"
    const char* calling_code;   // without "+"
    const char* postal_pattern; // '#' a digit, 'A' an uppercase letter, anything else literal
};

struct City {
    const char* name;
    const char* region;  // state, province or region
    const char* country; // alpha-2
    double latitude;
    double longitude;
    const char* time_zone;
};

struct Language {
    const char* code;  // ISO 639-1
    const char* name;  // English name
};

struct Colour {
    const char* name;
    const char* hex;  // "#rrggbb", lowercase
};

Words street_names();
Words street_suffixes();
Words unit_prefixes();  // "Apt", "Suite"...: the second address line
List<Country> countries();
List<City> cities();
List<Language> languages();
Words currency_codes();  // the currencies of countries() plus other common ones
Words company_words();
Words company_industries();
Words company_suffixes();
Words job_titles();
List<Colour> colours();
Words product_adjectives();
Words product_nouns();
Words title_adjectives();
Words title_nouns();
// Sentence parts: "The <adjective> <noun> <verb> <preposition> the <noun> <adverb>."
Words adjectives();
Words nouns();
Words verbs();  // third person singular present: "connects"
Words adverbs();
Words prepositions();
Words email_domains();  // reserved example domains only (RFC 2606): no real person is reached
Words url_paths();
Words statuses();

// The country with this alpha-2 code, or nullptr.
const Country* find_country(const char* alpha2);
// The country a column value names: its English name, alpha-2 or alpha-3 code, in any case
// ("Japan", "jp", "JPN"); nullptr for a value that names none of countries().
const Country* find_country_named(std::string_view value);
// The language with this ISO 639-1 code, or nullptr.
const Language* find_language(const char* code);

}  // namespace flaqes::seed
