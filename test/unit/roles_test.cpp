#include "core/roles.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/catalog/table_facts.hpp"
#include "graph_builder.hpp"

using namespace flaqes;
using flaqes::testing::column;
using flaqes::testing::GraphBuilder;

namespace {

const TableRole& role_of(const std::vector<TableRole>& roles, Oid oid) {
    for (const TableRole& r : roles) {
        if (r.table == oid) return r;
    }
    static TableRole none;
    ADD_FAILURE() << "no role for " << oid;
    return none;
}

// products <- product_tags -> tags, customers <- orders; a star: sales -> dim_date, dim_store.
void shop(GraphBuilder& b) {
    GraphBuilder::primary_key(b.table(1, "products", {column("id", "bigint", true), column("sku", "text", true),
                                                      column("name", "text"), column("updated_at", "timestamptz")}),
                              {"id"});
    GraphBuilder::unique(*b.find(1), {"sku"});
    GraphBuilder::primary_key(b.table(2, "tags", {column("id", "int", true), column("name", "text", true)}), {"id"});
    GraphBuilder::primary_key(
        b.table(3, "product_tags", {column("product_id", "bigint", true), column("tag_id", "int", true)}),
        {"product_id", "tag_id"});
    b.foreign_key(3, "product_id", 1);
    b.foreign_key(3, "tag_id", 2);
    GraphBuilder::primary_key(b.table(10, "dim_date", {column("date_key", "int", true), column("day", "date")}),
                              {"date_key"});
    GraphBuilder::primary_key(b.table(11, "store", {column("store_key", "int", true), column("name", "text"),
                                                    column("city", "text"), column("region", "text"),
                                                    column("manager", "text")}),
                              {"store_key"});
    b.table(12, "sales", {column("date_key", "int", true), column("store_key", "int", true),
                          column("amount", "numeric", true), column("quantity", "int", true)});
    b.foreign_key(12, "date_key", 10);
    b.foreign_key(12, "store_key", 11);
}

}  // namespace

TEST(Roles, JunctionFactDimensionLookupEntity) {
    GraphBuilder b;
    shop(b);
    const auto roles = detect_roles(b.done());
    ASSERT_EQ(roles.size(), 6u);
    EXPECT_EQ(role_of(roles, 3).best.role, Role::junction);
    EXPECT_EQ(role_of(roles, 12).best.role, Role::fact);
    EXPECT_EQ(role_of(roles, 11).best.role, Role::dimension);
    EXPECT_EQ(role_of(roles, 2).best.role, Role::lookup);
    EXPECT_EQ(role_of(roles, 1).best.role, Role::entity);
    // Evidence in words, and the dimension found through the fact that references it.
    const auto store = signal_texts(role_of(roles, 11).best);
    EXPECT_NE(std::find(store.begin(), store.end(), "referenced by fact-like sales"), store.end());
    // The same evidence for programs, under a stable name.
    const auto& signals = role_of(roles, 11).best.signals;
    EXPECT_TRUE(std::any_of(signals.begin(), signals.end(),
                            [](const Signal& s) { return s.name == "referenced_by_facts" && s.weight > 0; }));
}

TEST(Roles, ClearCaseScoresAboveAmbiguousOne) {
    GraphBuilder b;
    shop(b);
    // Ambiguous: one reference, one numeric column, nothing else to go on.
    GraphBuilder::primary_key(b.table(20, "moves", {column("id", "bigint", true), column("product_id", "bigint", true),
                                                    column("qty", "int", true)}),
                              {"id"});
    b.foreign_key(20, "product_id", 1);
    const auto roles = detect_roles(b.done());
    EXPECT_GT(role_of(roles, 3).best.confidence, role_of(roles, 20).best.confidence + 0.3);
    for (const TableRole& r : roles) {
        EXPECT_GE(r.best.confidence, 0.0);
        EXPECT_LE(r.best.confidence, 1.0);
        for (const RoleHypothesis& alt : r.alternatives) EXPECT_LE(alt.confidence, r.best.confidence);
    }
}

TEST(Roles, AppendOnlyStatisticsMakeAnEventLog) {
    GraphBuilder b;
    shop(b);
    GraphBuilder::primary_key(b.table(20, "moves", {column("id", "bigint", true), column("product_id", "bigint", true),
                                                    column("warehouse", "text", true)}),
                              {"id"});
    b.foreign_key(20, "product_id", 1);
    EXPECT_EQ(role_of(detect_roles(b.done()), 20).best.role, Role::entity);
    b.find(20)->stats.inserts = 1000;
    b.find(20)->stats.updates = 0;
    b.find(20)->stats.deletes = 0;
    const auto roles = detect_roles(b.done());
    const TableRole& after = role_of(roles, 20);
    EXPECT_EQ(after.best.role, Role::event_log);
    EXPECT_EQ(after.best.signals.front().name, "append_only");
    EXPECT_EQ(signal_texts(after.best).front(), "append-only: 1000 inserts, no updates or deletes");
    // Deleted as fast as inserted: a queue's rows come and go.
    b.find(20)->stats.deletes = 990;
    EXPECT_EQ(role_of(detect_roles(b.done()), 20).best.role, Role::queue);
}

