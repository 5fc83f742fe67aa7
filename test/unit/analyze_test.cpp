// Rule logic on hand-built SchemaGraphs: precision and recall of the rules, the intent matrix,
// ignore, stable ids.
#include <algorithm>

#include <gtest/gtest.h>

#include "core/analyze/analyze.hpp"
#include "core/analyze/finding_filter.hpp"
#include "core/analyze/rule.hpp"
#include "core/error.hpp"
#include "core/report/report.hpp"

namespace flaqes {
namespace {

// A small builder for test tables.
struct TableBuilder {
    Table t;
    TableBuilder(Oid oid, std::string schema, std::string name) {
        t.oid = oid;
        t.name = {std::move(schema), std::move(name)};
    }
    TableBuilder& column(const std::string& name, const std::string& type, bool not_null = true) {
        Column c;
        c.attnum = static_cast<int>(t.columns.size()) + 1;
        c.name = name;
        c.type = type;
        c.not_null = not_null;
        c.type_category = type == "text" || type.rfind("character", 0) == 0 ? 'S'
                          : type == "boolean"                              ? 'B'
                          : type.rfind("timestamp", 0) == 0 || type == "date" ? 'D'
                                                                              : 'N';
        if (type == "jsonb" || type == "json") c.type_category = 'U';
        t.columns.push_back(c);
        return *this;
    }
    TableBuilder& identity(const std::string& name, const std::string& type = "bigint") {
        column(name, type);
        t.columns.back().identity = Identity::always;
        return primary_key({name});
    }
    TableBuilder& primary_key(std::vector<std::string> columns) {
        KeyConstraint k;
        k.name = t.name.name + "_pkey";
        k.columns = columns;
        t.primary_key = k;
        return index(k.name, columns, true, true, k.name);
    }
    TableBuilder& unique(const std::string& name, std::vector<std::string> columns) {
        KeyConstraint k;
        k.name = name;
        k.columns = columns;
        t.unique_constraints.push_back(k);
        return index(name, columns, true, false, name);
    }
    TableBuilder& index(const std::string& name, std::vector<std::string> columns, bool unique = false,
                        bool primary = false, std::optional<std::string> constraint = std::nullopt) {
        Index ix;
        ix.oid = t.oid * 100 + static_cast<Oid>(t.indexes.size()) + 1;
        ix.name = name;
        ix.method = "btree";
        ix.unique = unique;
        ix.primary = primary;
        ix.constraint = constraint;
        for (const std::string& c : columns) {
            IndexKey k;
            k.column = c;
            k.expression = c;
            const Column* col = t.column(c);
            k.attnum = col != nullptr ? col->attnum : 0;
            ix.keys.push_back(k);
        }
        t.indexes.push_back(ix);
        return *this;
    }
    TableBuilder& references(const std::string& name, std::vector<std::string> columns, const Table& parent,
                             std::vector<std::string> parent_columns) {
        ForeignKey fk;
        fk.name = name;
        fk.columns = columns;
        fk.ref_oid = parent.oid;
        fk.ref = parent.name;
        fk.ref_columns = parent_columns;
        t.foreign_keys.push_back(fk);
        return *this;
    }
};

struct Analysis {
    SchemaGraph graph;
    Intent intent;
    const CatalogLookups* lookups = nullptr;  // a graph read lean
    std::vector<Finding> run(std::vector<TableRole> roles = {}, std::vector<PatternMatch> patterns = {}) {
        graph.index();
        const AnalysisContext context(graph, intent, std::move(roles), std::move(patterns), lookups);
        return run_rules(context);
    }
};

const Finding* find(const std::vector<Finding>& findings, const std::string& id) {
    const auto it = std::find_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.id == id; });
    return it == findings.end() ? nullptr : &*it;
}

std::size_t count_rule(const std::vector<Finding>& findings, const std::string& rule) {
    return static_cast<std::size_t>(
        std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.rule == rule; }));
}

Analysis customers_and_orders() {
    Analysis a;
    TableBuilder customers(1, "shop", "customers");
    customers.identity("id").column("name", "text");
    TableBuilder orders(2, "shop", "orders");
    orders.identity("id").column("customer_id", "bigint").column("customer_name", "text");
    orders.references("orders_customer_id_fkey", {"customer_id"}, customers.t, {"id"});
    a.graph.tables = {customers.t, orders.t};
    return a;
}

