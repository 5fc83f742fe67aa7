#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/seed/values/person_names.hpp"
#include "core/seed/values/semantic.hpp"
#include "core/seed/values/text.hpp"
#include "core/seed/values/uuid.hpp"
#include "core/seed/values/words.hpp"

using namespace flaqes::seed;

namespace {

bool all_of_chars(const std::string& text, const char* allowed) {
    return !text.empty() && text.find_first_not_of(allowed) == std::string::npos;
}

const char* const lower_alnum = "abcdefghijklmnopqrstuvwxyz0123456789";

// The value of one semantic for one row of the stream seed 42, table "t".
std::string value(Semantic semantic, std::int64_t row, const Shape& shape = {}) {
    RowContext context(42, stream_of("t"), row);
    Rng rng = Rng::for_index(42, stream_of(semantic_name(semantic)), static_cast<std::uint64_t>(row));
    return text_value(semantic, rng, context, row, shape);
}

template <class Each>
void for_rows(int rows, Each each) {
    for (int row = 1; row <= rows; ++row) each(row);
}

// Digits after the decimal point, or -1 without one.
int decimals(const std::string& number) {
    const std::size_t dot = number.find('.');
    return dot == std::string::npos ? -1 : static_cast<int>(number.size() - dot - 1);
}

}  // namespace

// ---- word lists -----------------------------------------------------------------------------

// Every first and last name of every country's group.
std::vector<Words> person_name_lists() {
    std::vector<Words> lists;
    for (const NameGroup& group : name_groups()) {
        lists.push_back(group.first);
        lists.push_back(group.last);
    }
    return lists;
}

TEST(SeedWords, ListsAreLargeEnoughAndWellFormed) {
    std::set<std::string> first, last;
    for (const NameGroup& group : name_groups()) {
        first.insert(group.first.begin(), group.first.end());
        last.insert(group.last.begin(), group.last.end());
        EXPECT_GE(group.first.size(), 8u) << group.name;
        EXPECT_GE(group.last.size(), 8u) << group.name;
    }
    EXPECT_GE(first.size(), 250u);
    EXPECT_GE(last.size(), 250u);
    EXPECT_GE(adjectives().size() + nouns().size() + verbs().size() + adverbs().size(), 250u);
    std::vector<Words> lists = person_name_lists();
    for (Words list : {street_names(), street_suffixes(),
                       company_words(), company_industries(), job_titles(), product_adjectives(),
                       product_nouns(), title_adjectives(), title_nouns(), adjectives(), nouns(),
                       verbs(), adverbs(), prepositions(), url_paths(), statuses()}) {
        lists.push_back(list);
    }
    for (Words list : lists) {
        ASSERT_GT(list.size(), 0u);
        std::set<std::string> unique;
        for (const char* word : list) {
            EXPECT_TRUE(valid_utf8(word)) << word;
            EXPECT_TRUE(unique.insert(word).second) << "duplicate: " << word;
        }
    }
}

TEST(SeedWords, EveryNameFoldsToAscii) {
    for (Words list : person_name_lists())
        for (const char* name : list)
            EXPECT_TRUE(all_of_chars(ascii_fold(name), lower_alnum)) << name << " -> " << ascii_fold(name);
}

