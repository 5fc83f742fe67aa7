#include "core/seed/values/semantic.hpp"

#include <cctype>
#include <cstdlib>
#include <limits>

#include "core/seed/values/generators.hpp"
#include "core/seed/values/text.hpp"

namespace flaqes::seed {
namespace {

// How a value too long for its column is shortened.
enum class FitStyle {
    cut,          // at a code point boundary
    words,        // after a whole word
    keep_number,  // keep the row number and what follows it (email domain, url tail)
    phone,        // drop the spacing, then keep the last digits
};

struct Kind {
    Semantic semantic;
    const char* name;
    generators::Generator generate;
    FitStyle fit;
};

// The registry: one row per semantic, in enum order.
const Kind kinds[] = {
    {Semantic::none, "none", generators::phrase, FitStyle::words},
    {Semantic::first_name, "first_name", generators::first_name, FitStyle::cut},
    {Semantic::last_name, "last_name", generators::last_name, FitStyle::cut},
    {Semantic::full_name, "full_name", generators::full_name, FitStyle::words},
    {Semantic::email, "email", generators::email, FitStyle::keep_number},
    {Semantic::username, "username", generators::username, FitStyle::keep_number},
    {Semantic::phone, "phone", generators::phone, FitStyle::phone},
    {Semantic::age, "age", generators::age, FitStyle::cut},
    {Semantic::birth_date, "birth_date", generators::birth_date, FitStyle::cut},
    {Semantic::street_address, "street_address", generators::street_address, FitStyle::words},
    {Semantic::address_line2, "address_line2", generators::address_line2, FitStyle::cut},
    {Semantic::city, "city", generators::city, FitStyle::words},
    {Semantic::region, "region", generators::region, FitStyle::words},
    {Semantic::postal_code, "postal_code", generators::postal_code, FitStyle::cut},
    {Semantic::country, "country", generators::country, FitStyle::words},
    {Semantic::country_code, "country_code", generators::country_code, FitStyle::cut},
    {Semantic::country_code3, "country_code3", generators::country_code3, FitStyle::cut},
    {Semantic::latitude, "latitude", generators::latitude, FitStyle::cut},
    {Semantic::longitude, "longitude", generators::longitude, FitStyle::cut},
    {Semantic::time_zone, "time_zone", generators::time_zone, FitStyle::cut},
    {Semantic::currency_code, "currency_code", generators::currency_code, FitStyle::cut},
    {Semantic::language_code, "language_code", generators::language_code, FitStyle::cut},
    {Semantic::language_name, "language_name", generators::language_name, FitStyle::words},
    {Semantic::locale, "locale", generators::locale, FitStyle::cut},
    {Semantic::company, "company", generators::company, FitStyle::words},
    {Semantic::job_title, "job_title", generators::job_title, FitStyle::words},
    {Semantic::url, "url", generators::url, FitStyle::keep_number},
    {Semantic::domain, "domain", generators::domain, FitStyle::keep_number},
    {Semantic::ip_address, "ip_address", generators::ip_address, FitStyle::cut},
    {Semantic::price, "price", generators::price, FitStyle::cut},
    {Semantic::amount, "amount", generators::amount, FitStyle::cut},
    {Semantic::quantity, "quantity", generators::quantity, FitStyle::cut},
    {Semantic::color, "color", generators::color, FitStyle::words},
    {Semantic::color_hex, "color_hex", generators::color_hex, FitStyle::cut},
    {Semantic::slug, "slug", generators::slug, FitStyle::keep_number},
    {Semantic::title, "title", generators::title, FitStyle::words},
    {Semantic::product_name, "product_name", generators::product_name, FitStyle::words},
    {Semantic::description, "description", generators::description, FitStyle::words},
    {Semantic::status, "status", generators::status, FitStyle::cut},
    {Semantic::uuid, "uuid", generators::uuid, FitStyle::cut},
    {Semantic::company_email, "company_email", generators::company_email, FitStyle::keep_number},
    {Semantic::region_code, "region_code", generators::region_code, FitStyle::cut},
    {Semantic::flag, "flag", generators::flag, FitStyle::cut},
    {Semantic::fraction, "fraction", generators::fraction, FitStyle::cut},
    {Semantic::percent, "percent", generators::percent, FitStyle::cut},
    {Semantic::duration_minutes, "duration_minutes", generators::duration_minutes, FitStyle::cut},
    {Semantic::duration_seconds, "duration_seconds", generators::duration_seconds, FitStyle::cut},
    {Semantic::duration_ms, "duration_ms", generators::duration_ms, FitStyle::cut},
    {Semantic::year, "year", generators::year, FitStyle::cut},
    {Semantic::count, "count", generators::count, FitStyle::cut},
    {Semantic::rating, "rating", generators::rating, FitStyle::cut},
    {Semantic::level, "level", generators::level, FitStyle::cut},
    {Semantic::byte_size, "byte_size", generators::byte_size, FitStyle::cut},
    {Semantic::extension, "extension", generators::extension, FitStyle::cut},
    {Semantic::area_code, "area_code", generators::area_code, FitStyle::cut},
    {Semantic::password_hash, "password_hash", generators::password_hash, FitStyle::cut},
    {Semantic::token, "token", generators::token, FitStyle::cut},
    {Semantic::file_path, "file_path", generators::file_path, FitStyle::keep_number},
    {Semantic::image_path, "image_path", generators::image_path, FitStyle::keep_number},
    {Semantic::file_name, "file_name", generators::file_name, FitStyle::keep_number},
    {Semantic::courtesy_title, "courtesy_title", generators::courtesy_title, FitStyle::cut},
    {Semantic::package, "package", generators::package, FitStyle::words},
    {Semantic::code, "code", generators::code, FitStyle::keep_number},
    {Semantic::gender, "gender", generators::gender, FitStyle::cut},
    {Semantic::category, "category", generators::category, FitStyle::words},
    {Semantic::industry, "industry", generators::industry, FitStyle::words},
    {Semantic::tag, "tag", generators::tag, FitStyle::cut},
    {Semantic::type_label, "type", generators::type_label, FitStyle::cut},
    {Semantic::role, "role", generators::role, FitStyle::cut},
    {Semantic::size_label, "size", generators::size_label, FitStyle::cut},
    {Semantic::genre, "genre", generators::genre, FitStyle::words},
    {Semantic::department, "department", generators::department, FitStyle::words},
    {Semantic::feature, "feature", generators::feature, FitStyle::words},
    {Semantic::cents, "cents", generators::cents, FitStyle::cut},
    {Semantic::annual_amount, "annual_amount", generators::measure<Semantic::annual_amount>, FitStyle::cut},
    {Semantic::wage, "wage", generators::measure<Semantic::wage>, FitStyle::cut},
    {Semantic::hours, "hours", generators::measure<Semantic::hours>, FitStyle::cut},
    {Semantic::weekly_hours, "weekly_hours", generators::measure<Semantic::weekly_hours>, FitStyle::cut},
    {Semantic::days, "days", generators::measure<Semantic::days>, FitStyle::cut},
    {Semantic::months, "months", generators::measure<Semantic::months>, FitStyle::cut},
    {Semantic::years_span, "years", generators::measure<Semantic::years_span>, FitStyle::cut},
    {Semantic::expiry_year, "expiry_year", generators::measure<Semantic::expiry_year>, FitStyle::cut},
    {Semantic::height_cm, "height_cm", generators::measure<Semantic::height_cm>, FitStyle::cut},
    {Semantic::weight_kg, "weight_kg", generators::measure<Semantic::weight_kg>, FitStyle::cut},
    {Semantic::dosage_mg, "dosage_mg", generators::measure<Semantic::dosage_mg>, FitStyle::cut},
    {Semantic::temperature, "temperature", generators::measure<Semantic::temperature>, FitStyle::cut},
    {Semantic::pressure_hpa, "pressure_hpa", generators::measure<Semantic::pressure_hpa>, FitStyle::cut},
    {Semantic::ppm, "ppm", generators::measure<Semantic::ppm>, FitStyle::cut},
    {Semantic::signal_dbm, "signal_dbm", generators::measure<Semantic::signal_dbm>, FitStyle::cut},
    {Semantic::elevation_m, "elevation_m", generators::measure<Semantic::elevation_m>, FitStyle::cut},
    {Semantic::voltage, "voltage", generators::measure<Semantic::voltage>, FitStyle::cut},
    {Semantic::heart_rate, "heart_rate", generators::measure<Semantic::heart_rate>, FitStyle::cut},
    {Semantic::respiratory_rate, "respiratory_rate", generators::measure<Semantic::respiratory_rate>, FitStyle::cut},
    {Semantic::oxygen_saturation, "oxygen_saturation", generators::measure<Semantic::oxygen_saturation>, FitStyle::cut},
    {Semantic::systolic_bp, "systolic_bp", generators::measure<Semantic::systolic_bp>, FitStyle::cut},
    {Semantic::diastolic_bp, "diastolic_bp", generators::measure<Semantic::diastolic_bp>, FitStyle::cut},
    {Semantic::version, "version", generators::version, FitStyle::keep_number},
    {Semantic::model, "model", generators::model, FitStyle::words},
    {Semantic::specialty, "specialty", generators::specialty, FitStyle::words},
    {Semantic::relationship, "relationship", generators::relationship, FitStyle::words},
    {Semantic::frequency, "frequency", generators::frequency, FitStyle::words},
    {Semantic::drug, "drug", generators::drug, FitStyle::words},
    {Semantic::allergy, "allergy", generators::allergy, FitStyle::words},
    {Semantic::card_brand, "card_brand", generators::card_brand, FitStyle::words},
    {Semantic::length_mm, "length_mm", generators::measure<Semantic::length_mm>, FitStyle::cut},
    {Semantic::length_m, "length_m", generators::measure<Semantic::length_m>, FitStyle::cut},
    {Semantic::distance_km, "distance_km", generators::measure<Semantic::distance_km>, FitStyle::cut},
    {Semantic::speed_kmh, "speed_kmh", generators::measure<Semantic::speed_kmh>, FitStyle::cut},
    {Semantic::mass_g, "mass_g", generators::measure<Semantic::mass_g>, FitStyle::cut},
    {Semantic::mass_kg, "mass_kg", generators::measure<Semantic::mass_kg>, FitStyle::cut},
    {Semantic::volume_l, "volume_l", generators::measure<Semantic::volume_l>, FitStyle::cut},
    {Semantic::volume_ml, "volume_ml", generators::measure<Semantic::volume_ml>, FitStyle::cut},
    {Semantic::area_sqft, "area_sqft", generators::measure<Semantic::area_sqft>, FitStyle::cut},
    {Semantic::area_sqm, "area_sqm", generators::measure<Semantic::area_sqm>, FitStyle::cut},
    {Semantic::area_acres, "area_acres", generators::measure<Semantic::area_acres>, FitStyle::cut},
    {Semantic::odometer_km, "odometer_km", generators::measure<Semantic::odometer_km>, FitStyle::cut},
    {Semantic::gpa, "gpa", generators::measure<Semantic::gpa>, FitStyle::cut},
    {Semantic::score, "score", generators::measure<Semantic::score>, FitStyle::cut},
    {Semantic::rooms, "rooms", generators::measure<Semantic::rooms>, FitStyle::cut},
    {Semantic::mime_type, "mime_type", generators::mime_type, FitStyle::cut},
    {Semantic::user_agent, "user_agent", generators::user_agent, FitStyle::cut},
    {Semantic::marketing_source, "marketing_source", generators::marketing_source, FitStyle::cut},
    {Semantic::isbn, "isbn", generators::isbn, FitStyle::keep_number},
    {Semantic::iban, "iban", generators::iban, FitStyle::cut},
    {Semantic::vin, "vin", generators::vin, FitStyle::keep_number},
    {Semantic::license_plate, "license_plate", generators::license_plate, FitStyle::cut},
    {Semantic::subject, "subject", generators::subject, FitStyle::words},
    {Semantic::yes_no, "yes_no", generators::yes_no, FitStyle::cut},
    {Semantic::letter_code, "letter_code", generators::letter_code, FitStyle::cut},
    {Semantic::event_name, "event_name", generators::event_name, FitStyle::cut},
    {Semantic::payment_method, "payment_method", generators::payment_method, FitStyle::cut},
    {Semantic::platform, "platform", generators::platform, FitStyle::cut},
    {Semantic::browser, "browser", generators::browser, FitStyle::cut},
    {Semantic::rare_flag, "rare_flag", generators::rare_flag, FitStyle::cut},
};

static_assert(sizeof(kinds) / sizeof(kinds[0]) == static_cast<std::size_t>(Semantic::rare_flag) + 1,
              "one row per semantic, in enum order");

const Kind& kind_of(Semantic semantic) { return kinds[static_cast<std::size_t>(semantic)]; }

bool is_separator(char c) { return c == '-' || c == '_' || c == '.' || c == '/'; }

// Keeps the last run of digits (with the separator before it) and everything after it, and
// shortens what comes before: "maria.lopez42@example.com" -> "maria.lo42@example.com".
std::string fit_keeping_number(std::string_view text, std::size_t max_bytes) {
    std::size_t end = text.find_last_of("0123456789");
    if (end == std::string_view::npos) return fit(text, max_bytes);
    std::size_t start = end;
    while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) --start;
    if (start > 0 && is_separator(text[start - 1])) --start;
    const std::string_view tail = text.substr(start);
    if (tail.size() >= max_bytes) return fit(text, max_bytes);
    std::string head = fit(text.substr(0, start), max_bytes - tail.size());
    while (!head.empty() && is_separator(head.back())) head.pop_back();
    const std::size_t after_scheme = head.find("://");
    if (head.empty() || (after_scheme != std::string::npos && after_scheme + 3 == head.size()))
        return fit(text, max_bytes);
    return head + std::string(tail);
}

std::string fit_phone(std::string_view text, std::size_t max_bytes) {
    std::string compact;
    for (char c : text)
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '+') compact += c;
    if (compact.size() <= max_bytes) return compact;
    return compact.substr(compact.size() - max_bytes);
}