TEST(Roles, NamedEventsButEditedAndReferencedIsAnEntity) {
    GraphBuilder b;
    GraphBuilder::primary_key(b.table(1, "events", {column("id", "bigint", true), column("name", "text", true),
                                                    column("starts_at", "timestamptz", true),
                                                    column("ends_at", "timestamptz", true),
                                                    column("updated_at", "timestamptz", true)}),
                              {"id"});
    GraphBuilder::primary_key(b.table(2, "tickets", {column("id", "bigint", true), column("event_id", "bigint", true),
                                                     column("seat", "text", true)}),
                              {"id"});
    b.foreign_key(2, "event_id", 1);
    const auto roles = detect_roles(b.done());
    EXPECT_EQ(role_of(roles, 1).best.role, Role::entity);
}

TEST(Roles, PolymorphicEavScd2) {
    GraphBuilder b;
    GraphBuilder::primary_key(b.table(1, "products", {column("id", "bigint", true)}), {"id"});
    GraphBuilder::primary_key(b.table(2, "comments", {column("id", "bigint", true), column("commentable_type", "text"),
                                                      column("commentable_id", "bigint"), column("body", "text")}),
                              {"id"});
    GraphBuilder::primary_key(b.table(3, "product_properties", {column("product_id", "bigint", true),
                                                                column("attribute", "text", true),
                                                                column("value", "text")}),
                              {"product_id", "attribute"});
    b.foreign_key(3, "product_id", 1);
    GraphBuilder::primary_key(b.table(4, "prices", {column("product_id", "bigint", true), column("price", "numeric"),
                                                    column("valid_from", "date", true), column("valid_to", "date"),
                                                    column("is_current", "bool", true)}),
                              {"product_id", "valid_from"});
    b.foreign_key(4, "product_id", 1);
    const auto roles = detect_roles(b.done());
    EXPECT_EQ(role_of(roles, 2).best.role, Role::polymorphic);
    EXPECT_EQ(role_of(roles, 3).best.role, Role::eav);
    EXPECT_EQ(role_of(roles, 4).best.role, Role::scd2);
}

TEST(Roles, PartitionsTakeTheirParentsRole) {
    GraphBuilder b;
    Table& parent = b.table(1, "readings", {column("measured_at", "timestamptz", true), column("kwh", "numeric")});
    parent.kind = RelKind::partitioned_table;
    parent.partition_strategy = "range";
    parent.partition_key = "RANGE (measured_at)";
    Table& part = b.table(2, "readings_2024", {column("measured_at", "timestamptz", true), column("kwh", "numeric")});
    part.kind = RelKind::partition;
    part.partition_parent_oid = 1;
    const auto roles = detect_roles(b.done());
    ASSERT_EQ(roles.size(), 1u);
    EXPECT_EQ(roles[0].best.role, Role::event_log);
}

TEST(TableFacts, SnakeNames) {
    EXPECT_EQ(snake_name("InvoiceLineId"), "invoice_line_id");
    EXPECT_EQ(snake_name("invoice_line_id"), "invoice_line_id");
    EXPECT_EQ(snake_name("HTTPRequestLog"), "http_request_log");
    EXPECT_EQ(snake_name("phone2"), "phone2");
    EXPECT_EQ(snake_name("Order Details"), "order_details");
}

TEST(Roles, NamesAloneNeverReachHalf) {
    GraphBuilder b;
    // Named like a fact, an audit trail and a queue; built like none of them.
    GraphBuilder::primary_key(b.table(1, "fact_notes", {column("id", "bigint", true), column("note", "text", true)}),
                              {"id"});
    GraphBuilder::primary_key(b.table(2, "page_versions", {column("id", "bigint", true), column("title", "text", true),
                                                           column("record_type", "text")}),
                              {"id"});
    GraphBuilder::primary_key(b.table(3, "jobs", {column("id", "bigint", true), column("title", "text", true)}),
                              {"id"});
    for (const TableRole& r : detect_roles(b.done())) {
        EXPECT_EQ(r.best.role, Role::entity) << r.table;
        for (const RoleHypothesis& alt : r.alternatives) EXPECT_LT(alt.confidence, 0.5) << r.table;
    }
}

TEST(Roles, NoFactWithoutMeasuresOrTime) {
    GraphBuilder b;
    shop(b);
    // Three references and a date, no measures: whatever its keys, not a fact at 0.5.
    b.table(20, "visits", {column("product_id", "bigint", true), column("tag_id", "int", true),
                           column("store_key", "int", true), column("visited_on", "date", true)});
    b.foreign_key(20, "product_id", 1);
    b.foreign_key(20, "tag_id", 2);
    b.foreign_key(20, "store_key", 11);
    const TableRole& r = role_of(detect_roles(b.done()), 20);
    EXPECT_FALSE(r.best.role == Role::fact && r.best.confidence >= 0.5);
}
