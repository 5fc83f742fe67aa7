// What a column holds, guessed from its name and type, and realistic text values for it.
// Postgres-free: the seed engine passes names and format_type() text, and casts our text to the
// column type in SQL, so every value is the text input form of the type.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/seed/values/rng.hpp"
#include "core/seed/values/words.hpp"

namespace flaqes::seed {

enum class Semantic {
    none,
    // people (one person per row: these agree with each other)
    first_name, last_name, full_name, email, username, phone, age, birth_date,
    // places (one place per row: city, region, country, codes, coordinates agree)
    street_address, address_line2, city, region, postal_code, country, country_code,
    country_code3, latitude, longitude, time_zone, currency_code, language_code, language_name,
    locale,
    // organisations and the web
    company, job_title, url, domain, ip_address,
    // numbers
    price, amount, quantity,
    // things and text
    color, color_hex, slug, title, product_name, description, status, uuid, company_email, region_code,
    // bounded numbers read from the name and type (an integer flag is 0/1, a real discount a fraction)
    flag, fraction, percent, duration_minutes, duration_seconds, duration_ms, year, count, rating,
    level, byte_size,
    // text with a form or a vocabulary of its own, chosen by the column's head noun
    extension, area_code, password_hash, token, file_path, image_path, file_name, courtesy_title, package,
    code, gender, category, industry, tag, type_label, role, size_label, genre, department,
    feature,
    // quantities whose unit or measured thing the name gives (unit_measures.cpp); appended so the
    // kinds above keep their numbers (streams and pinned test values depend on them)
    cents, annual_amount, wage, hours, weekly_hours, days, months, years_span, expiry_year, height_cm, weight_kg,
    dosage_mg, temperature, pressure_hpa, ppm, signal_dbm, elevation_m, voltage, heart_rate,
    respiratory_rate, oxygen_saturation, systolic_bp, diastolic_bp,
    // more text with a form or a vocabulary of its own
    version, model, specialty, relationship, frequency, drug, allergy, card_brand,
    // lengths, weights, volumes, areas, speeds by unit; scores; rooms (unit_measures.cpp)
    length_mm, length_m, distance_km, speed_kmh, mass_g, mass_kg, volume_l, volume_ml, area_sqft,
    area_sqm, area_acres, odometer_km, gpa, score, rooms,
    // text of web and trade forms (vocabulary.cpp)
    mime_type, user_agent, marketing_source, isbn, iban, vin, license_plate, subject,
    // one-character text: Y/N for a flag's name, else a letter code
    yes_no, letter_code,
    // vocabularies of what a row of an app's activity names
    event_name, payment_method, platform, browser,
    // an integer flag whose name is an exception state (deleted, discontinued, banned): mostly 0
    rare_flag,
};

// The lowercase name used in seed_plan output and in the {"generator": "..."} option.
const char* semantic_name(Semantic semantic);
// The semantic with that name (as semantic_name prints it), if any.
std::optional<Semantic> semantic_from_name(std::string_view name);
// Every semantic but none, in declaration order (for hints listing the allowed generators).
const std::vector<Semantic>& all_semantics();
// True when the value embeds the row number, so distinct row numbers give distinct values:
// email, username, slug, url, domain, code, paths and file names, version, isbn, vin.
bool embeds_row_number(Semantic semantic);

// The realistic values of a numeric kind, in units of 10^-scale (quantity: 1..20 at scale 0,
// price: 0.49..999.99 as 49..99999 at scale 2); nullopt for kinds that are not numbers.
struct KindRange {
    std::int64_t lo = 0;
    std::int64_t hi = 0;
    int scale = 0;
};
std::optional<KindRange> kind_range(Semantic semantic);

// Guesses what a column holds. column_name in any case style (snake_case, camelCase, glued);
// type_name as format_type() prints it ("character varying(40)", "numeric(10,2)", "inet");
// type_category is pg_type.typcategory ('S' string, 'N' numeric, 'D' datetime, 'I' network...);
// table_name (optional, unqualified) settles bare columns like "name" or "title". Returns none
// when nothing fits or the type cannot hold the value (an "email_count integer" is not an email).
Semantic classify_column(std::string_view column_name, std::string_view type_name,
                         char type_category, std::string_view table_name = {});

// Bounds of a column type that values must respect, read from format_type() text.
struct Shape {
    int max_length = -1;   // varchar(n), char(n): n; -1 unbounded
    bool fixed_length = false;  // char(n): values are padded to n (a digest fills it)
    int precision = -1;    // numeric(p,s): p; -1 unconstrained
    int scale = -1;        // numeric(p,s): s; integer types: 0; -1 unconstrained
    std::int64_t integer_max = 0;  // smallint/integer/bigint: the type's maximum; 0 otherwise
    // A numeric kind's values stay within these bounds, in the units of its kind_range(); the seed
    // engine sets them to the kind's range intersected with the CHECK bounds and the type's.
    std::int64_t min_units = std::numeric_limits<std::int64_t>::min();
    std::int64_t max_units = std::numeric_limits<std::int64_t>::max();
};
Shape shape_of(std::string_view type_name);

struct Person {
    std::string first_name;
    std::string last_name;
    int age = 0;          // years on reference_date()
    std::string birth_date;  // ISO yyyy-mm-dd, agrees with age
};

// The longest text a table's place columns hold (-1: unbounded): a place is drawn among those
// whose country name, region, city and postal code fit, so values are whole, not cut.
struct PlaceLimits {
    int country = -1;
    int region = -1;
    int city = -1;
    int postal_code = -1;
    bool any() const { return country >= 0 || region >= 0 || city >= 0 || postal_code >= 0; }
};

struct Place {
    const City* city = nullptr;
    const Country* country = nullptr;
};

// The organisation a row is about: its name, and the web domain its url and email use.
struct Company {
    std::string name;    // "Kestrel Motors SAS"
    std::string domain;  // "kestrel-motors.example.com"
};

// The shared facts of one row, drawn lazily from the row key so that they do not depend on which
// columns the table has or in which order they are generated.
class RowContext {
public:
    explicit RowContext(std::uint64_t row_key) : row_key_(row_key) {}
    RowContext(std::uint64_t seed, std::uint64_t table_stream, std::int64_t row_number)
        : RowContext(mix(seed, table_stream, static_cast<std::uint64_t>(row_number))) {}

