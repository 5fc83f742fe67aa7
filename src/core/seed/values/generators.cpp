#include "core/seed/values/generators.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

#include <fmt/format.h>

#include "core/seed/values/person_names.hpp"
#include "core/seed/values/text.hpp"
#include "core/seed/values/uuid.hpp"

namespace flaqes::seed::generators {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (era-based civil calendar).
std::int64_t days_from_civil(std::int64_t year, int month, int day) {
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

std::string iso_date(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t day_of_era = days - era * 146097;
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t mp = (5 * day_of_year + 2) / 153;
    const std::int64_t day = day_of_year - (153 * mp + 2) / 5 + 1;
    const std::int64_t month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = year_of_era + era * 400 + (month <= 2);
    return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day);
}

constexpr int reference_year = 2025;  // reference_date() is January 1st of this year

std::int64_t pow10(int digits) {
    std::int64_t p = 1;
    while (digits-- > 0) p *= 10;
    return p;
}

// units * 10^-scale as decimal text.
std::string format_fixed(std::int64_t units, int scale) {
    const bool negative = units < 0;
    std::string digits = std::to_string(negative ? 0 - static_cast<std::uint64_t>(units)
                                                 : static_cast<std::uint64_t>(units));
    if (scale > 0) {
        const auto s = static_cast<std::size_t>(scale);
        if (digits.size() <= s) digits.insert(0, s + 1 - digits.size(), '0');
        digits.insert(digits.size() - s, ".");
    }
    return negative ? "-" + digits : digits;
}

char digit(Rng& rng) { return static_cast<char>('0' + rng.below(10)); }

// "A warm message shows under the plan proudly." Built by appending (it runs for every row of a
// text column, where fmt's format parsing showed in profiles); the words are drawn in a fixed
// order, the one the data of a given seed has always had.
std::string sentence(Rng& rng) {
    const char* adjective = rng.pick(adjectives());
    const char* adverb = rng.pick(adverbs());
    const char* object = rng.pick(nouns());
    const char* preposition = rng.pick(prepositions());
    const char* verb = rng.pick(verbs());
    const char* subject = rng.pick(nouns());
    std::string text = std::strchr("aeiou", adjective[0]) ? "An " : "A ";
    for (const char* word : {adjective, " ", subject, " ", verb, " ", preposition, " the ", object, " ", adverb, "."}) {
        text += word;
    }
    return text;
}

// A coordinate near the row's city: the city's own position plus up to 0.05 degrees.
std::string coordinate(double city_degrees, Rng& rng, const Shape& shape) {
    const auto micro = static_cast<std::int64_t>(city_degrees * 1e6) + rng.between(-50000, 50000);
    return numeric_text(within(micro, rng, shape), 6, shape);
}

}  // namespace

// A number given as units of 10^-scale, written at the column's scale and clamped to what its
// precision or integer type can hold. A positive number stays positive when the scale drops.
std::string numeric_text(std::int64_t units, int scale, const Shape& shape) {
    const int target = shape.scale >= 0 ? shape.scale : scale;
    const int working = std::min(target, scale);
    std::int64_t value = units;
    for (int i = working; i < scale; ++i) value /= 10;
    if (value == 0 && units > 0) value = 1;
    std::int64_t max = std::numeric_limits<std::int64_t>::max();
    if (shape.precision > 0) {
        const int digits = shape.precision - target + working;
        max = digits <= 0 ? 0 : digits >= 19 ? max : pow10(digits) - 1;
    }
    if (shape.integer_max > 0) max = std::min(max, shape.integer_max);
    value = std::clamp(value, -max, max);
    std::string text = format_fixed(value, working);
    if (target > working) {
        if (working == 0) text += '.';
        text.append(static_cast<std::size_t>(target - working), '0');
    }
    return text;
}

std::int64_t within(std::int64_t units, Rng& rng, const Shape& shape) {
    if (units >= shape.min_units && units <= shape.max_units) return units;
    return rng.between(shape.min_units, shape.max_units);
}

Person draw_person(Rng& rng, const Country& country) {
    const NameGroup& names = names_of(country);
    Person person;
    person.first_name = rng.pick(names.first);
    person.last_name = rng.pick(names.last);
    person.age = static_cast<int>(rng.chance(0.8) ? rng.between(20, 60) : rng.between(18, 90));
    // Born at most 364 days before the age-th birthday that falls on or before the reference.
    const std::int64_t birthday = days_from_civil(reference_year - person.age, 1, 1);
    person.birth_date = iso_date(birthday - rng.between(0, 364));
    return person;
}

