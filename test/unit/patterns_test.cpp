#include "core/patterns.hpp"

#include <gtest/gtest.h>

#include "graph_builder.hpp"

using namespace flaqes;
using flaqes::testing::column;
using flaqes::testing::GraphBuilder;

namespace {

std::vector<std::string> patterns_of(const std::vector<PatternMatch>& matches, Oid oid) {
    std::vector<std::string> out;
    for (const PatternMatch& m : matches) {
        if (m.table == oid) out.push_back(m.pattern);
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST(Patterns, CustomerTableCarriesSeveral) {
    GraphBuilder b;
    Table& t = b.table(1, "customers", {column("id", "bigint", true), column("phone1", "text"), column("phone2", "text"),
                                        column("deleted_at", "timestamptz"), column("created_at", "timestamptz", true),
                                        column("updated_at", "timestamptz", true), column("tenant_id", "bigint", true)});
    GraphBuilder::primary_key(t, {"tenant_id", "id"});
    const auto matches = detect_patterns(b.done());
    EXPECT_EQ(patterns_of(matches, 1),
              (std::vector<std::string>{"audit_columns", "multi_tenant", "repeating_group", "soft_delete"}));
    for (const PatternMatch& m : matches) {
        EXPECT_TRUE(m.evidence.is_object()) << m.pattern;
        EXPECT_GT(m.confidence, 0.0);
        EXPECT_LE(m.confidence, 1.0);
    }
}

TEST(Patterns, DecoysAreLeftAlone) {
    GraphBuilder b;
    Table& t = b.table(1, "vehicles", {column("id", "bigint", true), column("type", "text", true),
                                       column("owner_type", "text", true), column("ipv4", "text"),
                                       column("ipv6", "text"), column("deleted_at", "timestamptz", true)});
    GraphBuilder::primary_key(t, {"id"});
    EXPECT_TRUE(detect_patterns(b.done()).empty());
}

TEST(Patterns, TreeTrinityAndPolymorphic) {
    GraphBuilder b;
    GraphBuilder::primary_key(b.table(1, "folders", {column("id", "int", true), column("parent_id", "int")}), {"id"});
    b.foreign_key(1, "parent_id", 1);
    Table& inv = b.table(2, "invoices", {column("pk_invoice", "bigint", true), column("id", "uuid", true),
                                         column("identifier", "text", true)});
    GraphBuilder::primary_key(inv, {"pk_invoice"});
    GraphBuilder::unique(inv, {"id"});
    GraphBuilder::unique(inv, {"identifier"});
    GraphBuilder::primary_key(b.table(3, "comments", {column("id", "bigint", true), column("target_type", "text"),
                                                      column("target_id", "bigint")}),
                              {"id"});
    const auto matches = detect_patterns(b.done());
    EXPECT_EQ(patterns_of(matches, 1), std::vector<std::string>{"adjacency_tree"});
    EXPECT_EQ(patterns_of(matches, 2), std::vector<std::string>{"trinity_identifiers"});
    EXPECT_EQ(patterns_of(matches, 3), std::vector<std::string>{"polymorphic_association"});
}

TEST(Patterns, Scd2NeedsAVersionKeyForPlainDatePairs) {
    GraphBuilder b;
    GraphBuilder::primary_key(b.table(1, "employments", {column("id", "bigint", true), column("start_date", "date"),
                                                         column("end_date", "date")}),
                              {"id"});
    Table& v = b.table(2, "price_versions", {column("product_id", "bigint", true), column("start_date", "date", true),
                                             column("end_date", "date")});
    GraphBuilder::primary_key(v, {"product_id", "start_date"});
    const auto matches = detect_patterns(b.done());
    EXPECT_TRUE(patterns_of(matches, 1).empty());
    EXPECT_EQ(patterns_of(matches, 2), std::vector<std::string>{"scd2"});
}