    const Person& person();    // named as people of the place's country are
    const Place& place();
    const Company& company();

    // The row's country when a column's value names it (an override, a lookup parent's key):
    // the place (city, region, codes, phone, coordinates) and the person are drawn in that
    // country. Call before the first place() or person(). Returns false, changing nothing, when
    // the value names no country flaqes knows (find_country_named).
    bool pin_country(std::string_view value);
    // The table's place columns hold at most these lengths: a place drawn anywhere is drawn among
    // those that fit, so postal codes and names are whole ("YJ5 4", "Comunidad de"). Before place().
    void fit_place(const PlaceLimits& limits) { limits_ = &limits; }

    // The first name-like value (a title, product, company or person name) generated for the
    // row, which a slug generated after it is made from; nullptr before.
    const std::string* row_name() const { return row_name_ ? &*row_name_ : nullptr; }
    void note_row_name(const std::string& name) {
        if (!row_name_) row_name_ = name;
    }

private:
    std::uint64_t row_key_;
    std::optional<Person> person_;
    std::optional<Place> place_;
    std::optional<Company> company_;
    std::optional<std::string> row_name_;
    const Country* country_ = nullptr;  // pin_country
    const PlaceLimits* limits_ = nullptr;  // fit_place
};

// Birthdays and ages are computed against this fixed date (2025-01-01), not today's, so the same
// seed gives the same data whenever it runs.
const char* reference_date();

// A realistic value for the semantic as text. rng is the column's stream (values that are not
// shared by the row); row_number is the uniqueness counter embedded by embeds_row_number()
// semantics. Numbers respect shape's scale, precision and integer range; text is cut to
// shape.max_length bytes keeping its form (an email keeps its domain and its row number).
// Semantic::none yields a short sentence fragment.
std::string text_value(Semantic semantic, Rng& rng, RowContext& row, std::int64_t row_number,
                       const Shape& shape = {});

// Cuts a value of this semantic to max_bytes keeping it well-formed where possible: email local
// part shortened before the domain, row-number suffixes kept, titles cut between words.
std::string fit_value(Semantic semantic, std::string_view text, std::size_t max_bytes);

}  // namespace flaqes::seed