// The number in "(n)" or "(p,s)" after the type name, if any.
bool type_modifiers(std::string_view type_name, std::string_view base, int& first, int& second) {
    if (type_name.substr(0, base.size()) != base) return false;
    std::string_view rest = type_name.substr(base.size());
    if (rest.empty()) return true;
    if (rest.front() != '(' || rest.back() != ')') return false;
    const std::string inside(rest.substr(1, rest.size() - 2));
    char* end = nullptr;
    first = static_cast<int>(std::strtol(inside.c_str(), &end, 10));
    if (*end == ',') second = static_cast<int>(std::strtol(end + 1, &end, 10));
    return *end == '\0';
}

}  // namespace

const char* semantic_name(Semantic semantic) { return kind_of(semantic).name; }

std::optional<Semantic> semantic_from_name(std::string_view name) {
    for (const Kind& kind : kinds)
        if (name == kind.name) return kind.semantic;
    return std::nullopt;
}

const std::vector<Semantic>& all_semantics() {
    static const std::vector<Semantic> all = [] {
        std::vector<Semantic> list;
        for (const Kind& kind : kinds)
            if (kind.semantic != Semantic::none) list.push_back(kind.semantic);
        return list;
    }();
    return all;
}

bool embeds_row_number(Semantic semantic) { return kind_of(semantic).fit == FitStyle::keep_number; }

