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

}  // namespace
}  // namespace flaqes
