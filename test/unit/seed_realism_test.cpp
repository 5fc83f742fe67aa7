// Issue 15: kinds kept within CHECK bounds, unique text kinds, the identifiers an expression
// override reads (the classification cases are in seed_values_test.cpp).
#include <gtest/gtest.h>

#include "core/seed/expression_reads.hpp"
#include "core/seed/generator.hpp"
#include "core/seed/realistic_generator.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

ColumnSpec number_column(const char* name, Oid type, const char* type_name) {
    ColumnSpec s;
    s.table_name = "public.t";
    s.column_name = name;
    s.type_oid = type;
    s.type_name = type_name;
    s.type_category = 'N';
    return s;
}

std::vector<std::int64_t> draws(const ColumnSpec& spec, int n) {
    const GeneratorPtr g = choose_generator(spec).generator;
    std::vector<std::int64_t> out;
    RowState row;
    for (int i = 0; i < n; ++i) {
        Rng rng(7, static_cast<std::uint64_t>(i));
        RowContext context(7, 1, i);
        GenerateInput in{rng, static_cast<std::uint64_t>(i), row, context};
        out.push_back(g->generate_number(in));
    }
    return out;
}

TEST(SeedRealism, KindsStayWithinCheckBounds) {
    ColumnSpec quantity = number_column("quantity", type_oid::int4, "integer");
    quantity.rules.lower = "0";
    quantity.rules.lower_inclusive = false;
    EXPECT_EQ(choose_generator(quantity).name, "quantity");
    for (std::int64_t v : draws(quantity, 200)) {
        EXPECT_GE(v, 1);
        EXPECT_LE(v, 20);
    }
    ColumnSpec age = number_column("age", type_oid::int4, "integer");
    age.rules.lower = "21";
    for (std::int64_t v : draws(age, 200)) {
        EXPECT_GE(v, 21);
        EXPECT_LE(v, 120);
    }
    ColumnSpec level = number_column("level", type_oid::int4, "integer");
    level.rules.upper = "3";
    for (std::int64_t v : draws(level, 200)) {
        EXPECT_GE(v, 1);
        EXPECT_LE(v, 3);
    }
    ColumnSpec far = number_column("quantity", type_oid::int4, "integer");
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

}  // namespace
}  // namespace flaqes::seed