Place draw_place(Rng& rng, const Country* country, const PlaceLimits* limits) {
    Place place;
    if (country == nullptr && limits != nullptr && limits->any()) {
        const auto within = [](const char* text, int limit) { return limit < 0 || std::strlen(text) <= static_cast<std::size_t>(limit); };
        const auto fits = [&](const City& city) {
            const Country& c = *find_country(city.country);
            return within(c.postal_pattern, limits->postal_code) && within(c.name, limits->country) &&
                   within(city.region, limits->region) && within(city.name, limits->city);
        };
        std::size_t fitting = 0;
        for (const City& city : cities()) fitting += fits(city);
        if (fitting == 0) return draw_place(rng, nullptr);
        std::size_t pick = static_cast<std::size_t>(rng.below(fitting));
        for (const City& city : cities()) {
            if (fits(city) && pick-- == 0) {
                place.city = &city;
                break;
            }
        }
        place.country = find_country(place.city->country);
        return place;
    }
    if (country == nullptr) {
        place.city = &rng.pick(cities());
        place.country = find_country(place.city->country);
        return place;
    }
    std::size_t in_country = 0;  // every country has cities (a unit test says so)
    for (const City& city : cities()) in_country += std::strcmp(city.country, country->alpha2) == 0;
    std::size_t pick = static_cast<std::size_t>(rng.below(in_country));
    for (const City& city : cities()) {
        if (std::strcmp(city.country, country->alpha2) == 0 && pick-- == 0) {
            place.city = &city;
            break;
        }
    }
    place.country = country;
    return place;
}

std::string first_name(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.person().first_name;
}

std::string last_name(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.person().last_name;
}

std::string full_name(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.person().first_name + " " + row.person().last_name;
}

std::string email(Rng& rng, RowContext& row, std::int64_t row_number, const Shape&) {
    const Person& person = row.person();
    return fmt::format("{}.{}{}@{}", ascii_fold(person.first_name), ascii_fold(person.last_name),
                       row_number, rng.pick(email_domains()));
}

std::string username(Rng& rng, RowContext& row, std::int64_t row_number, const Shape&) {
    const std::string first = ascii_fold(row.person().first_name);
    const std::string last = ascii_fold(row.person().last_name);
    switch (rng.below(4)) {
        case 0: return fmt::format("{}.{}{}", first, last, row_number);
        case 1: return fmt::format("{}{}{}", first.substr(0, 1), last, row_number);
        case 2: return fmt::format("{}_{}{}", first, last, row_number);
        default: return fmt::format("{}{}", first, row_number);
    }
}

// North American numbers use the 555-01xx block reserved for fiction.
std::string phone(Rng& rng, RowContext& row, std::int64_t, const Shape&) {
    const char* code = row.place().country->calling_code;
    if (std::strcmp(code, "1") == 0)
        return fmt::format("+1 ({}) 555-01{}{}", rng.between(201, 989), digit(rng), digit(rng));
    std::string number = fmt::format("+{} {}", code, static_cast<char>('1' + rng.below(9)));
    for (int i = 0; i < 9; ++i) {
        if (i == 2 || i == 5) number += ' ';
        number += digit(rng);
    }
    return number;
}

std::string age(Rng& rng, RowContext& row, std::int64_t, const Shape& shape) {
    return numeric_text(within(row.person().age, rng, shape), 0, shape);
}

std::string birth_date(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.person().birth_date;
}

std::string street_address(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    const std::int64_t number = rng.chance(0.7) ? rng.between(1, 199) : rng.between(200, 9999);
    return fmt::format("{} {} {}", number, rng.pick(street_names()), rng.pick(street_suffixes()));
}

std::string address_line2(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    return fmt::format("{} {}", rng.pick(unit_prefixes()), rng.between(1, 40));
}

std::string city(Rng&, RowContext& row, std::int64_t, const Shape&) { return row.place().city->name; }

std::string region(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().city->region;
}