TEST(SeedWords, CountriesCitiesLanguagesAndCurrenciesAgree) {
    std::set<std::string> alpha2, alpha3;
    const Words currencies = currency_codes();
    for (const Country& country : countries()) {
        EXPECT_TRUE(all_of_chars(country.alpha2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) << country.name;
        EXPECT_EQ(std::strlen(country.alpha2), 2u) << country.name;
        EXPECT_EQ(std::strlen(country.alpha3), 3u) << country.name;
        EXPECT_EQ(country.alpha3[0], country.alpha2[0]) << country.name;
        EXPECT_TRUE(alpha2.insert(country.alpha2).second) << country.alpha2;
        EXPECT_TRUE(alpha3.insert(country.alpha3).second) << country.alpha3;
        EXPECT_NE(std::find_if(currencies.begin(), currencies.end(),
                               [&](const char* c) { return std::strcmp(c, country.currency) == 0; }),
                  currencies.end())
            << country.currency;
        const std::string locale = country.locale;
        EXPECT_EQ(locale.substr(locale.find('-') + 1), country.alpha2) << locale;
        EXPECT_NE(find_language(locale.substr(0, locale.find('-')).c_str()), nullptr) << locale;
    }
    std::set<std::string> with_cities;
    for (const City& city : cities()) {
        EXPECT_NE(find_country(city.country), nullptr) << city.name;
        EXPECT_GE(city.latitude, -90.0);
        EXPECT_LE(city.latitude, 90.0);
        EXPECT_GE(city.longitude, -180.0);
        EXPECT_LE(city.longitude, 180.0);
        EXPECT_NE(std::strchr(city.time_zone, '/'), nullptr) << city.name;
        with_cities.insert(city.country);
    }
    EXPECT_EQ(with_cities, alpha2) << "every country has a city";
    for (const char* code : currencies) EXPECT_TRUE(all_of_chars(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && std::strlen(code) == 3) << code;
    for (const Colour& colour : colours()) {
        EXPECT_EQ(std::strlen(colour.hex), 7u);
        EXPECT_EQ(colour.hex[0], '#');
        EXPECT_TRUE(all_of_chars(colour.hex + 1, "0123456789abcdef")) << colour.hex;
    }
    for (const char* domain : email_domains()) EXPECT_EQ(std::string(domain).rfind("example.", 0), 0u);
}

// ---- text helpers ---------------------------------------------------------------------------

TEST(SeedText, AsciiFoldAndSlugify) {
    EXPECT_EQ(ascii_fold("Søren"), "soren");
    EXPECT_EQ(ascii_fold("Müller"), "muller");
    EXPECT_EQ(ascii_fold("O'Brien"), "obrien");
    EXPECT_EQ(ascii_fold("van Dijk"), "vandijk");
    EXPECT_EQ(ascii_fold("Wiśniewski"), "wisniewski");
    EXPECT_EQ(ascii_fold("Yılmaz"), "yilmaz");
    EXPECT_EQ(ascii_fold("Straße"), "strasse");
    EXPECT_EQ(slugify("The Lantern & the Tide!"), "the-lantern-the-tide");
    EXPECT_EQ(slugify("  Île-de-France "), "ile-de-france");
}

TEST(SeedText, Utf8Validation) {
    EXPECT_TRUE(valid_utf8("plain"));
    EXPECT_TRUE(valid_utf8("Zürich €"));
    EXPECT_FALSE(valid_utf8("\xC3"));          // truncated
    EXPECT_FALSE(valid_utf8("\xC0\xAF"));      // overlong
    EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(valid_utf8("\xFF"));
}

TEST(SeedText, FitNeverExceedsTheBoundAndStaysUtf8) {
    const std::vector<std::string> samples = {
        "Siobhán Wiśniewski", "Provence-Alpes-Côte d'Azur", "İzmir", "Zürich €€€", "plain words here",
    };
    for (const std::string& sample : samples)
        for (std::size_t n = 0; n <= sample.size() + 1; ++n) {
            for (const std::string& cut : {fit(sample, n), fit_words(sample, n)}) {
                EXPECT_LE(cut.size(), n) << sample;
                EXPECT_TRUE(valid_utf8(cut)) << sample << " at " << n;
                EXPECT_EQ(sample.compare(0, cut.size(), cut), 0) << "a prefix";
            }
        }
    EXPECT_EQ(fit("Zürich", 2), "Z");  // never half of ü
    EXPECT_EQ(fit_words("The Winter Letter", 12), "The Winter");
}

TEST(SeedText, FitValueKeepsTheFormOfTheValue) {
    EXPECT_EQ(fit_value(Semantic::email, "maria.lopez42@example.com", 22), "maria.lo42@example.com");
    EXPECT_EQ(fit_value(Semantic::email, "maria.lopez42@example.com", 16), "ma42@example.com");
    EXPECT_EQ(fit_value(Semantic::slug, "the-winter-letter-42", 12), "the-winte-42");
    EXPECT_EQ(fit_value(Semantic::username, "maria_lopez42", 8), "maria42");
    EXPECT_EQ(fit_value(Semantic::domain, "atlas-health-1.example.com", 20), "atlas-1.example.com");
    EXPECT_EQ(fit_value(Semantic::phone, "+33 612 345 6789", 13), "+336123456789");
    EXPECT_EQ(fit_value(Semantic::phone, "+33 612 345 6789", 10), "6123456789");
    EXPECT_EQ(fit_value(Semantic::title, "The Winter Letter", 12), "The Winter");
    EXPECT_EQ(fit_value(Semantic::country, "United States", 40), "United States");
}

// A region or country too long for its column is written as its code, never cut mid-name.
TEST(SeedText, PlacesTooLongForTheColumnAreCodes) {
    for_rows(300, [](int row) {
        const std::string region = value(Semantic::region, row, shape_of("character varying(8)"));
        const std::string whole = value(Semantic::region, row);
        EXPECT_TRUE(region == whole || (region.size() <= 8 && all_of_chars(region, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
            << whole << " -> " << region;
        const std::string country = value(Semantic::country, row, shape_of("character varying(6)"));
        EXPECT_TRUE(country == value(Semantic::country, row) || country.size() == 2) << country;
    });
}

// A table whose place columns are short draws places that fit them whole.
TEST(SeedText, PlacesFitTheTablesColumns) {
    const PlaceLimits limits{10, 8, 12, 5};
    std::set<std::string> countries;
    for (std::uint64_t row = 1; row <= 500; ++row) {
        RowContext context(row);
        context.fit_place(limits);
        const Place& place = context.place();
        EXPECT_LE(std::strlen(place.country->name), 10u) << place.country->name;
        EXPECT_LE(std::strlen(place.city->region), 8u) << place.city->region;
        EXPECT_LE(std::strlen(place.city->name), 12u) << place.city->name;
        EXPECT_LE(std::strlen(place.country->postal_pattern), 5u) << place.country->name;
        countries.insert(place.country->name);
    }
    EXPECT_GE(countries.size(), 5u);
}

// ---- determinism and coherence --------------------------------------------------------------

// Fixed expected values: the same seed gives the same data on every machine.
TEST(SeedValues, FixedValuesForSeed42) {
    EXPECT_EQ(value(Semantic::first_name, 1), "Thomas");  // row 1 is in New York: an English name
    EXPECT_EQ(value(Semantic::email, 1), "thomas.lewis1@example.org");
    EXPECT_EQ(value(Semantic::full_name, 1), "Thomas Lewis");
    EXPECT_EQ(value(Semantic::username, 1), "thomas1");
    EXPECT_EQ(value(Semantic::city, 2), "Brussels");
    EXPECT_EQ(value(Semantic::postal_code, 3), "X47 U0I9");
    EXPECT_EQ(value(Semantic::birth_date, 2), "1980-03-28");
    EXPECT_EQ(value(Semantic::price, 3), "55.99");
    EXPECT_EQ(value(Semantic::latitude, 1), "40.719577");
    EXPECT_EQ(value(Semantic::uuid, 1), "d370dfc3-b507-43a2-b6e7-a8ae80f3dd7e");
    EXPECT_EQ(value(Semantic::title, 2), "The Anthem and the Season");
}

TEST(SeedValues, RowsAreCoherent) {
    for_rows(500, [](int row) {
        const std::string first = value(Semantic::first_name, row);
        const std::string last = value(Semantic::last_name, row);
        EXPECT_EQ(value(Semantic::full_name, row), first + " " + last);
        const std::string email = value(Semantic::email, row);
        EXPECT_NE(email.find(ascii_fold(first)), std::string::npos) << email;
        EXPECT_NE(email.find(ascii_fold(last)), std::string::npos) << email;
        EXPECT_NE(value(Semantic::username, row).find(ascii_fold(first).substr(0, 1)), std::string::npos);

        const Country* country = find_country(value(Semantic::country_code, row).c_str());
        ASSERT_NE(country, nullptr);
        EXPECT_EQ(value(Semantic::country, row), country->name);
        EXPECT_EQ(value(Semantic::country_code3, row), country->alpha3);
        EXPECT_EQ(value(Semantic::currency_code, row), country->currency);
        EXPECT_EQ(value(Semantic::locale, row), country->locale);
        EXPECT_EQ(value(Semantic::phone, row).rfind(std::string("+") + country->calling_code + " ", 0), 0u);
        bool city_in_country = false;
        for (const City& city : cities())
            city_in_country |= city.name == value(Semantic::city, row) && std::strcmp(city.country, country->alpha2) == 0;
        EXPECT_TRUE(city_in_country) << value(Semantic::city, row);

        // Age and birth date agree on the reference date 2025-01-01.
        const int age = std::atoi(value(Semantic::age, row).c_str());
        const std::string born = value(Semantic::birth_date, row);
        const int year = std::atoi(born.substr(0, 4).c_str());
        const bool birthday_passed = born.substr(5) == "01-01";
        EXPECT_EQ(2025 - year - (birthday_passed ? 0 : 1), age) << born;
    });
}

TEST(SeedValues, EmailsAreReservedDomainsAndUniquePerRow) {
    std::set<std::string> emails, usernames, slugs;
    for_rows(3000, [&](int row) {
        const std::string email = value(Semantic::email, row);
        EXPECT_TRUE(email.find("@example.com") != std::string::npos ||
                    email.find("@example.org") != std::string::npos ||
                    email.find("@example.net") != std::string::npos)
            << email;
        EXPECT_TRUE(all_of_chars(email.substr(0, email.find('@')), "abcdefghijklmnopqrstuvwxyz0123456789.")) << email;
        emails.insert(email);
        usernames.insert(value(Semantic::username, row));
        slugs.insert(value(Semantic::slug, row));
    });
    EXPECT_EQ(emails.size(), 3000u);
    EXPECT_EQ(usernames.size(), 3000u);
    EXPECT_EQ(slugs.size(), 3000u);
    EXPECT_TRUE(embeds_row_number(Semantic::email));
    EXPECT_FALSE(embeds_row_number(Semantic::city));
}

TEST(SeedValues, NumbersStayInTheirRanges) {
    for_rows(2000, [](int row) {
        const std::string price = value(Semantic::price, row);
        EXPECT_GT(std::atof(price.c_str()), 0.0) << price;
        EXPECT_EQ(decimals(price), 2) << price;
        const double amount = std::atof(value(Semantic::amount, row).c_str());
        EXPECT_GT(amount, 0.0);
        const long quantity = std::atol(value(Semantic::quantity, row).c_str());
        EXPECT_GE(quantity, 1);
        EXPECT_LE(quantity, 20);
        const long age = std::atol(value(Semantic::age, row).c_str());
        EXPECT_GE(age, 18);
        EXPECT_LE(age, 90);
        const double latitude = std::atof(value(Semantic::latitude, row).c_str());
        EXPECT_GE(latitude, -90.0);
        EXPECT_LE(latitude, 90.0);
        const double longitude = std::atof(value(Semantic::longitude, row).c_str());
        EXPECT_GE(longitude, -180.0);
        EXPECT_LE(longitude, 180.0);
        const std::string ip = value(Semantic::ip_address, row);
        EXPECT_EQ(std::count(ip.begin(), ip.end(), '.'), 3) << ip;
    });
}

TEST(SeedValues, NumbersRespectTheColumnType) {
    for_rows(500, [](int row) {
        const std::string small_price = value(Semantic::price, row, shape_of("numeric(4,2)"));
        EXPECT_LE(std::atof(small_price.c_str()), 99.99) << small_price;
        EXPECT_EQ(decimals(small_price), 2);
        const std::string whole = value(Semantic::price, row, shape_of("integer"));
        EXPECT_EQ(decimals(whole), -1) << whole;
        EXPECT_GE(std::atol(whole.c_str()), 1);
        const std::string fine = value(Semantic::amount, row, shape_of("numeric(12,4)"));
        EXPECT_EQ(decimals(fine), 4) << fine;
        const std::string latitude = value(Semantic::latitude, row, shape_of("numeric(8,5)"));
        EXPECT_EQ(decimals(latitude), 5) << latitude;
        EXPECT_LE(std::abs(std::atof(latitude.c_str())), 90.0);
        const std::string tight = value(Semantic::longitude, row, shape_of("numeric(4,2)"));
        EXPECT_LE(std::abs(std::atof(tight.c_str())), 99.99) << tight;
    });
    EXPECT_EQ(value(Semantic::amount, 1, shape_of("numeric(3,0)")).find('.'), std::string::npos);
}

TEST(SeedValues, TextRespectsVarcharBounds) {
    for (int n : {1, 2, 3, 5, 8, 10, 12, 15, 20}) {
        for_rows(200, [n](int row) {
            for (Semantic semantic : all_semantics()) {
                const std::string text = value(semantic, row, shape_of("character varying(" + std::to_string(n) + ")"));
                ASSERT_LE(text.size(), static_cast<std::size_t>(n)) << semantic_name(semantic);
                ASSERT_TRUE(valid_utf8(text)) << semantic_name(semantic);
            }
        });
    }
}

TEST(SeedValues, EmailsShortenedForTheColumnKeepTheirDomain) {
    for_rows(300, [](int row) {
        const std::string email = value(Semantic::email, row, shape_of("character varying(20)"));
        EXPECT_LE(email.size(), 20u);
        EXPECT_NE(email.find("@example."), std::string::npos) << email;
        EXPECT_NE(email.find(std::to_string(row) + "@"), std::string::npos) << email;
    });
}

// ---- uuids ----------------------------------------------------------------------------------

TEST(SeedUuid, PatternEncodesTableAndRow) {
    EXPECT_EQ(pattern_uuid(12, 7), "00000012-0000-4000-8000-000000000007");
    EXPECT_EQ(pattern_uuid(3, 1234567890123), "00000003-0001-4000-8000-234567890123");
    EXPECT_EQ(pattern_uuid(99999999, 9999999999999999), "99999999-9999-4000-8000-999999999999");
    EXPECT_THROW(pattern_uuid(100000000, 1), flaqes::Error);
    EXPECT_THROW(pattern_uuid(1, -1), flaqes::Error);
    try {
        pattern_uuid(1, 10000000000000000);
        FAIL();
    } catch (const flaqes::Error& e) {
        EXPECT_EQ(e.code(), "22023");
        EXPECT_NE(e.hint().find("random"), std::string::npos);
    }
}

TEST(SeedUuid, RandomIsVersion4) {
    Rng rng(1, 2);
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const std::string uuid = random_uuid(rng);
        ASSERT_EQ(uuid.size(), 36u);
        EXPECT_EQ(uuid[14], '4');
        EXPECT_NE(std::string("89ab").find(uuid[19]), std::string::npos) << uuid;
        seen.insert(uuid);
    }
    EXPECT_EQ(seen.size(), 1000u);
}

// ---- names and shapes -----------------------------------------------------------------------

TEST(SeedSemantic, NamesRoundTrip) {
    EXPECT_STREQ(semantic_name(Semantic::none), "none");
    for (Semantic semantic : all_semantics()) {
        const auto back = semantic_from_name(semantic_name(semantic));
        ASSERT_TRUE(back.has_value()) << semantic_name(semantic);
        EXPECT_EQ(*back, semantic) << semantic_name(semantic);
    }
    EXPECT_FALSE(semantic_from_name("e-mail").has_value());
}

TEST(SeedSemantic, ShapeOfTypeNames) {
    EXPECT_EQ(shape_of("character varying(40)").max_length, 40);
    EXPECT_EQ(shape_of("character(2)").max_length, 2);
    EXPECT_EQ(shape_of("character").max_length, 1);
    EXPECT_EQ(shape_of("character varying").max_length, -1);
    EXPECT_EQ(shape_of("text").max_length, -1);
    const Shape money = shape_of("numeric(10,2)");
    EXPECT_EQ(money.precision, 10);
    EXPECT_EQ(money.scale, 2);
    EXPECT_EQ(shape_of("numeric(5)").scale, 0);
    EXPECT_EQ(shape_of("numeric").precision, -1);
    EXPECT_EQ(shape_of("smallint").integer_max, 32767);
    EXPECT_EQ(shape_of("integer").scale, 0);
    EXPECT_EQ(shape_of("numeric[]").precision, -1);
}

// ---- classification -------------------------------------------------------------------------

struct Case {
    const char* column;
    const char* type;
    char category;
    Semantic expected;
    const char* table = "";
};

class Classify : public ::testing::TestWithParam<Case> {};

TEST_P(Classify, Column) {
    const Case& c = GetParam();
    EXPECT_EQ(classify_column(c.column, c.type, c.category, c.table), c.expected)
        << c.column << " " << c.type << " got " << semantic_name(classify_column(c.column, c.type, c.category, c.table))
        << ", want " << semantic_name(c.expected);
}

const Case classify_cases[] = {
    // people
    {"first_name", "text", 'S', Semantic::first_name},
    {"firstName", "character varying(40)", 'S', Semantic::first_name},
    {"FirstName", "text", 'S', Semantic::first_name},
    {"given_name", "text", 'S', Semantic::first_name},
    {"last_name", "character varying(20)", 'S', Semantic::last_name},
    {"surname", "text", 'S', Semantic::last_name},
    {"full_name", "text", 'S', Semantic::full_name},
    {"customer_name", "text", 'S', Semantic::full_name},
    {"contact_name", "character varying(30)", 'S', Semantic::full_name},
    {"name", "text", 'S', Semantic::full_name, "customers"},
    {"name", "character varying(120)", 'S', Semantic::full_name, "artist"},
    {"name", "text", 'S', Semantic::company, "suppliers"},
    {"name", "text", 'S', Semantic::product_name, "products"},
    {"name", "character(20)", 'S', Semantic::language_name, "language"},
    {"name", "text", 'S', Semantic::title, "playlist"},
    {"name", "text", 'S', Semantic::title},
    {"file_name", "text", 'S', Semantic::file_name, "users"},
    {"composer", "character varying(220)", 'S', Semantic::full_name},
    {"email", "text", 'S', Semantic::email},
    {"email_address", "text", 'S', Semantic::email},
    {"emailAddress", "text", 'S', Semantic::email},
    {"billing_email", "character varying(80)", 'S', Semantic::email},
    {"e_mail", "text", 'S', Semantic::email},
    {"email_count", "integer", 'N', Semantic::count},
    {"email_verified", "boolean", 'B', Semantic::none},
    {"username", "text", 'S', Semantic::username},
    {"user_name", "text", 'S', Semantic::username},
    {"login", "text", 'S', Semantic::username},
    {"last_login", "timestamp with time zone", 'D', Semantic::none},
    {"phone", "character varying(24)", 'S', Semantic::phone},
    {"phone_number", "text", 'S', Semantic::phone},
    {"contact_phone", "text", 'S', Semantic::phone},
    {"home_phone", "character varying(24)", 'S', Semantic::phone},
    {"fax", "character varying(24)", 'S', Semantic::phone},
    {"mobileNumber", "text", 'S', Semantic::phone},
    {"age", "integer", 'N', Semantic::age},
    {"page", "integer", 'N', Semantic::none},
    {"dob", "date", 'D', Semantic::birth_date},
    {"birthdate", "date", 'D', Semantic::birth_date},
    {"birth_date", "timestamp without time zone", 'D', Semantic::birth_date},
    {"date_of_birth", "date", 'D', Semantic::birth_date},
    {"hire_date", "date", 'D', Semantic::none},
    // places
    {"address", "character varying(60)", 'S', Semantic::street_address},
    {"ship_address", "character varying(60)", 'S', Semantic::street_address},
    {"address_line1", "text", 'S', Semantic::street_address},
    {"address2", "text", 'S', Semantic::address_line2},
    {"address_line_2", "text", 'S', Semantic::address_line2},
    {"mac_address", "text", 'S', Semantic::none},
    {"city", "text", 'S', Semantic::city},
    {"shipping_city", "character varying(15)", 'S', Semantic::city},
    {"billing_state", "character varying(40)", 'S', Semantic::region},
    {"district", "text", 'S', Semantic::region},
    {"region", "character varying(15)", 'S', Semantic::region},
    {"region_description", "character varying(60)", 'S', Semantic::region},
    {"state_abbr", "character varying(2)", 'S', Semantic::region_code},
    {"zip", "text", 'S', Semantic::postal_code},
    {"zipcode", "text", 'S', Semantic::postal_code},
    {"postcode", "text", 'S', Semantic::postal_code},
    {"postal_code", "character varying(10)", 'S', Semantic::postal_code},
    {"billing_postal_code", "character varying(10)", 'S', Semantic::postal_code},
    {"country", "character varying(15)", 'S', Semantic::country},
    {"country", "character(2)", 'S', Semantic::country_code},
    {"country_code", "character(3)", 'S', Semantic::country_code3},
    {"country_iso", "text", 'S', Semantic::country_code},
    {"countryIso3", "text", 'S', Semantic::country_code3},
    {"country_id", "integer", 'N', Semantic::none},
    {"lat", "double precision", 'N', Semantic::latitude},
    {"latitude", "numeric(9,6)", 'N', Semantic::latitude},
    {"lng", "double precision", 'N', Semantic::longitude},
    {"lon", "real", 'N', Semantic::longitude},
    {"geo_long", "numeric", 'N', Semantic::longitude},
    {"timezone", "text", 'S', Semantic::time_zone},
    {"currency", "character(3)", 'S', Semantic::currency_code},
    {"currency_code", "text", 'S', Semantic::currency_code},
    {"lang", "text", 'S', Semantic::language_code},
    {"language", "character varying(2)", 'S', Semantic::language_code},
    {"language", "text", 'S', Semantic::language_name},
    {"locale", "text", 'S', Semantic::locale},
    {"language_id", "smallint", 'N', Semantic::none},
    // organisations and web
    {"company", "character varying(80)", 'S', Semantic::company},
    {"company_name", "character varying(40)", 'S', Semantic::company},
    {"ship_name", "character varying(40)", 'S', Semantic::company},
    {"employer", "text", 'S', Semantic::company},
    {"title", "character varying(30)", 'S', Semantic::job_title, "employees"},
    {"contact_title", "character varying(30)", 'S', Semantic::job_title},
    {"job_title", "text", 'S', Semantic::job_title},
    {"website", "text", 'S', Semantic::url},
    {"homepage", "text", 'S', Semantic::url},
    {"avatarUrl", "text", 'S', Semantic::url},
    {"domain", "text", 'S', Semantic::domain},
    {"hostname", "text", 'S', Semantic::domain},
    {"ip_address", "inet", 'I', Semantic::ip_address},
    {"client", "inet", 'I', Semantic::ip_address},
    {"last_login_ip", "text", 'S', Semantic::ip_address},
    {"IPAddress", "text", 'S', Semantic::ip_address},
    // numbers
    {"price", "numeric(10,2)", 'N', Semantic::price},
    {"unit_price", "real", 'N', Semantic::price},
    {"unitPrice", "numeric(10,2)", 'N', Semantic::price},
    {"rental_rate", "numeric(4,2)", 'N', Semantic::price},
    {"replacement_cost", "numeric(5,2)", 'N', Semantic::price},
    {"amount", "numeric(5,2)", 'N', Semantic::amount},
    {"total_amount", "numeric(12,2)", 'N', Semantic::amount},
    {"total", "numeric(10,2)", 'N', Semantic::amount},
    {"freight", "real", 'N', Semantic::amount},
    {"discount", "real", 'N', Semantic::fraction},
    {"qty", "integer", 'N', Semantic::quantity},
    {"quantity", "smallint", 'N', Semantic::quantity},
    {"units_in_stock", "smallint", 'N', Semantic::quantity},
    {"quantity_per_unit", "character varying(20)", 'S', Semantic::package},
    {"price", "boolean", 'B', Semantic::none},
    // things and text
    {"color", "text", 'S', Semantic::color},
    {"colour", "text", 'S', Semantic::color},
    {"color", "character(7)", 'S', Semantic::color_hex},
    {"hex_color", "text", 'S', Semantic::color_hex},
    {"slug", "text", 'S', Semantic::slug},
    {"title", "text", 'S', Semantic::title, "film"},
    {"title", "character varying(160)", 'S', Semantic::title, "album"},
    {"product_name", "character varying(40)", 'S', Semantic::product_name},
    {"description", "text", 'S', Semantic::description},
    {"customer_desc", "text", 'S', Semantic::description},
    {"notes", "text", 'S', Semantic::description},
    {"bio", "text", 'S', Semantic::description},
    {"status", "text", 'S', Semantic::status},
    {"order_status", "character varying(20)", 'S', Semantic::status},
    {"status", "integer", 'N', Semantic::none},
    {"uuid", "text", 'S', Semantic::uuid},
    {"id", "uuid", 'U', Semantic::uuid},
    {"external_ref", "uuid", 'U', Semantic::uuid},
    // nothing to say
    {"id", "integer", 'N', Semantic::none},
    {"customer_id", "character varying(5)", 'S', Semantic::none},
    {"created_at", "timestamp with time zone", 'D', Semantic::none},
    {"is_active", "boolean", 'B', Semantic::none},
    {"special_features", "text[]", 'A', Semantic::none},
    {"password", "text", 'S', Semantic::password_hash},
    {"", "text", 'S', Semantic::none},
    // issue 15: bounded numbers and vocabularies
    {"active", "integer", 'N', Semantic::flag},
    {"discontinued", "integer", 'N', Semantic::rare_flag},
    {"is_deleted", "smallint", 'N', Semantic::rare_flag},
    {"is_admin", "smallint", 'N', Semantic::flag},
    {"has_children", "integer", 'N', Semantic::flag},
    {"discount", "integer", 'N', Semantic::percent},
    {"tax_rate", "numeric(4,3)", 'N', Semantic::fraction},
    {"length", "smallint", 'N', Semantic::duration_minutes},
    {"milliseconds", "integer", 'N', Semantic::duration_ms},
    {"release_year", "integer", 'N', Semantic::year},
    {"view_count", "bigint", 'N', Semantic::count},
    {"num_orders", "integer", 'N', Semantic::count},
    {"level", "integer", 'N', Semantic::level},
    {"bytes", "integer", 'N', Semantic::byte_size},
    {"size", "character varying(5)", 'S', Semantic::size_label},
    {"extension", "character varying(4)", 'S', Semantic::extension},
    {"photo_path", "character varying(255)", 'S', Semantic::image_path},
    {"title_of_courtesy", "character varying(25)", 'S', Semantic::courtesy_title},
    {"special_features", "text", 'S', Semantic::feature},
    {"category", "text", 'S', Semantic::category},
    {"industry", "text", 'S', Semantic::industry},
    {"tags", "text", 'S', Semantic::tag},
    {"type", "text", 'S', Semantic::type_label},
    {"sku", "text", 'S', Semantic::code},
    {"country_code", "text", 'S', Semantic::country_code},
    {"email", "text", 'S', Semantic::company_email, "suppliers"},
    {"email", "text", 'S', Semantic::email, "customers"},
    {"active", "text", 'S', Semantic::none},
    // one-character text: flags by name, other names letter codes; gender stays gender
    {"active", "character(1)", 'S', Semantic::yes_no},
    {"term_exists", "character varying(1)", 'S', Semantic::yes_no},
    {"is_hierarchical", "character varying(1)", 'S', Semantic::yes_no},
    {"invalid_reason", "character varying(1)", 'S', Semantic::letter_code},
    {"gender", "character(1)", 'S', Semantic::gender},
    {"grade", "character varying(1)", 'S', Semantic::letter_code},
    {"term_exists", "integer", 'N', Semantic::flag},
    {"state", "character(2)", 'S', Semantic::region_code},
    {"state", "text", 'S', Semantic::region},
    {"base_salary", "integer", 'N', Semantic::annual_amount},
    {"user_agent", "text", 'S', Semantic::user_agent},
    {"referrer", "text", 'S', Semantic::url},
    {"event_type", "text", 'S', Semantic::event_name},
    {"payment_method", "varchar(20)", 'S', Semantic::payment_method},
    {"content_type", "text", 'S', Semantic::mime_type},
    {"platform", "text", 'S', Semantic::platform},
    {"browser", "text", 'S', Semantic::browser},
    {"type", "text", 'S', Semantic::type_label},
    // issue 15, schemas nobody had seen: quantities by unit, identifiers by name, vocabularies
    {"price_cents", "bigint", 'N', Semantic::cents},
    {"amount_off_cents", "integer", 'N', Semantic::cents},
    {"salary", "numeric(10,2)", 'N', Semantic::annual_amount},
    {"budget", "numeric(14,2)", 'N', Semantic::annual_amount},
    {"hourly_rate", "numeric(6,2)", 'N', Semantic::wage},
    {"hours", "numeric(4,2)", 'N', Semantic::hours},
    {"overtime_hours", "numeric(4,2)", 'N', Semantic::hours},
    {"weekly_hours", "smallint", 'N', Semantic::weekly_hours},
    {"trial_days", "integer", 'N', Semantic::days},
    {"vacation_days_remaining", "numeric(4,1)", 'N', Semantic::days},
    {"duration_in_months", "smallint", 'N', Semantic::months},
    {"years_of_experience", "smallint", 'N', Semantic::years_span},
    {"card_exp_year", "smallint", 'N', Semantic::expiry_year},
    {"release_year", "integer", 'N', Semantic::year},
    {"height_cm", "numeric(5,1)", 'N', Semantic::height_cm},
    {"weight_kg", "numeric(5,1)", 'N', Semantic::weight_kg},
    {"dosage_mg", "numeric(7,2)", 'N', Semantic::dosage_mg},
    {"temperature_c", "numeric(5,2)", 'N', Semantic::temperature},
    {"humidity_pct", "numeric(5,2)", 'N', Semantic::percent},
    {"battery_level", "smallint", 'N', Semantic::percent},
    {"tax_rate", "numeric(5,4)", 'N', Semantic::fraction},
    {"pressure_hpa", "numeric(6,1)", 'N', Semantic::pressure_hpa},
    {"co2_ppm", "integer", 'N', Semantic::ppm},
    {"signal_strength_dbm", "smallint", 'N', Semantic::signal_dbm},
    {"elevation_m", "integer", 'N', Semantic::elevation_m},
    {"battery_voltage", "numeric(4,2)", 'N', Semantic::voltage},
    {"heart_rate", "smallint", 'N', Semantic::heart_rate},
    {"respiratory_rate", "smallint", 'N', Semantic::respiratory_rate},
    {"oxygen_saturation", "smallint", 'N', Semantic::oxygen_saturation},
    {"systolic_bp", "smallint", 'N', Semantic::systolic_bp},
    {"diastolic_bp", "smallint", 'N', Semantic::diastolic_bp},
    {"seats", "integer", 'N', Semantic::quantity},
    {"capacity", "smallint", 'N', Semantic::quantity},
    {"max_redemptions", "integer", 'N', Semantic::count},
    {"number_of_guests", "integer", 'N', Semantic::count},
    {"value_as_number", "numeric", 'N', Semantic::none},
    {"weight_grams", "integer", 'N', Semantic::mass_g},
    {"m", "money", 'N', Semantic::none},  // a unit alone names nothing measured
    {"g", "integer", 'N', Semantic::none},
    {"length_mm", "integer", 'N', Semantic::length_mm},
    {"distance_km", "numeric(8,1)", 'N', Semantic::distance_km},
    {"top_speed_kmh", "numeric(5,1)", 'N', Semantic::speed_kmh},
    {"payload_kg", "numeric(7,1)", 'N', Semantic::mass_kg},
    {"engine_size_l", "numeric(3,1)", 'N', Semantic::volume_l},
    {"square_feet", "integer", 'N', Semantic::area_sqft},
    {"lot_size_acres", "numeric(6,2)", 'N', Semantic::area_acres},
    {"odometer_km", "integer", 'N', Semantic::odometer_km},
    {"gpa", "numeric(3,2)", 'N', Semantic::gpa},
    {"score", "integer", 'N', Semantic::score},
    {"bedrooms", "smallint", 'N', Semantic::rooms},
    {"credits_earned", "integer", 'N', Semantic::count},
    {"sort_order", "integer", 'N', Semantic::count},
    {"age_limit", "smallint", 'N', Semantic::age},
    {"overdraft_limit", "numeric(10,2)", 'N', Semantic::amount},
    {"year_built", "smallint", 'N', Semantic::year},
    // identifiers by name
    {"number", "character varying(32)", 'S', Semantic::code},
    {"tax_id", "character varying(20)", 'S', Semantic::code},
    {"vat_number", "character varying(16)", 'S', Semantic::code},
    {"license_number", "character varying(15)", 'S', Semantic::code},
    {"cost_center", "character varying(8)", 'S', Semantic::code},
    {"phone_number", "character varying(20)", 'S', Semantic::phone},
    {"license_no", "character varying(12)", 'S', Semantic::code},
    {"isbn", "character varying(13)", 'S', Semantic::isbn},
    {"iban", "character varying(34)", 'S', Semantic::iban},
    {"vin", "character(17)", 'S', Semantic::vin},
    {"license_plate", "character varying(10)", 'S', Semantic::license_plate},
    {"mime_type", "text", 'S', Semantic::mime_type},
    {"content_type", "character varying(100)", 'S', Semantic::mime_type},
    {"user_agent", "text", 'S', Semantic::user_agent},
    {"referrer", "text", 'S', Semantic::url},
    {"utm_source", "text", 'S', Semantic::marketing_source},
    {"major", "text", 'S', Semantic::subject},
    {"checksum_sha256", "character(64)", 'S', Semantic::token},
    // forms and vocabularies
    {"firmware_version", "text", 'S', Semantic::version},
    {"hardware_revision", "character varying(4)", 'S', Semantic::version},
    {"model", "text", 'S', Semantic::model},
    {"specialty", "text", 'S', Semantic::specialty},
    {"emergency_contact_relationship", "text", 'S', Semantic::relationship},
    {"frequency", "text", 'S', Semantic::frequency},
    {"drug_name", "text", 'S', Semantic::drug},
    {"allergies", "text", 'S', Semantic::allergy},
    {"card_brand", "text", 'S', Semantic::card_brand},
    {"memo", "text", 'S', Semantic::description},
    {"reason_for_visit", "text", 'S', Semantic::description},
    // names by what they name
    {"preferred_name", "text", 'S', Semantic::first_name},
    {"legal_name", "text", 'S', Semantic::company},
    {"insurance_provider", "text", 'S', Semantic::company},
    {"name", "text", 'S', Semantic::company, "accounts"},
    {"name", "text", 'S', Semantic::department, "departments"},
};

INSTANTIATE_TEST_SUITE_P(SeedSemantic, Classify, ::testing::ValuesIn(classify_cases));
