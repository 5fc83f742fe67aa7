#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/catalog/relationships.hpp"
#include "core/catalog/schema_graph.hpp"
#include "core/catalog/schema_graph_builder.hpp"

namespace flaqes {
namespace {

TEST(QuoteIdent, QuotesOnlyWhereSqlNeedsIt) {
    EXPECT_EQ(quote_ident("orders"), "orders");
    EXPECT_EQ(quote_ident("_private1"), "_private1");
    EXPECT_EQ(quote_ident("Orders"), "\"Orders\"");
    EXPECT_EQ(quote_ident("order"), "\"order\"");  // reserved
    EXPECT_EQ(quote_ident("user"), "\"user\"");
    EXPECT_EQ(quote_ident("int"), "\"int\"");      // column-name keyword
    EXPECT_EQ(quote_ident("name"), "name");        // unreserved keyword
    EXPECT_EQ(quote_ident("1st"), "\"1st\"");
    EXPECT_EQ(quote_ident("a b"), "\"a b\"");
    EXPECT_EQ(quote_ident("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(quote_ident("café"), "\"café\"");
    EXPECT_EQ(quote_ident(""), "\"\"");
    // The keyword list is searched by bisection: its ends and names between keywords.
    EXPECT_EQ(quote_ident("all"), "\"all\"");
    EXPECT_EQ(quote_ident("xmltable"), "\"xmltable\"");
    EXPECT_EQ(quote_ident("current_user"), "\"current_user\"");
    EXPECT_EQ(quote_ident("aaa"), "aaa");
    EXPECT_EQ(quote_ident("zone"), "zone");
    EXPECT_EQ(quote_ident("users"), "users");
}

TEST(QualifiedName, SqlQuotesEachPart) {
    EXPECT_EQ((QualifiedName{"shop", "orders"}).sql(), "shop.orders");
    EXPECT_EQ((QualifiedName{"My Schema", "select"}).sql(), "\"My Schema\".\"select\"");
}

using Ints = std::vector<std::int64_t>;
using Texts = std::vector<std::string>;
const CatalogValue N;  // NULL

// The rows of each catalog query, as src/pg/catalog_reader.cpp produces them.
struct Snapshot {
    std::vector<CatalogRow> relations, columns, sequences, indexes, constraints, enums, domains, composites;
};

SchemaGraph build(const Snapshot& s) {
    SchemaGraphBuilder b;
    for (const CatalogRow& r : s.relations) b.add_relation(r);
    for (const CatalogRow& r : s.columns) b.add_column(r);
    for (const CatalogRow& r : s.sequences) b.add_sequence(r);
    for (const CatalogRow& r : s.indexes) b.add_index(r);
    for (const CatalogRow& r : s.constraints) b.add_constraint(r);
    for (const CatalogRow& r : s.enums) b.add_enum(r);
    for (const CatalogRow& r : s.domains) b.add_domain(r);
    for (const CatalogRow& r : s.composites) b.add_composite_attribute(r);
    return b.finish();
}

// Two tables, a FK, a unique index, an enum. Columns come in no particular order.
Snapshot small_snapshot() {
    Snapshot s;
    s.relations = {{100, "app", "customers", "r", N, "people", N, N, N, N, N, N, N, N, N, N, N, N, false},
                   {200, "app", "profiles", "r", 10.0, N, N, N, N, N, N, N, 5, 1, 0, 4, 2, 3, true}};
    s.columns = {{200, 3, "tags", "text[]", 1009, -1, "b", "A", false, N, "", "", N, N, N, 25},
                 {100, 1, "id", "bigint", 20, -1, "b", "N", true, N, "a", "", N, N, N, N},
                 {100, 2, "email", "text", 25, -1, "b", "S", true, N, "", "", "login", N, N, N},
                 {200, 1, "customer_id", "bigint", 20, -1, "b", "N", true, N, "", "", N, 0.0, -1.0, N}};
    s.sequences = {{100, 1, 110, "app", "customers_id_seq", "bigint", 9223372036854775807, 42},
                   {999, 1, 990, "app", "gone_id_seq", "integer", 2147483647, N}};
    s.indexes = {{200, 201, "profiles_customer_id_key", "btree", 1, Ints{1}, Ints{3124}, Ints{0}, Ints{0}, true,
                  false, false, true, false, N, Texts{"customer_id"}, "CREATE UNIQUE INDEX ...", N, 7, false}};
    s.constraints = {{100, "customers_pkey", "p", Ints{1}, 0, N, N, N, N, " ", " ", " ", false, false, true, N, N,
                      101, true},
                     {200, "profiles_customer_id_fkey", "f", Ints{1}, 100, "app", "customers", N, Ints{1},
                      "a", "c", "s", false, false, true, N, N, 0, true},
                     {200, "profiles_tags_check", "c", Ints{3}, 0, N, N, N, N, " ", " ", " ", false, false, true,
                      "(cardinality(tags) < 5)", N, 0, true}};
    s.enums = {{300, "app", "mood", Texts{"sad", "ok", "happy"}}};
    return s;
}

TEST(BuildSchemaGraph, ReadsTablesColumnsAndConstraints) {
    const SchemaGraph g = build(small_snapshot());
    ASSERT_EQ(g.tables.size(), 2u);
    const Table* customers = g.table(100);
    ASSERT_NE(customers, nullptr);
    EXPECT_EQ(customers->name.sql(), "app.customers");
    EXPECT_EQ(customers->comment.value_or(""), "people");
    EXPECT_FALSE(customers->row_estimate.has_value());
    ASSERT_TRUE(customers->primary_key.has_value());
    EXPECT_EQ(customers->primary_key->columns, std::vector<std::string>{"id"});
    ASSERT_EQ(customers->columns.size(), 2u);
    EXPECT_EQ(customers->columns[0].identity, Identity::always);
    ASSERT_TRUE(customers->columns[0].sequence.has_value());
    EXPECT_EQ(customers->columns[0].sequence->last_value.value_or(0), 42);
    EXPECT_EQ(customers->columns[0].sequence->oid, 110u);
    EXPECT_EQ(customers->columns[1].comment.value_or(""), "login");
    EXPECT_FALSE(customers->columns[1].sequence.has_value());

    const Table* profiles = g.table(200);
    ASSERT_NE(profiles, nullptr);
    EXPECT_EQ(profiles->row_estimate.value_or(-1), 10);
    EXPECT_EQ(profiles->stats.inserts.value_or(-1), 5);
    EXPECT_TRUE(profiles->stats.analyzed);
    EXPECT_EQ(profiles->columns.front().name, "customer_id");  // ordered by attnum
    // attnum 2 was dropped: attnum lookups must not assume positions.
    ASSERT_NE(profiles->column_at(3), nullptr);
    EXPECT_EQ(profiles->column_at(3)->name, "tags");
    EXPECT_EQ(profiles->column_at(3)->element_type_oid, 25u);
    EXPECT_EQ(profiles->column_at(2), nullptr);
    ASSERT_EQ(profiles->foreign_keys.size(), 1u);
    const ForeignKey& fk = profiles->foreign_keys[0];
    EXPECT_EQ(fk.ref_oid, 100u);
    EXPECT_EQ(fk.on_delete, FkAction::cascade);
    EXPECT_EQ(fk.on_update, FkAction::no_action);
    EXPECT_EQ(fk.ref_columns, std::vector<std::string>{"id"});
    ASSERT_EQ(profiles->check_constraints.size(), 1u);
    EXPECT_EQ(profiles->check_constraints[0].columns, std::vector<std::string>{"tags"});
    ASSERT_EQ(profiles->indexes.size(), 1u);
    EXPECT_EQ(profiles->indexes[0].oid, 201u);
    EXPECT_EQ(profiles->indexes[0].scans.value_or(-1), 7);
    EXPECT_EQ(profiles->column("customer_id")->n_distinct.value_or(0), -1);

    ASSERT_EQ(g.enums.size(), 1u);
    EXPECT_EQ(g.enums[0].labels, (std::vector<std::string>{"sad", "ok", "happy"}));
    EXPECT_NE(g.enum_type(300), nullptr);
}

TEST(BuildSchemaGraph, ReadsCompositeTypesAndTheirAttributes) {
    Snapshot s = small_snapshot();
    s.composites = {{400, "app", "address", 1, "street", "text", 25, -1, "b", "S", N},
                    {400, "app", "address", 3, "mood", "app.mood", 300, -1, "e", "E", N},
                    {400, "app", "address", 4, "tags", "text[]", 1009, -1, "b", "A", 25},
                    {500, "app", "nothing", N, N, N, N, N, N, N, N}};
    const SchemaGraph g = build(s);
    const CompositeType* address = g.composite(400);
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->name.sql(), "app.address");
    ASSERT_EQ(address->attributes.size(), 3u);
    EXPECT_EQ(address->attributes[0].name, "street");
    EXPECT_EQ(address->attributes[1].attnum, 3);
    EXPECT_EQ(address->attributes[1].type_type, 'e');
    EXPECT_EQ(address->attributes[1].type_oid, 300u);
    EXPECT_EQ(address->attributes[2].element_type_oid, 25u);
    EXPECT_EQ(g.composite(300), nullptr);
    ASSERT_NE(g.composite(500), nullptr);
    EXPECT_TRUE(g.composite(500)->attributes.empty());
}

TEST(BuildSchemaGraph, ReadsDomainsWithTheirChecks) {
    Snapshot s = small_snapshot();
    s.domains = {{600, "app", "email", "text", 25, -1, true, N, Texts{"has_at", "short"},
                  Texts{"(VALUE ~~ '%@%'::text)", "(length(VALUE) < 200)"}},
                 {700, "app", "amount", "numeric(12,2)", 1700, 786438, false, "0", N, N}};
    const SchemaGraph g = build(s);
    const DomainType* email = g.domain(600);
    ASSERT_NE(email, nullptr);
    EXPECT_TRUE(email->not_null);
    ASSERT_EQ(email->checks.size(), 2u);
    EXPECT_EQ(email->checks[1].name, "short");
    EXPECT_EQ(email->checks[1].expression, "(length(VALUE) < 200)");
    const DomainType* amount = g.domain(700);
    ASSERT_NE(amount, nullptr);
    EXPECT_EQ(amount->default_expr.value_or(""), "0");
    EXPECT_TRUE(amount->checks.empty());
}

TEST(BuildSchemaGraph, ForeignKeyToATableNotReadCarriesItsColumnNames) {
    Snapshot s = small_snapshot();
    s.constraints.push_back({200, "profiles_country_fkey", "f", Ints{1}, 900, "geo", "countries", Texts{"code"},
                             Ints{2}, "a", "a", "s", false, false, true, N, N, 0, true});
    const SchemaGraph g = build(s);
    ASSERT_EQ(g.table(200)->foreign_keys.size(), 2u);
    EXPECT_EQ(g.table(200)->foreign_keys[1].ref_columns, std::vector<std::string>{"code"});
}

TEST(BuildSchemaGraph, RowsOfUnknownRelationsAreIgnored) {
    Snapshot s = small_snapshot();
    s.columns = {{999, 1, "x", "integer", 23, -1, "b", "N", false, N, "", "", N, N, N, N}};
    const SchemaGraph g = build(s);
    EXPECT_TRUE(g.table(100)->columns.empty());
}

TEST(BuildSchemaGraph, MalformedRowIsAnInternalError) {
    Snapshot s = small_snapshot();
    s.relations = {{100, "app"}};
    EXPECT_THROW(build(s), Error);
}

TEST(BuildSchemaGraph, FieldOfAnotherTypeIsAnInternalError) {
    Snapshot s = small_snapshot();
    s.columns[0][1] = "3";  // attnum as text
    EXPECT_THROW(build(s), Error);
}

TEST(BuildSchemaGraph, RowsOutOfOrderAreAnInternalError) {
    const Snapshot s = small_snapshot();
    SchemaGraphBuilder b;
    b.add_relation(s.relations[0]);
    b.add_index(s.indexes[0]);
    EXPECT_THROW(b.add_column(s.columns[0]), Error);
}

TEST(Relationships, UniqueForeignKeyIsOneToOne) {
    const SchemaGraph g = build(small_snapshot());
    const std::vector<Relationship> edges = derive_relationships(g);
    ASSERT_EQ(edges.size(), 1u);
    EXPECT_EQ(edges[0].cardinality, Cardinality::one_to_one);
    EXPECT_FALSE(edges[0].identifying);
    EXPECT_FALSE(edges[0].optional);
}

Table junction_table() {
    Table t;
    t.oid = 10;
    t.name = {"app", "user_roles"};
    for (const char* name : {"user_id", "role_id", "granted_at"}) {
        Column c;
        c.attnum = static_cast<int>(t.columns.size()) + 1;
        c.name = name;
        c.not_null = true;
        t.columns.push_back(c);
    }
    t.primary_key = KeyConstraint{"user_roles_pkey", {1, 2}, {"user_id", "role_id"}, false, false, 11};
    ForeignKey to_users;
    to_users.name = "user_roles_user_id_fkey";
    to_users.columns = {"user_id"};
    to_users.ref_oid = 1;
    to_users.ref = {"app", "users"};
    to_users.ref_columns = {"id"};
    ForeignKey to_roles = to_users;
    to_roles.name = "user_roles_role_id_fkey";
    to_roles.columns = {"role_id"};
    to_roles.ref_oid = 2;
    to_roles.ref = {"app", "roles"};
    t.foreign_keys = {to_users, to_roles};
    return t;
}

TEST(Relationships, JunctionGivesManyToManyEdge) {
    SchemaGraph g;
    g.tables.push_back(junction_table());
    g.index();
    const std::vector<Relationship> edges = derive_relationships(g);
    ASSERT_EQ(edges.size(), 3u);
    EXPECT_TRUE(edges[0].identifying);
    EXPECT_EQ(edges[0].cardinality, Cardinality::many_to_one);
    EXPECT_EQ(edges[2].cardinality, Cardinality::many_to_many);
    EXPECT_EQ(edges[2].from.name, "users");
    EXPECT_EQ(edges[2].to.name, "roles");
    ASSERT_TRUE(edges[2].via.has_value());
    EXPECT_EQ(edges[2].via->name, "user_roles");
}

TEST(Relationships, PairWithoutUniqueKeyIsNoJunction) {
    Table t = junction_table();
    t.primary_key.reset();
    EXPECT_FALSE(junction_pair(t).has_value());
    Index unique_pair;
    unique_pair.unique = true;
    unique_pair.keys = {IndexKey{2, "role_id", "role_id", 0, 0, false, false},
                        IndexKey{1, "user_id", "user_id", 0, 0, false, false}};
    t.indexes.push_back(unique_pair);
    EXPECT_TRUE(junction_pair(t).has_value());  // any column order
    t.indexes[0].predicate = "(revoked_at IS NULL)";
    EXPECT_FALSE(junction_pair(t).has_value());  // a partial index guarantees nothing overall
}

}  // namespace
}  // namespace flaqes