TEST(AnalyzeTest, FkWithoutIndexIsFoundWithStableIdAndDdl) {
    Analysis a = customers_and_orders();
    const auto findings = a.run();
    const Finding* f = find(findings, "fk_without_index:shop.orders(customer_id)");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::warning);  // OLTP, but nothing says the child is large
    ASSERT_EQ(f->alternatives.size(), 1u);
    EXPECT_EQ(*f->alternatives[0].example_ddl,
              "CREATE INDEX orders_customer_id_idx ON shop.orders (customer_id);");
}

// The severity matrix of fk_without_index (README.md, "What a severity means").
TEST(AnalyzeTest, FkWithoutIndexIsCriticalOnlyForALargeChildOfAnEntity) {
    Analysis a = customers_and_orders();
    a.intent.data_volume = DataVolume::large;
    EXPECT_EQ(find(a.run(), "fk_without_index:shop.orders(customer_id)")->severity, Severity::critical);
    a.intent.data_volume = DataVolume::medium;
    a.graph.tables[1].row_estimate = 250000;  // large by statistics
    EXPECT_EQ(find(a.run(), "fk_without_index:shop.orders(customer_id)")->severity, Severity::critical);
    a.intent.workload = Workload::olap;
    a.intent.read_patterns = {ReadPattern::join_heavy};
    EXPECT_EQ(find(a.run(), "fk_without_index:shop.orders(customer_id)")->severity, Severity::warning);
}

TEST(AnalyzeTest, FkWithoutIndexToALookupOrFromAnActorColumnIsInfo) {
    Analysis a;
    TableBuilder users(1, "s", "users");
    users.identity("id").column("email", "text");
    TableBuilder currency(2, "s", "currency");
    currency.identity("id").column("code", "text").column("name", "text");
    TableBuilder lines(3, "s", "lines");
    lines.identity("id").column("currency_id", "bigint").column("created_by", "bigint").column("parent_id", "bigint", false);
    lines.references("lines_currency_fkey", {"currency_id"}, currency.t, {"id"});
    lines.references("lines_created_by_fkey", {"created_by"}, users.t, {"id"});
    lines.references("lines_parent_fkey", {"parent_id"}, lines.t, {"id"});
    a.graph.tables = {users.t, currency.t, lines.t};
    a.intent.data_volume = DataVolume::large;
    const auto findings = a.run();
    EXPECT_EQ(find(findings, "fk_without_index:s.lines(currency_id)")->severity, Severity::info);
    EXPECT_EQ(find(findings, "fk_without_index:s.lines(created_by)")->severity, Severity::info);
    EXPECT_EQ(find(findings, "fk_without_index:s.lines(parent_id)")->severity, Severity::warning);
}

// Hygiene rules report once per schema, listing the objects; the id is rule:schema and ignorable.
TEST(AnalyzeTest, HygieneRulesReportOncePerSchema) {
    Analysis a;
    TableBuilder t1(1, "s", "a");
    t1.identity("id").column("at", "timestamp without time zone");
    TableBuilder t2(2, "s", "b");
    t2.identity("id").column("at", "timestamp without time zone");
    a.graph.tables = {t1.t, t2.t};
    const auto findings = a.run();
    const Finding* f = find(findings, "timestamp_without_time_zone:s");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->table, 0u);
    EXPECT_EQ(f->columns, (std::vector<std::string>{"a.at", "b.at"}));
    EXPECT_EQ(count_rule(findings, "timestamp_without_time_zone"), 1u);
    EXPECT_NE(f->alternatives[0].example_ddl->find("ALTER TABLE s.b"), std::string::npos);
    a.intent.ignore = {"timestamp_without_time_zone:s"};
    EXPECT_EQ(count_rule(a.run(), "timestamp_without_time_zone"), 0u);
}

TEST(AnalyzeTest, FkCoveredByAnyLeadingIndexIsNotReported) {
    Analysis a = customers_and_orders();
    Table& orders = a.graph.tables[1];
    TableBuilder b(orders.oid, "shop", "orders");
    b.t = orders;
    b.index("orders_customer_placed_idx", {"customer_id", "id"});
    orders = b.t;
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 0u);
}

