// CHECK alternatives, their joint choice, constants and identifier-shaped values for the search,
// and column defaults.
#include <gtest/gtest.h>

#include "core/seed/check_model.hpp"
#include "core/seed/column_defaults.hpp"
#include "core/seed/nonnull_count.hpp"
#include "core/seed/search_generator.hpp"

namespace flaqes::seed {
namespace {

TEST(CheckAlternatives, ColumnSeenThroughFormFunctions) {
    const CheckModel m = model_check("(upper(persontype) = ANY (ARRAY['SC'::text, 'VC'::text, 'sp'::text]))");
    ASSERT_TRUE(m.complete);
    EXPECT_EQ(*m.columns.at("persontype").allowed, (std::vector<std::string>{"SC", "VC"}));
    EXPECT_EQ(model_check("(length(btrim(code)) > 0)").columns.at("code").min_length, 1);
    EXPECT_EQ(*model_check("(lower((kind)::text) = 'a'::text)").columns.at("kind").allowed, std::vector<std::string>{"a"});
    // No constant of the form: nothing to model.
    EXPECT_FALSE(model_check("(upper(code) = 'abc'::text)").complete);
}

TEST(CheckAlternatives, NotIsPushedDown) {
    const auto alternatives = check_alternatives("(NOT ((completed_at IS NOT NULL) AND (failed_at IS NOT NULL)))");
    ASSERT_EQ(alternatives.size(), 2u);
    EXPECT_TRUE(alternatives[0].columns.at("completed_at").always_null);
    EXPECT_TRUE(alternatives[1].columns.at("failed_at").always_null);
    const CheckModel m = model_check("(NOT (status = ANY (ARRAY['x'::text, 'y'::text])))");
    EXPECT_EQ(m.columns.at("status").excluded, (std::vector<std::string>{"x", "y"}));
    EXPECT_EQ(model_check("(NOT (qty < 5))").columns.at("qty").lower, "5");
}

TEST(CheckAlternatives, ChosenTogether) {
    const std::vector<std::vector<CheckModel>> checks = {
        check_alternatives("(status = ANY (ARRAY['a'::text, 'b'::text]))"),
        check_alternatives("((status <> 'a'::text) OR (x IS NULL))"),
        check_alternatives("((status = 'a'::text) OR (y IS NULL))"),
    };
    const std::vector<std::size_t> chosen = choose_alternatives(checks);
    CheckModel m;
    for (std::size_t k = 0; k < checks.size(); ++k) m.merge(checks[k][chosen[k]]);
    ASSERT_TRUE(m.satisfiable());
    EXPECT_EQ(*m.columns.at("status").allowed, std::vector<std::string>{"b"});
    EXPECT_TRUE(m.columns.at("y").always_null);
    EXPECT_EQ(m.columns.count("x"), 0u);
}

TEST(CheckAlternatives, UnmodelledPartsLeaveThemIncomplete) {
    const auto alternatives = check_alternatives("((qty > 0) AND (num_nonnulls(a, b, c) = 1))");
    ASSERT_EQ(alternatives.size(), 1u);
    EXPECT_FALSE(alternatives[0].complete);
    EXPECT_TRUE(check_alternatives("(num_nonnulls(a, b, c) = 1)").empty());
}

TEST(ColumnRulesTest, AdmitsConstants) {
    ColumnRules r = model_check("(shipbase > 0.00)").columns.at("shipbase");
    EXPECT_FALSE(r.admits("0.00"));
    EXPECT_TRUE(r.admits("0.01"));
    ColumnRules list = model_check("((status = ANY (ARRAY['a'::text, 'b'::text])) AND (status <> 'a'::text))").columns.at("status");
    EXPECT_EQ(*list.allowed, std::vector<std::string>{"b"});
    EXPECT_FALSE(list.admits("a"));
    // Parts that contradict each other are left to Postgres: the model is incomplete.
    EXPECT_FALSE(model_check("((n > 5) AND (n < 3))").complete);
    ColumnRules empty;
    empty.lower = "5";
    empty.upper = "3";
    EXPECT_FALSE(empty.satisfiable());
}

TEST(CheckConstants, ComparedConstantsByColumn) {
    const auto c = check_constants("(upper(persontype) = ANY (ARRAY['SC'::text, 'vc'::text]))");
    EXPECT_EQ(c.at("persontype"), std::vector<std::string>{"SC"});
    const auto v = check_constants("(((value * (2)::numeric) >= (0)::numeric) AND ((value * (2)::numeric) <= (100)::numeric))");
    EXPECT_EQ(v.at("value"), (std::vector<std::string>{"2", "0", "100"}));  // a column named value, not VALUE
    const auto s = check_constants("((status = 'done'::text) = (finished_at IS NOT NULL))");
    EXPECT_EQ(s.at("status"), std::vector<std::string>{"done"});
}

TEST(NonNullCount, BoundsOfSetColumns) {
    const auto exactly = nonnull_count("(num_nonnulls(a, b, c) = 1)");
    ASSERT_TRUE(exactly);
    EXPECT_EQ(exactly->columns, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(exactly->min, 1u);
    EXPECT_EQ(exactly->max, 1u);
    const auto at_most = nonnull_count("num_nonnulls(a, b) <= 1");
    ASSERT_TRUE(at_most);
    EXPECT_EQ(at_most->min, 0u);
    EXPECT_EQ(at_most->max, 1u);
    const auto flipped = nonnull_count("(1 <= num_nonnulls(a, b, c))");
    ASSERT_TRUE(flipped);
    EXPECT_EQ(flipped->min, 1u);
    EXPECT_EQ(flipped->max, 3u);
    const auto nulls = nonnull_count("num_nulls(a, b, c, d) = 3");  // exactly one set
    ASSERT_TRUE(nulls);
    EXPECT_EQ(nulls->min, 1u);
    EXPECT_EQ(nulls->max, 1u);
    const auto nulls_at_least = nonnull_count("num_nulls(a, b, c) > 1");  // at most one set
    ASSERT_TRUE(nulls_at_least);
    EXPECT_EQ(nulls_at_least->min, 0u);
    EXPECT_EQ(nulls_at_least->max, 1u);
}

TEST(NonNullCount, OtherShapesAreNotCounts) {
    EXPECT_FALSE(nonnull_count("num_nonnulls(a, b) = 3"));        // no row can have three of two set
    EXPECT_FALSE(nonnull_count("num_nonnulls(a, lower(b)) = 1"));  // not a plain column
    EXPECT_FALSE(nonnull_count("num_nonnulls(a, a) = 1"));
    EXPECT_FALSE(nonnull_count("num_nonnulls(a, b) <> 1"));
    EXPECT_FALSE(nonnull_count("(num_nonnulls(a, b) = 1) AND (c > 0)"));
    EXPECT_FALSE(nonnull_count("coalesce(a, b) = 1"));
}

TEST(ColumnDefaults, HowTheyRepeat) {
    EXPECT_EQ(classify_default("''::text").kind, DefaultKind::constant);
    EXPECT_EQ(classify_default("''::text").constant, "");
    EXPECT_EQ(classify_default("0.00").constant, "0.00");
    EXPECT_EQ(classify_default("'-1'::integer").constant, "-1");
    EXPECT_EQ(classify_default("now()").kind, DefaultKind::per_statement);
    EXPECT_EQ(classify_default("CURRENT_TIMESTAMP").kind, DefaultKind::per_statement);
    EXPECT_EQ(classify_default("timezone('utc'::text, now())").kind, DefaultKind::per_statement);
    EXPECT_EQ(classify_default("nextval('s_id_seq'::regclass)").kind, DefaultKind::per_row);
    EXPECT_EQ(classify_default("gen_random_uuid()").kind, DefaultKind::per_row);
    EXPECT_EQ(classify_default("app.new_id()").kind, DefaultKind::per_row);
}

TEST(SearchValues, IdentifierShaped) {
    EXPECT_EQ(identifier_shaped("Summit Health-Partners 3", "slug"), "summit_health_partners_3");
    EXPECT_EQ(identifier_shaped("  --Ünïcode & Co.  ", "slug"), "unicode_co");
    EXPECT_EQ(identifier_shaped("3 Rivers", "slug"), "slug_3_rivers");
    EXPECT_EQ(identifier_shaped("!!", "slug"), "slug");
}

}  // namespace
}  // namespace flaqes::seed