std::optional<KindRange> kind_range(Semantic semantic) {
    switch (semantic) {
        case Semantic::age: return KindRange{0, 120, 0};
        case Semantic::latitude: return KindRange{-90000000, 90000000, 6};
        case Semantic::longitude: return KindRange{-180000000, 180000000, 6};
        case Semantic::price: return KindRange{49, 99999, 2};
        case Semantic::amount: return KindRange{100, 500000, 2};
        case Semantic::quantity: return KindRange{1, 20, 0};
        case Semantic::flag:
        case Semantic::rare_flag: return KindRange{0, 1, 0};
        case Semantic::fraction: return KindRange{0, 100, 2};
        case Semantic::percent: return KindRange{0, 100, 0};
        case Semantic::duration_minutes: return KindRange{5, 240, 0};
        case Semantic::duration_seconds: return KindRange{5, 3600, 0};
        case Semantic::duration_ms: return KindRange{5000, 900000, 0};
        case Semantic::year: return KindRange{1950, 2025, 0};
        case Semantic::count: return KindRange{0, 1000, 0};
        case Semantic::rating: return KindRange{1, 5, 0};
        case Semantic::level: return KindRange{1, 10, 0};
        case Semantic::byte_size: return KindRange{1024, 10485760, 0};
        case Semantic::extension: return KindRange{100, 9999, 0};
        case Semantic::area_code: return KindRange{201, 989, 0};
        default: return generators::measure_range(semantic);
    }
}

