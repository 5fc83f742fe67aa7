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

// Which generator a column gets under its rules: the kind within CHECK bounds that leave it room,
// the type's generator when they leave none; a percent capped at 1 is a fraction, a level capped at
// exactly 100 a percent; a kind under a pattern its values match, the pattern's text under one they
// do not; a birth date under bounds every person meets; a code in a unique short column when the
// row number fits.
struct Choice {
    const char* column;
    Oid type;
    const char* type_name;
    char category;
    const char* lower;
    const char* upper;
    const char* regex;
    bool unique;
    const char* expected;
};

const Choice choices[] = {
    {"weight_kg", type_oid::numeric, "numeric(5,1)", 'N', "0", nullptr, nullptr, false, "weight_kg"},
    {"heart_rate", type_oid::int2, "smallint", 'N', "150", nullptr, nullptr, false, "heart_rate"},
    {"temperature_c", type_oid::int4, "integer", 'N', "100", nullptr, nullptr, false, "integer"},
    {"progress_pct", type_oid::numeric, "numeric(4,3)", 'N', nullptr, "1", nullptr, false, "fraction"},
    {"fuel_level", type_oid::int2, "smallint", 'N', nullptr, "100", nullptr, false, "percent"},
    {"fuel_level", type_oid::int2, "smallint", 'N', nullptr, "10", nullptr, false, "level"},
    {"url", type_oid::text, "text", 'S', nullptr, nullptr, "^https://", false, "url"},
    {"firmware_version", type_oid::text, "text", 'S', nullptr, nullptr, "^[0-9]+\\.[0-9]+\\.[0-9]+$", false, "version"},
    {"code", type_oid::text, "text", 'S', nullptr, nullptr, "^[a-z0-9_]+$", false, "regex"},
    {"date_of_birth", type_oid::date, "date", 'D', "1900-01-01", nullptr, nullptr, false, "birth_date"},
    {"date_of_birth", type_oid::date, "date", 'D', "1900-01-01", "2030-01-01", nullptr, false, "birth_date"},
    {"date_of_birth", type_oid::date, "date", 'D', "1990-01-01", nullptr, nullptr, false, "date"},
    {"employee_number", type_oid::varchar, "character varying(10)", 'S', nullptr, nullptr, nullptr, true, "code"},
    {"employee_number", type_oid::varchar, "character varying(5)", 'S', nullptr, nullptr, nullptr, true, "text"},
    {"isbn", type_oid::varchar, "character varying(13)", 'S', nullptr, nullptr, nullptr, true, "isbn"},
};

ColumnSpec spec_of(const Choice& c) {
    ColumnSpec s = column_spec(c.column, c.type, c.type_name, c.category);
    if (c.lower) s.rules.lower = c.lower;
    if (c.upper) s.rules.upper = c.upper;
    if (c.regex) s.rules.regex = c.regex;
    s.unique = c.unique;
    return s;
}

TEST(SeedUnseen, GeneratorChosenUnderRules) {
    for (const Choice& c : choices) {
        EXPECT_EQ(choose_generator(spec_of(c)).name, c.expected)
            << c.column << " " << c.type_name << " >= " << (c.lower ? c.lower : "-") << " <= " << (c.upper ? c.upper : "-")
            << " ~ " << (c.regex ? c.regex : "-");
    }
}

// Values stay in the kind's typical band, or within the CHECK bounds when those leave none of it.
TEST(SeedUnseen, MeasuresStayTypicalAndWithinChecks) {
    for (const std::string& v : values(spec_of(choices[0]), 100)) {  // weight_kg > 0
        EXPECT_GE(std::stod(v), 50.0) << v;
        EXPECT_LE(std::stod(v), 110.0) << v;
    }
    for (const std::string& v : values(spec_of(choices[1]), 100)) {  // heart_rate >= 150
        EXPECT_GE(std::stoi(v), 150) << v;
        EXPECT_LE(std::stoi(v), 220) << v;
    }
    for (const std::string& v : values(column_spec("price_cents", type_oid::int8, "bigint", 'N'), 100)) {
        EXPECT_GE(std::stoll(v), 49) << v;
        EXPECT_LE(std::stoll(v), 99999) << v;
    }
}

// A url under '^https://' keeps its host; a digest fills its char(n); unique ISBNs carry the row
// number and a valid check digit.
TEST(SeedUnseen, ValuesOfPatternsDigestsAndSerials) {
    for (const std::string& v : values(spec_of(choices[6]), 50)) EXPECT_NE(v.find(".example."), std::string::npos) << v;
    for (const std::string& v : values(column_spec("checksum", type_oid::bpchar, "character(64)", 'S'), 5)) {
        EXPECT_EQ(v.size(), 64u) << v;
    }
    std::vector<std::string> seen = values(spec_of(choices[14]), 200);
    std::sort(seen.begin(), seen.end());
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
    for (const std::string& v : seen) {
        ASSERT_EQ(v.size(), 13u) << v;
        int sum = 0;
        for (std::size_t i = 0; i < 13; ++i) sum += (v[i] - '0') * (i % 2 == 0 ? 1 : 3);
        EXPECT_EQ(sum % 10, 0) << v;
    }
}

// Whether `text ~ regex` holds, as Postgres decides it. Our \\w is narrower than Postgres's: an
// upper-case value is judged not to match (never the other way round).
struct RegexCase {
    const char* regex;
    const char* text;
    bool matches;
};

const RegexCase regex_cases[] = {
    {"^https://", "https://example.com/a", true},
    {"^https://", "http://example.com", false},
    {"^[0-9]+\\.[0-9]+\\.[0-9]+$", "2.14.3", true},
    {"^[0-9]+\\.[0-9]+\\.[0-9]+$", "2.14", false},
    {"^[0-9]+\\.[0-9]+\\.[0-9]+$", "2.14.3-beta", false},
    {"ab?c", "xxacxx", true},
    {"ab?c", "xxabbcxx", false},
    {"^a.{2}$", "aZ9", true},
    {"^\\w+$", "ABC", false},
};

TEST(SeedUnseen, SimpleRegexMatches) {
    for (const RegexCase& c : regex_cases) {
        const auto regex = parse_simple_regex(c.regex);
        ASSERT_TRUE(regex) << c.regex;
        EXPECT_EQ(regex_matches(*regex, c.text), c.matches) << c.regex << " on " << c.text;
    }
    EXPECT_FALSE(parse_simple_regex("^(a|b)$"));
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