TEST(AnalyzeTest, FkCoveredByPrimaryKeyInAnyOrder) {
    Analysis a;
    TableBuilder left(1, "s", "a");
    left.identity("id");
    TableBuilder right(2, "s", "b");
    right.identity("id");
    TableBuilder link(3, "s", "a_b");
    link.column("a_id", "bigint").column("b_id", "bigint").primary_key({"b_id", "a_id"});
    link.references("a_b_fkey", {"b_id", "a_id"}, left.t, {"id", "id"});
    a.graph.tables = {left.t, right.t, link.t};
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 0u);
}

// A partial index serves the foreign key only when the key's equality implies its predicate.
TEST(AnalyzeTest, PartialIndexCoversForeignKeyOnlyWhereNotNull) {
    Analysis a = customers_and_orders();
    TableBuilder b(2, "shop", "orders");
    b.t = a.graph.tables[1];
    b.index("orders_customer_partial_idx", {"customer_id"});
    b.t.indexes.back().predicate = "(id > 0)";
    a.graph.tables[1] = b.t;
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 1u);
    a.graph.tables[1].indexes.back().predicate = "(customer_id IS NOT NULL)";
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 0u);
}

TEST(AnalyzeTest, IntentChangesSeverity) {
    Analysis a = customers_and_orders();
    a.intent.data_volume = DataVolume::small;
    EXPECT_EQ(find(a.run(), "fk_without_index:shop.orders(customer_id)")->severity, Severity::info);
    a.intent = Intent{};
    a.intent.workload = Workload::olap;
    EXPECT_EQ(find(a.run(), "fk_without_index:shop.orders(customer_id)")->severity, Severity::warning);
    EXPECT_EQ(find(a.run(), "denormalized_copy:shop.orders(customer_name)")->severity, Severity::info);
    a.intent.workload = Workload::oltp;
    EXPECT_EQ(find(a.run(), "denormalized_copy:shop.orders(customer_name)")->severity, Severity::warning);
}

TEST(AnalyzeTest, IgnoreByIdAndByRule) {
    Analysis a = customers_and_orders();
    a.intent.ignore = {"fk_without_index:shop.orders(customer_id)"};
    auto findings = a.run();
    EXPECT_EQ(count_rule(findings, "fk_without_index"), 0u);
    EXPECT_EQ(count_rule(findings, "denormalized_copy"), 1u);
    a.intent.ignore = {"denormalized_copy"};
    findings = a.run();
    EXPECT_EQ(count_rule(findings, "fk_without_index"), 1u);
    EXPECT_EQ(count_rule(findings, "denormalized_copy"), 0u);
}

TEST(AnalyzeTest, DisplayControlsFilterWithoutChangingIds) {
    Analysis a = customers_and_orders();
    const auto all = a.run();
    a.intent.rules = {"fk_without_index"};
    auto findings = a.run();
    ASSERT_EQ(findings.size(), count_rule(all, "fk_without_index"));
    EXPECT_EQ(findings.front().id, "fk_without_index:shop.orders(customer_id)");
    a.intent.rules = {};
    a.intent.exclude = {"shop.ord*"};
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 0u);
    a.intent.exclude = {};
    a.intent.include = {"orders"};
    EXPECT_EQ(count_rule(a.run(), "fk_without_index"), 1u);
    a.intent.include = {"other.*"};
    EXPECT_TRUE(a.run().empty());
    a.intent.include = {};
    a.intent.min_severity = MinSeverity::critical;
    for (const Finding& f : a.run()) EXPECT_EQ(f.severity, Severity::critical);
    a.intent.min_severity = MinSeverity::info;
    a.intent.min_confidence = 1.0;
    for (const Finding& f : a.run()) EXPECT_GE(f.confidence, 1.0);
    a.intent.rules = {"no_such_rule"};
    EXPECT_THROW(a.run(), Error);
}

TEST(AnalyzeTest, TablePatternsAreGlobs) {
    const QualifiedName t{"sales", "tmp_orders"};
    EXPECT_TRUE(table_matches("sales.*", t));
    EXPECT_TRUE(table_matches("*.tmp_*", t));
    EXPECT_TRUE(table_matches("tmp_orders", t));
    EXPECT_TRUE(table_matches("s?les.tmp_order?", t));
    EXPECT_FALSE(table_matches("sales", t));
    EXPECT_FALSE(table_matches("Sales.*", t));
    EXPECT_FALSE(table_matches("*.orders", t));
    EXPECT_TRUE(table_matches("*", t));
}