Shape shape_of(std::string_view type_name) {
    Shape shape;
    struct Integer {
        const char* name;
        std::int64_t max;
    };
    static const Integer integers[] = {
        {"smallint", std::numeric_limits<std::int16_t>::max()},
        {"integer", std::numeric_limits<std::int32_t>::max()},
        {"bigint", std::numeric_limits<std::int64_t>::max()},
    };
    for (const Integer& integer : integers)
        if (type_name == integer.name) {
            shape.scale = 0;
            shape.integer_max = integer.max;
            return shape;
        }
    if (type_name == "money") {
        shape.scale = 2;
        return shape;
    }
    int first = -1, second = 0;
    if (type_modifiers(type_name, "numeric", first, second)) {
        if (first >= 0) {
            shape.precision = first;
            shape.scale = second;
        }
        return shape;
    }
    for (const char* text_type : {"character varying", "character", "bit varying", "bit"}) {
        first = -1;
        if (type_modifiers(type_name, text_type, first, second)) {
            shape.max_length = first;
            shape.fixed_length = std::string_view(text_type) == "character";
            if (first < 0 && shape.fixed_length) shape.max_length = 1;
            return shape;
        }
    }
    return shape;
}

const Person& RowContext::person() {
    if (!person_) {
        const Country& country = *place().country;
        Rng rng(row_key_, 1);
        person_ = generators::draw_person(rng, country);
    }
    return *person_;
}

