// Issue 15, schemas nobody had seen: quantities by unit, identifiers by name, vocabularies, kinds
// under CHECK patterns, birth dates under date bounds, a row's times after its creation time.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/seed/generator.hpp"
#include "core/seed/plan.hpp"
#include "core/seed/realistic_generator.hpp"
#include "core/seed/regex_atoms.hpp"
#include "core/seed/type_oids.hpp"
#include "core/seed/values/semantic.hpp"
#include "graph_builder.hpp"

namespace flaqes::seed {
namespace {

struct Case {
    const char* column;
    const char* type;
    char category;
    Semantic expected;
    const char* table = "";
};

const Case cases[] = {
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

TEST(SeedUnseen, ClassifiesByUnitNameAndVocabulary) {
    for (const Case& c : cases) {
        EXPECT_EQ(semantic_name(classify_column(c.column, c.type, c.category, c.table)), std::string(semantic_name(c.expected)))
            << c.column << " " << c.type << " of " << c.table;
    }
}

ColumnSpec spec(const char* name, Oid type, const char* type_name, char category) {
    ColumnSpec s;
    s.table_name = "public.t";
    s.column_name = name;
    s.type_oid = type;
    s.type_name = type_name;
    s.type_category = category;
    return s;
}

std::vector<std::string> values(const ColumnSpec& s, int n) {
    const GeneratorPtr g = choose_generator(s).generator;
    std::vector<std::string> out;
    const RowState row{};
    for (int i = 0; i < n; ++i) {
        Rng rng(3, static_cast<std::uint64_t>(i));
        RowContext context(3, 1, i);
        GenerateInput in{rng, static_cast<std::uint64_t>(i), row, context};
        std::string v;
        g->generate(in, v, nullptr);
        out.push_back(v);
    }
    return out;
}

// Values fall in the kind's typical band; a CHECK that leaves none of it is kept (values within
// the CHECK), one that leaves none of the plausible range falls back to the type's generator.
TEST(SeedUnseen, MeasuresStayTypicalAndWithinChecks) {
    ColumnSpec weight = spec("weight_kg", type_oid::numeric, "numeric(5,1)", 'N');
    weight.typmod = ((5 << 16) | 1) + 4;
    weight.rules.lower = "0";
    weight.rules.lower_inclusive = false;
    EXPECT_EQ(choose_generator(weight).name, "weight_kg");
    for (const std::string& v : values(weight, 100)) {
        EXPECT_GE(std::stod(v), 50.0) << v;
        EXPECT_LE(std::stod(v), 110.0) << v;
    }
    ColumnSpec pulse = spec("heart_rate", type_oid::int2, "smallint", 'N');
    pulse.rules.lower = "150";
    for (const std::string& v : values(pulse, 100)) {
        EXPECT_GE(std::stoi(v), 150) << v;
        EXPECT_LE(std::stoi(v), 220) << v;
    }
    ColumnSpec hot = spec("temperature_c", type_oid::int4, "integer", 'N');
    hot.rules.lower = "100";
    EXPECT_EQ(choose_generator(hot).name, "integer");
    ColumnSpec cents = spec("price_cents", type_oid::int8, "bigint", 'N');
    for (const std::string& v : values(cents, 100)) {
        EXPECT_GE(std::stoll(v), 49) << v;
        EXPECT_LE(std::stoll(v), 99999) << v;
    }
    // A percent capped at 1 holds fractions.
    ColumnSpec progress = spec("progress_pct", type_oid::numeric, "numeric(4,3)", 'N');
    progress.rules.upper = "1";
    EXPECT_EQ(choose_generator(progress).name, "fraction");
}

// A level capped at exactly 100 is a percentage; a digest fills its char(n); ISBNs and VINs carry
// the row number, so unique columns keep them.
TEST(SeedUnseen, LevelsDigestsAndSerials) {
    ColumnSpec fuel = spec("fuel_level", type_oid::int2, "smallint", 'N');
    fuel.rules.upper = "100";
    EXPECT_EQ(choose_generator(fuel).name, "percent");
    fuel.rules.upper = "10";
    EXPECT_EQ(choose_generator(fuel).name, "level");
    ColumnSpec digest = spec("checksum", type_oid::bpchar, "character(64)", 'S');
    for (const std::string& v : values(digest, 5)) EXPECT_EQ(v.size(), 64u) << v;
    ColumnSpec isbn = spec("isbn", type_oid::varchar, "character varying(13)", 'S');
    isbn.unique = true;
    EXPECT_EQ(choose_generator(isbn).name, "isbn");
    std::vector<std::string> seen = values(isbn, 200);
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& v : seen) {
        ASSERT_EQ(v.size(), 13u) << v;
        int sum = 0;
        for (std::size_t i = 0; i < 13; ++i) sum += (v[i] - '0') * (i % 2 == 0 ? 1 : 3);
        EXPECT_EQ(sum % 10, 0) << v;
    }
}

TEST(SeedUnseen, SimpleRegexMatches) {
    const auto https = parse_simple_regex("^https://");
    ASSERT_TRUE(https);
    EXPECT_TRUE(regex_matches(*https, "https://example.com/a"));
    EXPECT_FALSE(regex_matches(*https, "http://example.com"));
    const auto semver = parse_simple_regex("^[0-9]+\\.[0-9]+\\.[0-9]+$");
    ASSERT_TRUE(semver);
    EXPECT_TRUE(regex_matches(*semver, "2.14.3"));
    EXPECT_FALSE(regex_matches(*semver, "2.14"));
    EXPECT_FALSE(regex_matches(*semver, "2.14.3-beta"));
    const auto inside = parse_simple_regex("ab?c");
    ASSERT_TRUE(inside);
    EXPECT_TRUE(regex_matches(*inside, "xxacxx"));
    EXPECT_FALSE(regex_matches(*inside, "xxabbcxx"));
    const auto any = parse_simple_regex("^a.{2}$");
    ASSERT_TRUE(any);
    EXPECT_TRUE(regex_matches(*any, "aZ9"));
    // Our \w is narrower than Postgres's: an upper-case value is judged not to match (never the
    // other way round).
    const auto word = parse_simple_regex("^\\w+$");
    ASSERT_TRUE(word);
    EXPECT_FALSE(regex_matches(*word, "ABC"));
    EXPECT_FALSE(parse_simple_regex("^(a|b)$"));
}

TEST(SeedUnseen, KindsUnderPatternsTheyMatch) {
    ColumnSpec url = spec("url", type_oid::text, "text", 'S');
    url.rules.regex = "^https://";
    const ChosenGenerator chosen = choose_generator(url);
    EXPECT_EQ(chosen.name, "url");
    for (const std::string& v : values(url, 50)) EXPECT_NE(v.find(".example."), std::string::npos) << v;
    ColumnSpec version = spec("firmware_version", type_oid::text, "text", 'S');
    version.rules.regex = "^[0-9]+\\.[0-9]+\\.[0-9]+$";
    EXPECT_EQ(choose_generator(version).name, "version");
    // Codes do not match a lower-case pattern: the pattern's own text.
    ColumnSpec code = spec("code", type_oid::text, "text", 'S');
    code.rules.regex = "^[a-z0-9_]+$";
    EXPECT_EQ(choose_generator(code).name, "regex");
}

TEST(SeedUnseen, BirthDatesUnderDateBounds) {
    ColumnSpec dob = spec("date_of_birth", type_oid::date, "date", 'D');
    dob.rules.lower = "1900-01-01";
    EXPECT_EQ(choose_generator(dob).name, "birth_date");
    dob.rules.upper = "2030-01-01";
    EXPECT_EQ(choose_generator(dob).name, "birth_date");
    dob.rules.lower = "1990-01-01";  // excludes older people: the date generator keeps the bound
    EXPECT_EQ(choose_generator(dob).name, "date");
}

TEST(SeedUnseen, UniqueShortCodesKeepTheRowNumber) {
    ColumnSpec number = spec("employee_number", type_oid::varchar, "character varying(10)", 'S');
    number.unique = true;
    EXPECT_EQ(choose_generator(number).name, "code");
    number.type_name = "character varying(5)";  // too short for KQ-00042: the text generator
    EXPECT_NE(choose_generator(number).name, "code");
}

// subscriptions(created_at, current_period_start, paid_at, booked_at): the times follow the row's
// creation time, except another span start.
TEST(SeedUnseen, RowTimesFollowTheRowsCreation) {
    using testing::column;
    testing::GraphBuilder b;
    Table& t = b.table(1, "subscriptions", {column("id", "int", true), column("created_at", "timestamptz", true),
                                            column("current_period_start", "timestamptz", true),
                                            column("paid_at", "timestamptz"), column("booked_at", "timestamptz"),
                                            column("renewal_date", "date")});
    testing::GraphBuilder::primary_key(t, {"id"});
    const Plan plan = make_plan(b.done(), 1, 10, Options{}, 1);
    const TablePlan& p = plan.tables[0];
    EXPECT_NE(p.columns[2].reason.find("not before created_at"), std::string::npos) << p.columns[2].reason;
    EXPECT_NE(p.columns[3].reason.find("not before created_at"), std::string::npos) << p.columns[3].reason;
    EXPECT_EQ(p.columns[4].reason.find("not before"), std::string::npos) << p.columns[4].reason;
    EXPECT_EQ(p.columns[5].reason.find("not before"), std::string::npos) << p.columns[5].reason;  // a date, not a timestamp
}

}  // namespace
}  // namespace flaqes::seed