TEST(AnalyzeTest, DuplicateAndRedundantIndexes) {
    Analysis a;
    TableBuilder t(1, "s", "products");
    t.identity("id").column("sku", "text").column("name", "text").column("price", "numeric");
    t.unique("products_sku_key", {"sku"}).index("products_sku_idx", {"sku"});
    t.index("products_name_idx", {"name"}).index("products_name_price_idx", {"name", "price"});
    t.index("products_price_uidx", {"price"}, true).index("products_price_name_idx", {"price", "name"});
    a.graph.tables = {t.t};
    const auto findings = a.run();
    EXPECT_NE(find(findings, "duplicate_index:s.products(products_sku_idx)"), nullptr);
    EXPECT_EQ(find(findings, "duplicate_index:s.products(products_sku_key)"), nullptr);
    EXPECT_NE(find(findings, "redundant_index:s.products(products_name_idx)"), nullptr);
    // A unique index is never redundant to a non-unique one.
    EXPECT_EQ(find(findings, "redundant_index:s.products(products_price_uidx)"), nullptr);
    EXPECT_EQ(count_rule(findings, "redundant_index"), 1u);
}

// Two partitions of table 1 (oids 2 and 3, named <stem>_2 and <stem>_3); `declare` gives each its
// columns and indexes (and marks the copies of the parent's).
template <typename Declare>
void add_partitions(Analysis& a, const std::string& stem, Declare&& declare) {
    for (Oid oid : {Oid{2}, Oid{3}}) {
        const std::string name = stem + "_" + std::to_string(oid);
        TableBuilder part(oid, "s", name);
        declare(part, name);
        part.t.kind = RelKind::partition;
        part.t.partition_parent_oid = 1;
        a.graph.tables.push_back(part.t);
    }
}

// A partition's own index repeating its attached copy of the parent's index: the own one is dropped,
// once for all partitions that repeat it; copies of the parent's own duplicates are left to the parent.
TEST(AnalyzeTest, DuplicateIndexOnAPartition) {
    Analysis a;
    TableBuilder parent(1, "s", "views");
    parent.column("at", "date").column("page", "text").index("views_page_idx", {"page"});
    parent.index("views_page_idx1", {"page"});
    parent.t.kind = RelKind::partitioned_table;
    a.graph.tables = {parent.t};
    add_partitions(a, "views", [](TableBuilder& part, const std::string& name) {
        part.column("at", "date").column("page", "text").column("kind", "text");
        part.index(name + "_page_idx", {"page"}).index(name + "_page_idx1", {"page"});
        part.index(name + "_own", {"page"}).index(name + "_kind", {"kind"});
        part.t.indexes[0].inherited = part.t.indexes[1].inherited = true;
    });
    const auto findings = a.run();
    EXPECT_NE(find(findings, "duplicate_index:s.views(views_page_idx1)"), nullptr);
    const Finding* own = find(findings, "duplicate_index:s.views(page)");
    ASSERT_NE(own, nullptr);
    EXPECT_NE(own->alternatives.at(0).example_ddl.value_or("").find("DROP INDEX s.views_2_own;"), std::string::npos);
    EXPECT_EQ(count_rule(findings, "duplicate_index"), 2u);
}