// The region's initials ("New South Wales" -> NSW) or its first two letters ("Bavaria" -> BA).
std::string region_code(Rng&, RowContext& row, std::int64_t, const Shape&) {
    const std::string region = slugify(row.place().city->region);
    std::string code;
    bool start = true;
    for (char c : region) {
        if (c == ' ' || c == '-') start = true;
        else if (start) {
            code += c;
            start = false;
        }
    }
    if (code.size() < 2) code = region.substr(0, 2);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

std::string postal_code(Rng& rng, RowContext& row, std::int64_t, const Shape&) {
    std::string code;
    for (const char* p = row.place().country->postal_pattern; *p; ++p) {
        if (*p == '#') code += digit(rng);
        else if (*p == 'A') code += static_cast<char>('A' + rng.below(26));
        else code += *p;
    }
    return code;
}

std::string country(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().country->name;
}

std::string country_code(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().country->alpha2;
}

std::string country_code3(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().country->alpha3;
}

std::string latitude(Rng& rng, RowContext& row, std::int64_t, const Shape& shape) {
    return coordinate(row.place().city->latitude, rng, shape);
}

std::string longitude(Rng& rng, RowContext& row, std::int64_t, const Shape& shape) {
    return coordinate(row.place().city->longitude, rng, shape);
}

std::string time_zone(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().city->time_zone;
}

std::string currency_code(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().country->currency;
}

std::string language_code(Rng&, RowContext& row, std::int64_t, const Shape&) {
    const std::string tag = row.place().country->locale;
    return tag.substr(0, tag.find('-'));
}

std::string language_name(Rng& rng, RowContext& row, std::int64_t number, const Shape& shape) {
    const Language* language = find_language(language_code(rng, row, number, shape).c_str());
    return language ? language->name : "English";
}

std::string locale(Rng&, RowContext& row, std::int64_t, const Shape&) {
    return row.place().country->locale;
}

Company draw_company(Rng& rng) {
    Company company;
    company.name = fmt::format("{} {}", rng.pick(company_words()), rng.pick(company_industries()));
    company.domain = slugify(company.name) + "." + rng.pick(email_domains());
    if (rng.chance(0.5)) company.name += fmt::format(" {}", rng.pick(company_suffixes()));
    return company;
}

std::string company(Rng&, RowContext& row, std::int64_t, const Shape&) { return row.company().name; }

// The row's company's mailbox: "sales12@kestrel-motors.example.com".
std::string company_email(Rng& rng, RowContext& row, std::int64_t row_number, const Shape&) {
    static const char* const boxes[] = {"info", "sales", "contact", "office", "hello", "support"};
    return fmt::format("{}{}@{}", boxes[rng.below(6)], row_number, row.company().domain);
}

std::string job_title(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    return rng.pick(job_titles());
}

std::string url(Rng& rng, RowContext& row, std::int64_t row_number, const Shape&) {
    return fmt::format("https://{}/{}/{}", row.company().domain, rng.pick(url_paths()), row_number);
}

// The company's host with the row number, for unique domain columns.
std::string domain(Rng&, RowContext& row, std::int64_t row_number, const Shape&) {
    const std::string& d = row.company().domain;
    const std::size_t dot = d.find('.');
    return fmt::format("{}-{}{}", d.substr(0, dot), row_number, d.substr(dot));
}

// A unicast IPv4 address outside the private, loopback and multicast ranges.
std::string ip_address(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    std::int64_t first;
    do first = rng.between(1, 223);
    while (first == 10 || first == 127 || first == 172 || first == 192 || first == 169);
    return fmt::format("{}.{}.{}.{}", first, rng.below(256), rng.below(256), rng.between(1, 254));
}

std::int64_t price_units(Rng& rng) {
    const double roll = rng.unit();
    const std::int64_t whole = roll < 0.45 ? rng.between(0, 19)
                             : roll < 0.85 ? rng.between(20, 99)
                                           : rng.between(100, 999);
    const double ending = rng.unit();
    const std::int64_t cents = ending < 0.5 ? 99 : ending < 0.7 ? 0 : ending < 0.8 ? 50
                                                                    : rng.between(1, 98);
    return std::max<std::int64_t>(whole * 100 + cents, 49);
}

std::string price(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return numeric_text(within(price_units(rng), rng, shape), 2, shape);
}

std::string amount(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    const std::int64_t cents = rng.chance(0.8) ? rng.between(100, 50000) : rng.between(50001, 500000);
    return numeric_text(within(cents, rng, shape), 2, shape);
}

std::string quantity(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return numeric_text(within(rng.chance(0.6) ? rng.between(1, 5) : rng.between(1, 20), rng, shape), 0, shape);
}

std::string color(Rng& rng, RowContext&, std::int64_t, const Shape&) { return rng.pick(colours()).name; }

std::string color_hex(Rng& rng, RowContext&, std::int64_t, const Shape&) { return rng.pick(colours()).hex; }

// From the row's name when one was generated before it ("Summit Health" -> summit-health-12).
std::string slug(Rng& rng, RowContext& row, std::int64_t row_number, const Shape& shape) {
    if (const std::string* name = row.row_name()) return fmt::format("{}-{}", slugify(*name), row_number);
    return fmt::format("{}-{}", slugify(title(rng, row, row_number, shape)), row_number);
}

std::string title(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    switch (rng.below(4)) {
        case 0: return fmt::format("The {} {}", rng.pick(title_adjectives()), rng.pick(title_nouns()));
        case 1: return fmt::format("{} {}", rng.pick(title_adjectives()), rng.pick(title_nouns()));
        case 2: return fmt::format("{} of the {}", rng.pick(title_nouns()), rng.pick(title_nouns()));
        default:
            return fmt::format("The {} and the {}", rng.pick(title_nouns()), rng.pick(title_nouns()));
    }
}

std::string product_name(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    if (rng.chance(0.3))
        return fmt::format("{} {} {}", rng.pick(product_adjectives()), rng.pick(product_adjectives()),
                           rng.pick(product_nouns()));
    return fmt::format("{} {}", rng.pick(product_adjectives()), rng.pick(product_nouns()));
}

std::string description(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    std::string text = sentence(rng);
    const std::uint64_t more = rng.below(3);
    for (std::uint64_t i = 0; i < more; ++i) text += " " + sentence(rng);
    return text;
}

std::string status(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    return rng.chance(0.6) ? statuses()[0] : rng.pick(statuses());
}

std::string uuid(Rng& rng, RowContext&, std::int64_t, const Shape&) { return random_uuid(rng); }

std::string phrase(Rng& rng, RowContext&, std::int64_t, const Shape&) {
    return fmt::format("{} {}", rng.pick(adjectives()), rng.pick(nouns()));
}

}  // namespace flaqes::seed::generators
