// Issue 15, schemas nobody had seen: quantities by unit, kinds under CHECK patterns, birth dates
// under date bounds, serials, a row's times after its creation time (the classification cases of
// these columns are in seed_values_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/seed/generator.hpp"
#include "core/seed/plan.hpp"
#include "core/seed/realistic_generator.hpp"
#include "core/seed/regex_atoms.hpp"
#include "core/seed/type_oids.hpp"
#include "column_spec.hpp"
#include "graph_builder.hpp"

namespace flaqes::seed {
namespace {

using testing::column_spec;

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
    ColumnSpec weight = column_spec("weight_kg", type_oid::numeric, "numeric(5,1)", 'N');
    weight.typmod = ((5 << 16) | 1) + 4;
    weight.rules.lower = "0";
    weight.rules.lower_inclusive = false;
    EXPECT_EQ(choose_generator(weight).name, "weight_kg");
    for (const std::string& v : values(weight, 100)) {
        EXPECT_GE(std::stod(v), 50.0) << v;
        EXPECT_LE(std::stod(v), 110.0) << v;
    }
    ColumnSpec pulse = column_spec("heart_rate", type_oid::int2, "smallint", 'N');
    pulse.rules.lower = "150";
    for (const std::string& v : values(pulse, 100)) {
        EXPECT_GE(std::stoi(v), 150) << v;
        EXPECT_LE(std::stoi(v), 220) << v;
    }
    ColumnSpec hot = column_spec("temperature_c", type_oid::int4, "integer", 'N');
    hot.rules.lower = "100";
    EXPECT_EQ(choose_generator(hot).name, "integer");
    ColumnSpec cents = column_spec("price_cents", type_oid::int8, "bigint", 'N');
    for (const std::string& v : values(cents, 100)) {
        EXPECT_GE(std::stoll(v), 49) << v;
        EXPECT_LE(std::stoll(v), 99999) << v;
    }
    // A percent capped at 1 holds fractions.
    ColumnSpec progress = column_spec("progress_pct", type_oid::numeric, "numeric(4,3)", 'N');
    progress.rules.upper = "1";
    EXPECT_EQ(choose_generator(progress).name, "fraction");
}

// A level capped at exactly 100 is a percentage; a digest fills its char(n); ISBNs and VINs carry
// the row number, so unique columns keep them.
TEST(SeedUnseen, LevelsDigestsAndSerials) {
    ColumnSpec fuel = column_spec("fuel_level", type_oid::int2, "smallint", 'N');
    fuel.rules.upper = "100";
    EXPECT_EQ(choose_generator(fuel).name, "percent");
    fuel.rules.upper = "10";
    EXPECT_EQ(choose_generator(fuel).name, "level");
    ColumnSpec digest = column_spec("checksum", type_oid::bpchar, "character(64)", 'S');
    for (const std::string& v : values(digest, 5)) EXPECT_EQ(v.size(), 64u) << v;
    ColumnSpec isbn = column_spec("isbn", type_oid::varchar, "character varying(13)", 'S');
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
    ColumnSpec url = column_spec("url", type_oid::text, "text", 'S');
    url.rules.regex = "^https://";
    const ChosenGenerator chosen = choose_generator(url);
    EXPECT_EQ(chosen.name, "url");
    for (const std::string& v : values(url, 50)) EXPECT_NE(v.find(".example."), std::string::npos) << v;
    ColumnSpec version = column_spec("firmware_version", type_oid::text, "text", 'S');
    version.rules.regex = "^[0-9]+\\.[0-9]+\\.[0-9]+$";
    EXPECT_EQ(choose_generator(version).name, "version");
    // Codes do not match a lower-case pattern: the pattern's own text.
    ColumnSpec code = column_spec("code", type_oid::text, "text", 'S');
    code.rules.regex = "^[a-z0-9_]+$";
    EXPECT_EQ(choose_generator(code).name, "regex");
}

TEST(SeedUnseen, BirthDatesUnderDateBounds) {
    ColumnSpec dob = column_spec("date_of_birth", type_oid::date, "date", 'D');
    dob.rules.lower = "1900-01-01";
    EXPECT_EQ(choose_generator(dob).name, "birth_date");
    dob.rules.upper = "2030-01-01";
    EXPECT_EQ(choose_generator(dob).name, "birth_date");
    dob.rules.lower = "1990-01-01";  // excludes older people: the date generator keeps the bound
    EXPECT_EQ(choose_generator(dob).name, "date");
}

TEST(SeedUnseen, UniqueShortCodesKeepTheRowNumber) {
    ColumnSpec number = column_spec("employee_number", type_oid::varchar, "character varying(10)", 'S');
    number.unique = true;
    EXPECT_EQ(choose_generator(number).name, "code");
    number.type_name = "character varying(5)";  // too short for KQ-00042: the text generator
    EXPECT_NE(choose_generator(number).name, "code");
}

// subscriptions(created_at, current_period_start, paid_at, booked_at, renewal_date): the times
// follow the row's creation time (not a date beside a timestamp); devices(installed_at,
// last_seen_at, booked_at) without a creation time: its first span start, which another span start
// does not follow.
TEST(SeedUnseen, RowTimesFollowTheRowsCreation) {
    using testing::column;
    testing::GraphBuilder b;
    Table& t = b.table(1, "subscriptions", {column("id", "int", true), column("created_at", "timestamptz", true),
                                            column("current_period_start", "timestamptz", true),
                                            column("paid_at", "timestamptz"), column("booked_at", "timestamptz"),
                                            column("renewal_date", "date")});
    testing::GraphBuilder::primary_key(t, {"id"});
    Table& d = b.table(2, "devices", {column("id", "int", true), column("installed_at", "timestamptz", true),
                                      column("last_seen_at", "timestamptz"), column("booked_at", "timestamptz")});
    testing::GraphBuilder::primary_key(d, {"id"});
    const SchemaGraph graph = b.done();
    const TablePlan p = make_plan(graph, 1, 10, Options{}, 1).tables[0];
    for (std::size_t i : {2, 3, 4}) EXPECT_NE(p.columns[i].reason.find("not before created_at"), std::string::npos) << p.columns[i].reason;
    EXPECT_EQ(p.columns[5].reason.find("not before"), std::string::npos) << p.columns[5].reason;
    const TablePlan q = make_plan(graph, 2, 10, Options{}, 1).tables[0];
    EXPECT_NE(q.columns[2].reason.find("not before installed_at"), std::string::npos) << q.columns[2].reason;
    EXPECT_EQ(q.columns[3].reason.find("not before"), std::string::npos) << q.columns[3].reason;
}

}  // namespace
}  // namespace flaqes::seed