const Place& RowContext::place() {
    if (!place_) {
        Rng rng(row_key_, 2);
        place_ = generators::draw_place(rng, country_, limits_);
    }
    return *place_;
}

bool RowContext::pin_country(std::string_view value) {
    const Country* country = find_country_named(value);
    if (country == nullptr) return false;
    country_ = country;
    place_.reset();
    person_.reset();
    return true;
}

const Company& RowContext::company() {
    if (!company_) {
        Rng rng(row_key_, 3);
        company_ = generators::draw_company(rng);
    }
    return *company_;
}

const char* reference_date() { return "2025-01-01"; }

std::string text_value(Semantic semantic, Rng& rng, RowContext& row, std::int64_t row_number,
                       const Shape& shape) {
    std::string value = kind_of(semantic).generate(rng, row, row_number, shape);
    if (semantic == Semantic::title || semantic == Semantic::product_name || semantic == Semantic::company ||
        semantic == Semantic::full_name) {
        row.note_row_name(value);
    }
    if (shape.max_length < 0 || value.size() <= static_cast<std::size_t>(shape.max_length)) return value;
    // A region or country that does not fit is written as its code, not cut ("Comunidad de").
    if (semantic == Semantic::region) return text_value(Semantic::region_code, rng, row, row_number, shape);
    if (semantic == Semantic::country && shape.max_length >= 2) return text_value(Semantic::country_code, rng, row, row_number, shape);
    return fit_value(semantic, value, static_cast<std::size_t>(shape.max_length));
}

std::string fit_value(Semantic semantic, std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    switch (kind_of(semantic).fit) {
        case FitStyle::words: return fit_words(text, max_bytes);
        case FitStyle::keep_number: return fit_keeping_number(text, max_bytes);
        case FitStyle::phone: return fit_phone(text, max_bytes);
        case FitStyle::cut: break;
    }
    return fit(text, max_bytes);
}

}  // namespace flaqes::seed
