#include <gtest/gtest.h>

#include "core/migration/schema_diff.hpp"

namespace flaqes {
namespace {

Table orders() {
    Table t;
    t.oid = 10;
    t.name = {"shop", "orders"};
    t.columns = {Column{}, Column{}};
    t.columns[0].attnum = 1;
    t.columns[0].name = "id";
    t.columns[0].type = "integer";
    t.columns[0].not_null = true;
    t.columns[1].attnum = 2;
    t.columns[1].name = "note";
    t.columns[1].type = "text";
    CheckConstraint check;
    check.name = "orders_id_check";
    check.expression = "(id > 0)";
    t.check_constraints.push_back(check);
    return t;
}

SchemaGraph graph_of(std::vector<Table> tables) {
    SchemaGraph g;
    g.tables = std::move(tables);
    g.index();
    return g;
}

std::string line(const SchemaChange& c) {
    return c.change + " " + c.object_type + " " + c.object + " " + c.attribute + " " + c.before.value_or("-") + " -> " +
           c.after.value_or("-");
}

std::vector<std::string> lines(const std::vector<SchemaChange>& changes) {
    std::vector<std::string> out;
    for (const SchemaChange& c : changes) out.push_back(line(c));
    return out;
}

TEST(SchemaDiff, SameModelsHaveNoChanges) {
    EXPECT_TRUE(diff_schemas(graph_of({orders()}), graph_of({orders()})).empty());
}

TEST(SchemaDiff, ListsColumnAndConstraintChanges) {
    Table after = orders();
    after.columns[0].type = "bigint";
    after.columns.pop_back();
    Column status;
    status.attnum = 3;
    status.name = "status";
    status.type = "text";
    status.default_expr = "'new'::text";
    after.columns.push_back(status);
    after.check_constraints[0].validated = false;
    EXPECT_EQ(lines(diff_schemas(graph_of({orders()}), graph_of({after}))),
              (std::vector<std::string>{"altered column id type integer -> bigint", "added column status  - -> text",
                                        "removed column note  text -> -",
                                        "altered constraint orders_id_check validated true -> false"}));
}

TEST(SchemaDiff, TablesAndEnumsByQualifiedName) {
    SchemaGraph before = graph_of({orders()});
    before.enums.push_back(EnumType{1, {"shop", "mood"}, {"ok"}});
    Table moved = orders();
    moved.name.schema = "archive";
    SchemaGraph after = graph_of({moved});
    after.enums.push_back(EnumType{1, {"shop", "mood"}, {"ok", "sad"}});
    EXPECT_EQ(lines(diff_schemas(before, after)),
              (std::vector<std::string>{"added table archive.orders  - -> -", "removed table shop.orders  - -> -",
                                        "altered enum shop.mood definition \"ok\" -> \"ok\", \"sad\""}));
}

Finding finding(const std::string& id, Severity severity) {
    Finding f;
    f.id = id;
    f.rule = id.substr(0, id.find(':'));
    f.severity = severity;
    f.table = 10;
    return f;
}

TEST(SchemaDiff, TensionsByFindingId) {
    const SchemaGraph g = graph_of({orders()});
    const std::vector<Finding> before = {finding("a:shop.orders", Severity::warning),
                                         finding("b:shop.orders", Severity::info)};
    const std::vector<Finding> after = {finding("a:shop.orders", Severity::critical),
                                        finding("c:shop.orders", Severity::info)};
    const auto changes = diff_findings(before, g, after, g);
    EXPECT_EQ(lines(changes), (std::vector<std::string>{"changed tension a:shop.orders severity warning -> critical",
                                                        "introduced tension c:shop.orders severity - -> info",
                                                        "resolved tension b:shop.orders severity info -> -"}));
    EXPECT_EQ(changes[1].table, "shop.orders");
    EXPECT_EQ(changes[1].rule, "c");
}

}  // namespace
}  // namespace flaqes