// Partitions declaring one index twice under names of their own, and an index of their own that is a
// prefix of their copy of the parent's: one finding per rule for the parent, whatever the names.
TEST(AnalyzeTest, PartitionsOwnIndexesGroupedByParent) {
    Analysis a;
    TableBuilder parent(1, "s", "clicks");
    parent.column("at", "date").column("campaign", "text").column("visitor", "text");
    parent.index("clicks_campaign_visitor_idx", {"campaign", "visitor"});
    parent.t.kind = RelKind::partitioned_table;
    a.graph.tables = {parent.t};
    add_partitions(a, "clicks", [](TableBuilder& part, const std::string& name) {
        part.column("at", "date").column("campaign", "text").column("visitor", "text");
        part.index(name + "_campaign_visitor_idx", {"campaign", "visitor"});
        part.index("idx_" + name + "_visitor", {"visitor"}).index(name + "_visitor_idx", {"visitor"});
        part.index(name + "_campaign_idx", {"campaign"});
        part.t.indexes[0].inherited = true;
    });
    const auto findings = a.run();
    const Finding* duplicate = find(findings, "duplicate_index:s.clicks(visitor)");
    ASSERT_NE(duplicate, nullptr);
    EXPECT_EQ(duplicate->alternatives.at(0).example_ddl.value_or(""),
              "DROP INDEX s.idx_clicks_2_visitor;\nDROP INDEX s.idx_clicks_3_visitor;");
    EXPECT_EQ(count_rule(findings, "duplicate_index"), 1u);
    const Finding* redundant = find(findings, "redundant_index:s.clicks(campaign)");
    ASSERT_NE(redundant, nullptr);
    EXPECT_EQ(redundant->alternatives.at(0).example_ddl.value_or(""),
              "DROP INDEX s.clicks_2_campaign_idx;\nDROP INDEX s.clicks_3_campaign_idx;");
    // The partitions' copies of the parent's index are never the ones to drop.
    EXPECT_EQ(count_rule(findings, "redundant_index"), 1u);
}

// Answers for what a lean read leaves out, counting the questions.
struct CountingLookups final : CatalogLookups {
    mutable int asked = 0;
    std::string index_definition(const Index& index) const override {
        ++asked;
        return "looked up " + index.name;
    }
    std::optional<std::int64_t> sequence_last_value(const SequenceInfo&) const override {
        ++asked;
        return 2104000000;
    }
};

TEST(AnalyzeTest, IndexDefinitionsOfALeanReadAreLookedUp) {
    Analysis a;
    TableBuilder t(1, "s", "products");
    t.identity("id").column("sku", "text").unique("products_sku_key", {"sku"}).index("products_sku_idx", {"sku"});
    t.t.indexes.back().definition = "CREATE INDEX products_sku_idx ON s.products USING btree (sku)";
    a.graph.tables = {t.t};
    const auto full = a.run();
    const Finding* read = find(full, "duplicate_index:s.products(products_sku_idx)");
    ASSERT_NE(read, nullptr);
    EXPECT_EQ(read->evidence.find("definition")->as_string(), t.t.indexes.back().definition);

    const CountingLookups lookups;
    a.lookups = &lookups;
    a.graph.tables[0].indexes.back().definition.clear();
    const auto lean = a.run();
    const Finding* looked_up = find(lean, "duplicate_index:s.products(products_sku_idx)");
    ASSERT_NE(looked_up, nullptr);
    EXPECT_EQ(looked_up->evidence.find("definition")->as_string(), "looked up products_sku_idx");
    EXPECT_EQ(lookups.asked, 1);
}

TEST(AnalyzeTest, RedundantIndexRespectsOrderingAndPredicate) {
    Analysis a;
    TableBuilder t(1, "s", "t");
    t.identity("id").column("a", "integer").column("b", "integer");
    t.index("t_a_desc_idx", {"a"}).index("t_a_b_idx", {"a", "b"});
    t.t.indexes[1].keys[0].descending = true;
    t.index("t_b_partial_idx", {"b"}).index("t_b_a_idx", {"b", "a"});
    t.t.indexes[3].predicate = "(a > 0)";
    a.graph.tables = {t.t};
    EXPECT_EQ(count_rule(a.run(), "redundant_index"), 0u);
}

TEST(AnalyzeTest, KeyOverflowUsesSequencePosition) {
    Analysis a;
    TableBuilder t(1, "shop", "orders");
    t.column("id", "integer").primary_key({"id"});
    SequenceInfo seq;
    seq.name = {"shop", "orders_id_seq"};
    seq.data_type = "integer";
    seq.max_value = 2147483647;
    seq.last_value = 2104000000;
    t.t.columns[0].sequence = seq;
    t.t.columns[0].default_expr = "nextval('shop.orders_id_seq'::regclass)";
    a.graph.tables = {t.t};
    a.intent.data_volume = DataVolume::small;  // the evidence wins over the declared volume
    const auto findings = a.run();
    const Finding* f = find(findings, "key_overflow_risk:shop.orders(id)");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(f->severity, Severity::critical);
    EXPECT_NE(f->breaking_point.find("2,104,000,000 of 2,147,483,647 (98.0% used"), std::string::npos);
    // One remedy, one finding: the widening script also makes the serial an identity column.
    EXPECT_EQ(count_rule(findings, "serial_not_identity"), 0u);
    EXPECT_NE(f->alternatives[0].example_ddl->find("ADD GENERATED BY DEFAULT AS IDENTITY"), std::string::npos);

    const CountingLookups lookups;  // the same position, looked up for a graph read lean
    a.lookups = &lookups;
    a.graph.tables[0].columns[0].sequence->last_value.reset();
    const auto lean = a.run();
    const Finding* looked_up = find(lean, "key_overflow_risk:shop.orders(id)");
    ASSERT_NE(looked_up, nullptr);
    EXPECT_EQ(looked_up->breaking_point, f->breaking_point);
    EXPECT_EQ(lookups.asked, 1);
}

