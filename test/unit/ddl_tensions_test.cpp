// The tension rows of a migration review: analyze's findings before and after, by id, each on the
// statement that last touched its table.
#include <gtest/gtest.h>

#include "core/migration/ddl_tensions.hpp"
#include "graph_builder.hpp"

namespace flaqes {
namespace {

Finding finding(const std::string& id, Severity severity, Oid table) {
    Finding f;
    f.id = id;
    f.rule = id.substr(0, id.find(':'));
    f.severity = severity;
    f.table = table;
    f.description = "About " + id + ".";
    f.alternatives = {Alternative{"Do this.", "Costs that.", Effort::low, std::string("SELECT 1;")}};
    return f;
}

TEST(DdlTensions, IntroducedChangedResolvedOnTheirStatements) {
    testing::GraphBuilder b;
    b.table(10, "orders", {testing::column("id", "bigint", true)});
    b.table(11, "customers", {testing::column("id", "bigint", true)});
    const SchemaGraph& g = b.done();
    const std::vector<Finding> before = {finding("a:s.orders", Severity::warning, 10),
                                         finding("b:s.customers", Severity::info, 11)};
    const std::vector<Finding> after = {finding("a:s.orders", Severity::critical, 10),
                                        finding("c:s.orders", Severity::warning, 10)};
    const auto statement_of = [](Oid table) {
        return table == 10 ? StatementRef{4, "ALTER TABLE s.orders ..."} : StatementRef{2, "ALTER TABLE s.customers ..."};
    };
    const std::vector<DdlReviewRow> rows = tension_rows(before, g, after, g, statement_of);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].change, "changed");
    EXPECT_EQ(rows[0].id, "a:s.orders");
    EXPECT_EQ(rows[0].severity, Severity::critical);
    EXPECT_EQ(rows[0].description, "Severity warning -> critical after the migration: About a:s.orders.");
    EXPECT_EQ(rows[0].line, 4);
    EXPECT_EQ(rows[0].previous_severity, Severity::warning);
    EXPECT_EQ(rows[1].change, "introduced");
    EXPECT_EQ(rows[1].rule, "c");
    EXPECT_EQ(rows[1].table_name, "s.orders");
    EXPECT_EQ(rows[1].kind, "tension");
    EXPECT_FALSE(rows[1].lock);
    ASSERT_EQ(rows[1].alternatives.size(), 1u);
    EXPECT_EQ(rows[2].change, "resolved");
    EXPECT_EQ(rows[2].severity, Severity::info);  // the severity it had before
    EXPECT_EQ(rows[2].line, 2);
    EXPECT_EQ(rows[2].statement, "ALTER TABLE s.customers ...");
}

// A schema-wide finding as consolidate makes it: no table, its objects in evidence.objects.
Finding group(const std::string& id, Severity severity, std::initializer_list<const char*> objects) {
    Finding f = finding(id, severity, 0);
    f.object = id.substr(id.find(':') + 1);
    json::Value list = json::Value::array();
    for (const char* o : objects) list.push(json::Value::string(o));
    f.evidence.set("objects", std::move(list));
    return f;
}

Finding single(const std::string& id, Severity severity, Oid table) {
    Finding f = finding(id, severity, table);
    f.object = id.substr(id.find(':') + 1);
    return f;
}

std::vector<DdlReviewRow> rows_of(const std::vector<Finding>& before, const std::vector<Finding>& after) {
    testing::GraphBuilder b;
    b.table(10, "orders", {testing::column("id", "bigint", true)});
    b.table(11, "customers", {testing::column("id", "bigint", true)});
    const SchemaGraph& g = b.done();
    return tension_rows(before, g, after, g, [](Oid) { return StatementRef{7, "ALTER TABLE s.orders ..."}; });
}

TEST(DdlTensions, SchemaWideFindingIntroducedOnTheLastStatement) {
    const auto rows = rows_of({}, {group("serial_not_identity:s", Severity::info, {"orders(line_no)"})});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].change, "introduced");
    EXPECT_EQ(rows[0].id, "serial_not_identity:s");
    EXPECT_EQ(rows[0].table_name, "");
    EXPECT_EQ(rows[0].line, 7);
}

// The one row of a comparison, checked as a "changed" row.
void expect_one_changed(const std::vector<DdlReviewRow>& rows, const std::string& id, Severity previous,
                        const std::string& description) {
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].change, "changed");
    EXPECT_EQ(rows[0].id, id);
    EXPECT_EQ(rows[0].previous_severity, previous);
    EXPECT_EQ(rows[0].description, description);
}

TEST(DdlTensions, GroupThatGrowsOrShrinksIsChanged) {
    const Finding small = group("serial_not_identity:s", Severity::info, {"orders(id)"});
    const Finding grown = group("serial_not_identity:s", Severity::info, {"orders(id)", "orders(line_no)"});
    expect_one_changed(rows_of({small}, {grown}), "serial_not_identity:s", Severity::info,
                       "2 object(s) instead of 1 (added: orders(line_no)) after the migration: About "
                       "serial_not_identity:s.");
    expect_one_changed(rows_of({grown}, {small}), "serial_not_identity:s", Severity::info,
                       "1 object(s) instead of 2 (no longer: orders(line_no)) after the migration: About "
                       "serial_not_identity:s.");
    EXPECT_TRUE(rows_of({grown}, {grown}).empty());
}

// A rule's group speaks only with several members: one finding becoming a group (or the other way)
// is the same finding changed under its new id, not one resolved and one introduced.
TEST(DdlTensions, FindingThatBecomesAGroupContinuesUnderItsNewId) {
    const Finding one = single("fk_without_index:s.orders(customer_id)", Severity::warning, 10);
    const Finding two = group("fk_without_index:s.customers(references)", Severity::critical,
                              {"orders(customer_id)", "customers(referrer_id)"});
    expect_one_changed(rows_of({one}, {two}), "fk_without_index:s.customers(references)", Severity::warning,
                       "Severity warning -> critical and 2 object(s) instead of 1 in "
                       "fk_without_index:s.orders(customer_id) (added: customers(referrer_id)) after the migration: "
                       "About fk_without_index:s.customers(references).");
    expect_one_changed(rows_of({two}, {one}), "fk_without_index:s.orders(customer_id)", Severity::critical,
                       "Severity critical -> warning and 1 object(s) instead of 2 in "
                       "fk_without_index:s.customers(references) (no longer: customers(referrer_id)) after the "
                       "migration: About fk_without_index:s.orders(customer_id).");
    // No shared object: not the same finding.
    const Finding other = single("fk_without_index:s.customers(referrer_id)", Severity::warning, 11);
    const auto rows = rows_of({one}, {other});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].change, "introduced");
    EXPECT_EQ(rows[1].change, "resolved");
}

}  // namespace
}  // namespace flaqes
