// Issue 15: kinds kept within CHECK bounds, unique text kinds, the identifiers an expression
// override reads (the classification cases are in seed_values_test.cpp).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <set>
#include <string_view>

#include "core/seed/expression_reads.hpp"
#include "core/seed/generator.hpp"
#include "core/seed/ordinal_generators.hpp"
#include "core/seed/parent_times.hpp"
#include "core/seed/plan.hpp"
#include "core/seed/realistic_generator.hpp"
#include "core/seed/type_oids.hpp"
#include "core/seed/values/person_names.hpp"
#include "column_spec.hpp"
#include "graph_builder.hpp"

namespace flaqes::seed {
namespace {

using testing::column_spec;

// n values of the column's generator; `not_before`: a parent row's creation time the values must
// not precede (RowState::not_before).
std::vector<std::int64_t> draws(const ColumnSpec& spec, int n, std::optional<std::int64_t> not_before = std::nullopt) {
    const GeneratorPtr g = choose_generator(spec).generator;
    std::vector<std::int64_t> out;
    RowState row;
    row.not_before = not_before;
    for (int i = 0; i < n; ++i) {
        Rng rng(7, static_cast<std::uint64_t>(i));
        RowContext context(7, 1, i);
        GenerateInput in{rng, static_cast<std::uint64_t>(i), row, context};
        out.push_back(g->generate_number(in));
    }
    return out;
}

TEST(SeedRealism, KindsStayWithinCheckBounds) {
    ColumnSpec quantity = column_spec("quantity", type_oid::int4, "integer");
    quantity.rules.lower = "0";
    quantity.rules.lower_inclusive = false;
    EXPECT_EQ(choose_generator(quantity).name, "quantity");
    for (std::int64_t v : draws(quantity, 200)) {
        EXPECT_GE(v, 1);
        EXPECT_LE(v, 20);
    }
    ColumnSpec age = column_spec("age", type_oid::int4, "integer");
    age.rules.lower = "21";
    for (std::int64_t v : draws(age, 200)) {
        EXPECT_GE(v, 21);
        EXPECT_LE(v, 120);
    }
    ColumnSpec level = column_spec("level", type_oid::int4, "integer");
    level.rules.upper = "3";
    for (std::int64_t v : draws(level, 200)) {
        EXPECT_GE(v, 1);
        EXPECT_LE(v, 3);
    }
    ColumnSpec far = column_spec("quantity", type_oid::int4, "integer");
    far.rules.lower = "5000";
    const ChosenGenerator fallback = choose_generator(far);
    EXPECT_EQ(fallback.name, "integer");
    EXPECT_NE(fallback.reason.find("no room"), std::string::npos) << fallback.reason;
}

TEST(SeedRealism, UniqueTextKindsEndWithTheRowNumber) {
    ColumnSpec s;
    s.table_name = "public.companies";
    s.column_name = "name";
    s.type_oid = type_oid::text;
    s.type_name = "text";
    s.type_category = 'S';
    s.unique = true;
    const ChosenGenerator chosen = choose_generator(s);
    EXPECT_EQ(chosen.name, "company");
    RowState row;
    Rng rng(1, 1);
    RowContext context(1, 1, 41);
    GenerateInput in{rng, 41, row, context};
    std::string out;
    chosen.generator->generate(in, out, nullptr);
    EXPECT_EQ(out.substr(out.size() - 3), " 42") << out;
}

TEST(SeedRealism, ExpressionReads) {
    using V = std::vector<std::string>;
    EXPECT_EQ(identifiers_read("lower(first_name) || '.' || lower(Last_Name) || '@example.com'"), (V{"first_name", "last_name"}));
    EXPECT_EQ(identifiers_read("\"Odd Name\"::text || 'x'' y' -- note\n || t.col || now()"), (V{"Odd Name"}));
    EXPECT_EQ(identifiers_read("amount * 1.5e3 + $$literal$$::numeric(10,2)"), (V{"amount"}));
    EXPECT_EQ(identifiers_read("CASE WHEN status = 'x' THEN 1 END"), (V{"case", "when", "status", "then", "end"}));
}

bool listed(Words words, const std::string& word) {
    return std::any_of(words.begin(), words.end(), [&word](const char* w) { return word == w; });
}

std::string realistic(Semantic kind, RowContext& context) {
    Rng rng(3, static_cast<std::uint64_t>(kind));
    return text_value(kind, rng, context, 1);
}

TEST(SeedRealism, EveryCountryHasCitiesAndItsPeoplesNames) {
    std::set<std::string> used;
    for (const Country& country : countries()) {
        const bool has_city = std::any_of(cities().begin(), cities().end(),
                                          [&country](const City& c) { return std::strcmp(c.country, country.alpha2) == 0; });
        EXPECT_TRUE(has_city) << country.name;
        used.insert(names_of(country).name);
    }
    for (const NameGroup& group : name_groups()) EXPECT_TRUE(used.count(group.name)) << group.name << " names no country";
    EXPECT_STREQ(names_of(*find_country("JP")).name, "japanese");
    EXPECT_STREQ(names_of(*find_country("DE")).name, "german");
    EXPECT_STREQ(names_of(*find_country("US")).name, "english");
}

TEST(SeedRealism, APinnedCountryDrivesThePlaceAndThePerson) {
    for (const char* value : {"Japan", "jp", "JPN", "JP "}) {
        for (std::int64_t row = 1; row <= 100; ++row) {
            RowContext context(5, 9, row);
            ASSERT_TRUE(context.pin_country(value)) << value;
            EXPECT_EQ(realistic(Semantic::country, context), "Japan");
            const std::string city = realistic(Semantic::city, context);
            EXPECT_TRUE(city == "Tokyo" || city == "Osaka" || city == "Sapporo" || city == "Fukuoka") << city;
            EXPECT_EQ(realistic(Semantic::phone, context).rfind("+81 ", 0), 0u);
            EXPECT_EQ(realistic(Semantic::time_zone, context), "Asia/Tokyo");
            const double latitude = std::stod(realistic(Semantic::latitude, context));
            EXPECT_TRUE(latitude > 33 && latitude < 44) << latitude;
            EXPECT_EQ(realistic(Semantic::postal_code, context).size(), 8u);
            const NameGroup& japanese = names_of(*find_country("JP"));
            EXPECT_TRUE(listed(japanese.first, realistic(Semantic::first_name, context)));
            EXPECT_TRUE(listed(japanese.last, realistic(Semantic::last_name, context)));
        }
    }
    RowContext unknown(5, 9, 1);
    EXPECT_FALSE(unknown.pin_country("Atlantis"));
    EXPECT_FALSE(unknown.pin_country(""));
}

TEST(SeedRealism, NamesFitTheRowsCountry) {
    for (std::int64_t row = 1; row <= 500; ++row) {
        RowContext context(11, 4, row);
        const Country* country = find_country(realistic(Semantic::country_code, context).c_str());
        ASSERT_NE(country, nullptr);
        EXPECT_TRUE(listed(names_of(*country).first, realistic(Semantic::first_name, context))) << country->name;
        EXPECT_TRUE(listed(names_of(*country).last, realistic(Semantic::last_name, context))) << country->name;
    }
}

TEST(SeedRealism, AChildsTimeIsNotBeforeItsParentsCreation) {
    ColumnSpec order_date = column_spec("order_date", type_oid::date, "date", 'D');
    const std::int64_t parent = days_from_civil(2024, 6, 1);
    const std::int64_t window_end = days_from_civil(2025, 12, 31);
    bool spread = false;
    for (std::int64_t v : draws(order_date, 300, parent)) {
        EXPECT_GE(v, parent);
        EXPECT_LE(v, window_end);
        spread = spread || v > parent + 100;
    }
    EXPECT_TRUE(spread);
    // A parent created after the default window (a now() default): within 30 days of it.
    const std::int64_t late = days_from_civil(2026, 12, 3);
    for (std::int64_t v : draws(order_date, 100, late)) {
        EXPECT_GE(v, late);
        EXPECT_LT(v, late + 30);
    }
    // A CHECK's upper bound is kept.
    order_date.rules.upper = "2025-06-30";
    for (std::int64_t v : draws(order_date, 20, late)) EXPECT_EQ(v, days_from_civil(2025, 6, 30));
}

// customers(created_at DEFAULT now()) <- orders(order_date, visited_at, shipped_date): the plan
// returns the customer's creation time with its key, replaces its default, and bounds the order's
// creation and event times (not the span end, which follows order_date within the row).
TEST(SeedRealism, PlanLinksChildTimesToTheParentsCreation) {
    using testing::column;
    testing::GraphBuilder b;
    Column created = column("created_at", "timestamptz", true);
    created.default_expr = "now()";
    Table& customers = b.table(1, "customers", {column("id", "int", true), created});
    testing::GraphBuilder::primary_key(customers, {"id"});
    Table& orders = b.table(2, "orders", {column("id", "int", true), column("customer_id", "int", true),
                                          column("order_date", "date", true), column("visited_at", "timestamptz"),
                                          column("shipped_date", "date")});
    testing::GraphBuilder::primary_key(orders, {"id"});
    b.foreign_key(2, "customer_id", 1);
    const Plan plan = make_plan(b.done(), 2, 10, Options{}, 1);
    const TablePlan& parent = plan.tables[0];
    const TablePlan& child = plan.tables[1];
    ASSERT_EQ(parent.name.name, "customers");
    EXPECT_EQ(parent.columns[1].source, Source::generator) << parent.columns[1].reason;
    EXPECT_NE(parent.columns[1].reason.find("child rows follow it"), std::string::npos) << parent.columns[1].reason;
    ASSERT_EQ(child.links.size(), 1u);
    ASSERT_GE(child.links[0].parent_time, 0);
    EXPECT_EQ(parent.returning[static_cast<std::size_t>(child.links[0].parent_time)], "created_at");
    EXPECT_EQ(parent.returning_forms[static_cast<std::size_t>(child.links[0].parent_time)], ValueForm::timestamptz);
    EXPECT_EQ(child.time_columns, (std::vector<std::size_t>{2, 3}));
    EXPECT_NE(child.columns[2].reason.find("not before the parent row's s.customers.created_at"), std::string::npos)
        << child.columns[2].reason;
}

TEST(SeedRealism, ParentTimesInTheChildsUnits) {
    const std::int64_t day = 86400;
    const std::int64_t zones = 14 * 3600;  // zoned against unzoned: later than any offset from UTC
    EXPECT_EQ(time_in_form(20000, ValueForm::date, ValueForm::timestamp), 20000 * day);
    EXPECT_EQ(time_in_form(20000, ValueForm::date, ValueForm::timestamptz), 20000 * day + zones);
    EXPECT_EQ(time_in_form(20000 * day, ValueForm::timestamp, ValueForm::date), 20000);
    EXPECT_EQ(time_in_form(20000 * day + 1, ValueForm::timestamp, ValueForm::date), 20001);  // a date not before it
    EXPECT_EQ(time_in_form(20000 * day - zones, ValueForm::timestamptz, ValueForm::date), 20000);
    EXPECT_EQ(time_in_form(123, ValueForm::timestamp, ValueForm::timestamptz), 123 + zones);
    EXPECT_EQ(time_in_form(123, ValueForm::timestamptz, ValueForm::timestamptz), 123);
}

}  // namespace
}  // namespace flaqes::seed