TEST(AnalyzeTest, MissingForeignKeyNeedsATargetTable) {
    Analysis a;
    TableBuilder customers(1, "app", "customers");
    customers.identity("id");
    TableBuilder orders(2, "app", "orders");
    orders.identity("id").column("customer_id", "bigint").column("coupon_id", "bigint");
    a.graph.tables = {customers.t, orders.t};
    const auto findings = a.run();
    EXPECT_NE(find(findings, "missing_foreign_key:app.orders(customer_id)"), nullptr);
    EXPECT_EQ(find(findings, "missing_foreign_key:app.orders(coupon_id)"), nullptr);  // no coupons table
}

TEST(AnalyzeTest, FkCycleFoundOnceAndSoftenedWhenBreakable) {
    Analysis a;
    TableBuilder store(1, "p", "store");
    store.identity("id").column("manager_staff_id", "bigint");
    TableBuilder staff(2, "p", "staff");
    staff.identity("id").column("store_id", "bigint");
    store.references("store_manager_fkey", {"manager_staff_id"}, staff.t, {"id"});
    staff.references("staff_store_fkey", {"store_id"}, store.t, {"id"});
    store.index("store_manager_idx", {"manager_staff_id"});
    staff.index("staff_store_idx", {"store_id"});
    a.graph.tables = {store.t, staff.t};
    auto findings = a.run();
    ASSERT_EQ(count_rule(findings, "fk_cycle"), 1u);
    EXPECT_EQ(find(findings, "fk_cycle:p.staff(p.store)")->severity, Severity::warning);
    a.graph.tables[0].columns[1].not_null = false;
    findings = a.run();
    EXPECT_EQ(find(findings, "fk_cycle:p.staff(p.store)")->severity, Severity::info);
}

TEST(AnalyzeTest, SoftDeleteUniqueConflictFromPattern) {
    Analysis a;
    TableBuilder t(1, "s", "users");
    t.identity("id").column("email", "text").column("deleted_at", "timestamp with time zone", false);
    t.unique("users_email_key", {"email"});
    a.graph.tables = {t.t};
    PatternMatch soft;
    soft.table = 1;
    soft.pattern = "soft_delete";
    soft.columns = {"deleted_at"};
    soft.confidence = 0.8;
    const auto findings = a.run({}, {soft});
    const Finding* f = find(findings, "soft_delete_unique_conflict:s.users(users_email_key)");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(*f->alternatives[0].example_ddl,
              "ALTER TABLE s.users DROP CONSTRAINT users_email_key;\n"
              "CREATE UNIQUE INDEX users_email_live_key ON s.users (email) WHERE deleted_at IS NULL;");
    EXPECT_EQ(count_rule(a.run(), "soft_delete_unique_conflict"), 0u);  // no pattern, no finding
}

TEST(AnalyzeTest, QuotesIdentifiersInDdl) {
    Analysis a;
    TableBuilder parent(1, "My Schema", "Parent");
    parent.identity("id");
    TableBuilder child(2, "My Schema", "Child");
    child.identity("id").column("Parent_id", "bigint");
    child.references("child_fkey", {"Parent_id"}, parent.t, {"id"});
    a.graph.tables = {parent.t, child.t};
    const auto findings = a.run();
    const Finding* f = find(findings, "fk_without_index:My Schema.Child(Parent_id)");
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(*f->alternatives[0].example_ddl,
              "CREATE INDEX \"Child_Parent_id_idx\" ON \"My Schema\".\"Child\" (\"Parent_id\");");
}

TEST(AnalyzeTest, UnusedIndexNeedsStatisticsAndSparesKeysAndForeignKeys) {
    Analysis a = customers_and_orders();
    TableBuilder b(2, "shop", "orders");
    b.t = a.graph.tables[1];
    b.index("orders_customer_id_idx", {"customer_id"}).index("orders_name_idx", {"customer_name"});
    for (Index& ix : b.t.indexes) ix.scans = 0;
    a.graph.tables[1] = b.t;
    EXPECT_EQ(count_rule(a.run(), "unused_index"), 0u);  // the table was never read: no evidence
    a.graph.tables[1].stats.seq_scans = 500;
    EXPECT_EQ(count_rule(a.run(), "unused_index"), 0u);  // read, but empty: nothing to learn
    a.graph.tables[1].row_estimate = 5000;
    const auto findings = a.run();
    EXPECT_EQ(count_rule(findings, "unused_index"), 1u);  // not the primary key, not the FK's index
    EXPECT_NE(find(findings, "unused_index:shop.orders(orders_name_idx)"), nullptr);
}

TEST(AnalyzeTest, EventLogUpdatedFromStatisticsAndRole) {
    Analysis a;
    TableBuilder t(1, "ops", "events");
    t.identity("id").column("occurred_at", "timestamp with time zone").column("payload", "jsonb");
    a.graph.tables = {t.t};
    TableRole role;
    role.table = 1;
    role.best.role = Role::event_log;
    role.best.confidence = 0.8;
    EXPECT_EQ(count_rule(a.run({role}), "event_log_updated"), 0u);
    a.graph.tables[0].stats.updates = 12;
    const auto findings = a.run({role});
    ASSERT_NE(find(findings, "event_log_updated:ops.events"), nullptr);
    role.best.confidence = 0.3;  // a guess is not enough for role advice
    EXPECT_EQ(count_rule(a.run({role}), "event_log_updated"), 0u);
}

TEST(AnalyzeTest, FactPartitioningOnlyAtLargeVolume) {
    Analysis a;
    TableBuilder t(1, "dw", "sales");
    t.identity("id").column("sold_at", "timestamp with time zone").column("amount", "numeric");
    a.graph.tables = {t.t};
    TableRole role;
    role.table = 1;
    role.best.role = Role::fact;
    role.best.confidence = 0.8;
    EXPECT_EQ(count_rule(a.run({role}), "fact_partitioning"), 0u);
    a.intent.workload = Workload::olap;
    a.intent.data_volume = DataVolume::large;
    const auto findings = a.run({role});
    ASSERT_NE(find(findings, "fact_partitioning:dw.sales(sold_at)"), nullptr);
    EXPECT_EQ(find(findings, "fact_partitioning:dw.sales(sold_at)")->severity, Severity::warning);
    EXPECT_NE(find(findings, "fact_without_dimension_fk:dw.sales"), nullptr);
}

TEST(AnalyzeTest, SeverityMatrixFirstMatchingRowWins) {
    const SeverityMatrix m{{when::volume_at_most(DataVolume::small), Severity::info},
                           {when::workload(Workload::oltp), Severity::critical},
                           {when::otherwise(), omitted}};
    Intent i;
    EXPECT_EQ(m.verdict(i), Severity::critical);
    i.data_volume = DataVolume::small;
    EXPECT_EQ(m.verdict(i), Severity::info);
    i = Intent{};
    i.workload = Workload::olap;
    EXPECT_EQ(m.verdict(i), omitted);
    EXPECT_EQ(m.rows()[1].condition.text, "workload = OLTP");
}

TEST(AnalyzeTest, EveryRuleHasAUniqueNameAndAFallbackRow) {
    std::vector<std::string> names;
    for (const Rule* r : rule_registry()) {
        names.push_back(r->name);
        EXPECT_EQ(r->severity.rows().back().condition.text, "otherwise") << r->name;
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end());
}

TEST(AnalyzeTest, ReportFormatErrors) {
    EXPECT_EQ(parse_report_format(std::string("json")), ReportFormat::json);
    try {
        parse_report_format(std::string("html"));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), "22023");
        EXPECT_NE(e.hint().find("markdown"), std::string::npos);
    }
}

}  // namespace
}  // namespace flaqes
