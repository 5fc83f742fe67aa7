// The seed planner and its pieces without a server: CHECK modelling, options, ordinal formats,
// partition bounds, and plans over small hand-built schema graphs.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/error.hpp"
#include "core/seed/batch.hpp"
#include "core/seed/check_model.hpp"
#include "core/seed/options.hpp"
#include "core/seed/ordinal_generators.hpp"
#include "core/seed/partition_bounds.hpp"
#include "core/seed/plan.hpp"
#include "core/seed/table_capacity.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

TEST(CheckModel, ComparisonsWithConstants) {
    const CheckModel m = model_check("((qty > 0) AND (qty <= 50))");
    ASSERT_TRUE(m.complete);
    const ColumnRules& r = m.columns.at("qty");
    EXPECT_EQ(r.lower, "0");
    EXPECT_FALSE(r.lower_inclusive);
    EXPECT_EQ(r.upper, "50");
    EXPECT_TRUE(r.upper_inclusive);
}

TEST(CheckModel, CastsAndFlippedSides) {
    const CheckModel m = model_check("((0)::numeric < price)");
    ASSERT_TRUE(m.complete);
    EXPECT_EQ(m.columns.at("price").lower, "0");
}

TEST(CheckModel, InListsAndAnyArray) {
    const CheckModel a = model_check(
        "((status)::text = ANY ((ARRAY['new'::character varying, 'open'::character varying])::text[]))");
    ASSERT_TRUE(a.complete);
    EXPECT_EQ(*a.columns.at("status").allowed, (std::vector<std::string>{"new", "open"}));
    const CheckModel b = model_check("(kind IN ('a', 'b'))");
    EXPECT_EQ(*b.columns.at("kind").allowed, (std::vector<std::string>{"a", "b"}));
}

TEST(CheckModel, LengthsLikeAndRegex) {
    EXPECT_EQ(model_check("(length(code) = 5)").columns.at("code").max_length, 5);
    EXPECT_EQ(model_check("(char_length((name)::text) >= 2)").columns.at("name").min_length, 2);
    EXPECT_EQ(model_check("(ref ~~ 'REF-%'::text)").columns.at("ref").like, "REF-%");
    EXPECT_EQ(model_check("(code ~ '^[A-Z]{3}$'::text)").columns.at("code").regex, "^[A-Z]{3}$");
}

TEST(CheckModel, OrderingsBetweenColumns) {
    const CheckModel m = model_check("(ends_at > starts_at)");
    ASSERT_EQ(m.orders.size(), 1u);
    EXPECT_EQ(m.orders[0].lower_column, "starts_at");
    EXPECT_EQ(m.orders[0].upper_column, "ends_at");
    EXPECT_TRUE(m.orders[0].strict);
}

TEST(CheckModel, OrPrefersAlternativesWithValues) {
    const CheckModel m = model_check("((valid_to IS NULL) OR (valid_from < valid_to))");
    ASSERT_TRUE(m.complete);
    EXPECT_EQ(m.orders.size(), 1u);
    EXPECT_EQ(m.columns.count("valid_to"), 0u);
}

TEST(CheckModel, UnknownShapesAreIncomplete) {
    EXPECT_FALSE(model_check("((odd % 2) = 1)").complete);
    EXPECT_FALSE(model_check("(btrim(name) <> ''::text)").complete);
}

TEST(CheckModel, DomainValue) {
    const CheckModel m = model_check("((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric))");
    EXPECT_EQ(m.columns.at("value").upper, "100");
}

TEST(Options, UnknownKeysAreErrorsWithHints) {
    try {
        parse_options(R"({"sead": 1})");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), "22023");
        EXPECT_NE(e.hint().find("seed, columns, tables"), std::string::npos);
    }
    EXPECT_THROW(parse_options(R"({"columns": {"a": {"null_fraction": 3}}})"), Error);
    EXPECT_THROW(parse_options(R"({"tables": {"t": {"rows": 1, "reuse": true}}})"), Error);
    EXPECT_THROW(parse_options(R"({"uuid": "v7"})"), Error);
}

TEST(Options, Shapes) {
    const Options o = parse_options(
        R"j({"seed": 7, "uuid": "pattern", "columns": {"a": "x", "b": [1, null], "c": {"sql": "now()"}},
            "tables": {"t": 5, "u": {"reuse": true}}, "progress": true})j");
    EXPECT_EQ(o.seed, 7u);
    EXPECT_EQ(o.uuid, UuidMode::pattern);
    EXPECT_EQ(*o.columns.at("a").constant, TextValue("x"));
    EXPECT_EQ(o.columns.at("b").choices.size(), 2u);
    EXPECT_FALSE(o.columns.at("b").choices[1].has_value());
    EXPECT_EQ(*o.columns.at("c").sql, "now()");
    EXPECT_EQ(*o.tables.at("t").rows, 5);
    EXPECT_TRUE(o.tables.at("u").reuse);
    EXPECT_EQ(o.progress_every, 100000);
}

TEST(Ordinals, DatesAndTimestampsRoundTrip) {
    const OrdinalFormat date{OrdinalKind::date, 0};
    const auto d = parse_ordinal(date, "2024-02-29", true);
    ASSERT_TRUE(d);
    std::string out;
    format_ordinal(date, *d, out);
    EXPECT_EQ(out, "2024-02-29");
    const OrdinalFormat ts{OrdinalKind::timestamptz, 0};
    out.clear();
    format_ordinal(ts, *parse_ordinal(ts, "1999-12-31 23:59:58", true), out);
    EXPECT_EQ(out, "1999-12-31 23:59:58+00");
    EXPECT_EQ(*parse_ordinal(ts, "2020-01-01 00:00:00-08", true), *parse_ordinal(ts, "2020-01-01 08:00:00+00", true));
    out.clear();
    format_ordinal({OrdinalKind::decimal, 2}, -1205, out);
    EXPECT_EQ(out, "-12.05");
}

// A number form is the ordinal itself: the same draw gives the number and the text of that number.
TEST(Ordinals, NumberFormsAgreeWithTheirText) {
    const std::pair<Oid, ValueForm> cases[] = {{type_oid::int4, ValueForm::integer},
                                                {type_oid::numeric, ValueForm::decimal},
                                                {type_oid::date, ValueForm::date},
                                                {type_oid::timestamp, ValueForm::timestamp},
                                                {type_oid::timestamptz, ValueForm::timestamptz}};
    for (const auto& [type, form] : cases) {
        ColumnSpec spec;
        spec.type_oid = type;
        const GeneratorPtr g = choose_generator(spec).generator;
        ASSERT_EQ(g->form(), form) << type;
        RowState row;
        RowContext context(7, 1, 1);
        for (std::uint64_t i = 0; i < 50; ++i) {
            Rng a = Rng::for_index(7, 3, i), b = Rng::for_index(7, 3, i);
            GenerateInput for_number{a, i, row, context}, for_text{b, i, row, context};
            const std::int64_t number = g->generate_number(for_number);
            std::string text;
            std::int64_t ordinal = 0;
            ASSERT_TRUE(g->generate(for_text, text, &ordinal));
            EXPECT_EQ(number, ordinal) << text;
        }
    }
    // Other types the ordinal generators fill keep the text form.
    for (Oid type : {type_oid::oid, type_oid::float8, type_oid::money, type_oid::time, type_oid::interval}) {
        ColumnSpec spec;
        spec.type_oid = type;
        EXPECT_EQ(choose_generator(spec).generator->form(), ValueForm::text) << type;
    }
}

TEST(PartitionBounds, ListAndRange) {
    const auto list = partition_key_values("LIST (region)", {"FOR VALUES IN ('eu', 'uk')", "FOR VALUES IN ('us')"});
    ASSERT_TRUE(list);
    EXPECT_EQ(list->column, "region");
    EXPECT_EQ(list->values, (std::vector<std::string>{"eu", "uk", "us"}));
    EXPECT_FALSE(list->span);
    const auto range = partition_key_values("RANGE (taken)", {"FOR VALUES FROM ('2024-02-01') TO ('2024-03-01')",
                                                              "FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')"});
    ASSERT_TRUE(range && range->span);
    EXPECT_EQ(range->span->first, "2024-01-01");
    EXPECT_EQ(range->span->second, "2024-03-01");
    const auto gap = partition_key_values("RANGE (n)", {"FOR VALUES FROM (1) TO (10)", "FOR VALUES FROM (20) TO (30)"});
    ASSERT_TRUE(gap);
    EXPECT_FALSE(gap->span);
    EXPECT_EQ(gap->values, (std::vector<std::string>{"1", "20"}));
    EXPECT_FALSE(partition_key_values("LIST (region)", {"DEFAULT"}));
    EXPECT_FALSE(partition_key_values("HASH (id)", {"FOR VALUES WITH (modulus 2, remainder 0)"}));
}

// ---- plans over hand-built graphs ------------------------------------------------------------

Column int_column(int attnum, const std::string& name, bool not_null) {
    Column c;
    c.attnum = attnum;
    c.name = name;
    c.type = "integer";
    c.type_oid = 23;
    c.type_category = 'N';
    c.not_null = not_null;
    return c;
}

Table table(Oid oid, const std::string& name) {
    Table t;
    t.oid = oid;
    t.name = {"s", name};
    t.columns.push_back(int_column(1, "id", true));
    KeyConstraint pk;
    pk.name = name + "_pkey";
    pk.attnums = {1};
    pk.columns = {"id"};
    t.primary_key = pk;
    return t;
}

void reference(Table& child, const std::string& column, const Table& parent, bool not_null) {
    child.columns.push_back(int_column(static_cast<int>(child.columns.size()) + 1, column, not_null));
    ForeignKey fk;
    fk.name = child.name.name + "_" + column + "_fkey";
    fk.columns = {column};
    fk.ref_oid = parent.oid;
    fk.ref = parent.name;
    fk.ref_columns = {"id"};
    child.foreign_keys.push_back(fk);
}

std::vector<std::string> order_of(const Plan& p) {
    std::vector<std::string> names;
    for (const TablePlan& t : p.tables) names.push_back(t.name.name);
    return names;
}

TEST(Plan, ParentsComeFirstWithFewerRows) {
    SchemaGraph g;
    g.tables = {table(1, "orders"), table(2, "customers"), table(3, "regions")};
    reference(g.tables[0], "customer_id", g.tables[1], true);
    reference(g.tables[1], "region_id", g.tables[2], true);
    g.index();
    const Plan p = make_plan(g, 1, 100, Options{}, 1);
    EXPECT_EQ(order_of(p), (std::vector<std::string>{"regions", "customers", "orders"}));
    EXPECT_EQ(p.tables[2].rows, 100);
    EXPECT_EQ(p.tables[1].rows, 10);
    EXPECT_EQ(p.tables[0].rows, 1);
    EXPECT_EQ(p.tables[1].returning, (std::vector<std::string>{"id"}));
}

TEST(Plan, NullableCycleIsBrokenAndNotNullCycleGoesInOneStatement) {
    SchemaGraph g;
    g.tables = {table(1, "a"), table(2, "b")};
    reference(g.tables[0], "b_id", g.tables[1], false);
    reference(g.tables[1], "a_id", g.tables[0], true);
    g.index();
    const Plan p = make_plan(g, 1, 5, Options{}, 1);
    EXPECT_EQ(order_of(p), (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(p.tables[0].links[0].deferred);
    EXPECT_TRUE(p.tables[0].has_deferred);

    // NOT NULL both ways, keys we generate: one statement inserts both tables.
    g.tables[0].columns[1].not_null = true;
    g.index();
    const Plan q = make_plan(g, 1, 5, Options{}, 1);
    EXPECT_EQ(order_of(q), (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(q.tables[0].links[0].same_statement);
    EXPECT_FALSE(q.tables[0].links[0].deferred);
    EXPECT_GE(q.tables[0].statement_group, 0);
    EXPECT_EQ(q.tables[0].statement_group, q.tables[1].statement_group);

    // A key from a default that is not a known sequence cannot be known before that statement.
    g.tables[0].columns[0].default_expr = "nextval('s.a_id_seq'::regclass)";
    g.index();
    try {
        make_plan(g, 1, 5, Options{}, 1);
        FAIL() << "expected a cycle error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), "0A000");
        EXPECT_NE(std::string(e.what()).find("s.a -> s.b -> s.a"), std::string::npos);
        EXPECT_NE(e.detail().find("column id"), std::string::npos);
    }
}

TEST(Plan, SelfReferenceIsATreeFilledLater) {
    SchemaGraph g;
    g.tables = {table(1, "nodes")};
    reference(g.tables[0], "parent_id", g.tables[0], false);
    g.index();
    const Plan p = make_plan(g, 1, 10, Options{}, 1);
    ASSERT_EQ(p.tables.size(), 1u);
    EXPECT_EQ(p.tables[0].links[0].pick, Pick::earlier_row);
    EXPECT_EQ(p.tables[0].columns[1].source, Source::deferred);
    EXPECT_EQ(p.tables[0].update_key, (std::vector<std::string>{"id"}));
}

TEST(Plan, KeyOfTwoForeignKeysEnumeratesPairs) {
    SchemaGraph g;
    g.tables = {table(1, "pairs"), table(2, "left"), table(3, "right")};
    Table& pairs = g.tables[0];
    pairs.columns.clear();
    reference(pairs, "left_id", g.tables[1], true);
    reference(pairs, "right_id", g.tables[2], true);
    pairs.primary_key->columns = {"left_id", "right_id"};
    g.index();
    const Plan p = make_plan(g, 1, 12, Options{}, 1);
    const TablePlan& t = p.tables[p.target];
    EXPECT_EQ(t.links[0].pick, Pick::combination);
    EXPECT_EQ(t.links[1].pick, Pick::combination);
    std::int64_t product = 1;
    for (const TablePlan& parent : p.tables) {
        if (!parent.is_target) product *= parent.rows;
    }
    EXPECT_GE(product, 12);
}

// Foreign key values of `rows` child rows of a plan whose parent pool holds ids 1..parents.
std::vector<std::int64_t> picked_parents(std::int64_t parents, std::int64_t rows) {
    SchemaGraph g;
    g.tables = {table(1, "orders"), table(2, "customers")};
    reference(g.tables[0], "customer_id", g.tables[1], true);
    g.index();
    const Plan p = make_plan(g, 1, rows, Options{}, 5);
    std::vector<TableRun> runs(p.tables.size());
    const std::size_t parent = p.tables[0].is_target ? 1 : 0;
    ColumnBatch& ids = runs[parent].pool.columns.emplace_back();
    ids.form = ValueForm::integer;
    for (std::int64_t id = 1; id <= parents; ++id) ids.push_number(id);
    std::vector<ColumnBatch> batch;
    generate_batch(p, p.target, runs, 0, static_cast<std::size_t>(rows), batch);
    const std::vector<std::size_t> cols = insert_columns(p.tables[p.target]);
    for (std::size_t k = 0; k < cols.size(); ++k) {
        if (p.tables[p.target].columns[cols[k]].name == "customer_id") return batch[k].numbers;
    }
    return {};
}

TEST(Plan, ChildrenTakeParentsCreatedAboutWhenTheyWere) {
    // A large pool: most picks sit within a few hundred parents before the child's point in the
    // parents' sequence (a window that keeps Postgres's foreign key checks and index inserts on a
    // few warm pages); one in twenty goes to any older parent.
    const std::vector<std::int64_t> big = picked_parents(100000, 200000);
    ASSERT_EQ(big.size(), 200000u);
    std::size_t near = 0, old = 0;
    std::set<std::int64_t> distinct;
    for (std::size_t i = 0; i < big.size(); ++i) {
        const auto position = static_cast<std::int64_t>((i + 1) / 2);
        ASSERT_GE(big[i], 1);
        ASSERT_LE(big[i], 100000);
        if (big[i] <= position && position - big[i] < 500) ++near;
        if (position - big[i] >= 10000) ++old;
        distinct.insert(big[i]);
    }
    EXPECT_GT(near, big.size() * 9 / 10);
    EXPECT_GT(old, big.size() / 50);     // older parents keep getting children
    EXPECT_LT(old, big.size() / 10);
    EXPECT_GT(distinct.size(), 80000u);  // and most parents get some
    // A small pool: picks are spread over all of it from the first child on.
    const std::vector<std::int64_t> small = picked_parents(10, 100);
    std::map<std::int64_t, int> counts;
    for (std::int64_t id : small) ++counts[id];
    EXPECT_EQ(counts.size(), 10u);
    for (const auto& [id, n] : counts) EXPECT_LT(n, 30) << id;
    std::set<std::int64_t> first_ten(small.begin(), small.begin() + 10);
    EXPECT_GT(first_ten.size(), 4u);
}

TEST(Plan, SameSeedSameRows) {
    SchemaGraph g;
    g.tables = {table(1, "t")};
    g.tables[0].columns.push_back(int_column(2, "n", true));
    g.index();
    Options o;
    o.seed = 42;
    const Plan p = make_plan(g, 1, 3, o, 99);
    std::vector<TableRun> runs(1);
    std::vector<ColumnBatch> a, b;
    generate_batch(p, 0, runs, 0, 3, a);
    generate_batch(p, 0, runs, 0, 3, b);
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[0].form, ValueForm::integer);  // passed to Postgres as numbers, not text
    EXPECT_EQ(a[0].numbers, (std::vector<std::int64_t>{1, 2, 3}));  // the unique id counts up from 1
    EXPECT_EQ(a[1].numbers, b[1].numbers);
    EXPECT_EQ(a[1].nulls, b[1].nulls);
}

TEST(Plan, NotNullCycleIsBrokenAtADeferrableForeignKey) {
    SchemaGraph g;
    g.tables = {table(1, "a"), table(2, "b")};
    reference(g.tables[0], "b_id", g.tables[1], true);
    reference(g.tables[1], "a_id", g.tables[0], true);
    g.tables[1].foreign_keys[0].deferrable = true;
    g.index();
    const Plan p = make_plan(g, 1, 5, Options{}, 1);
    EXPECT_EQ(order_of(p), (std::vector<std::string>{"b", "a"}));
    const Link& broken = p.tables[0].links[0];
    EXPECT_TRUE(broken.deferred);
    EXPECT_TRUE(broken.constraint_deferred);
    EXPECT_FALSE(p.tables[1].links[0].deferred);
    // The NOT NULL column holds a placeholder until the UPDATE.
    const ColumnPlan& column = p.tables[0].columns[1];
    EXPECT_EQ(column.source, Source::deferred);
    EXPECT_TRUE(column.generator != nullptr);
}

TEST(Plan, TablesThatHoldFewRowsAndPartitionedTablesWithoutPartitions) {
    SchemaGraph g;
    g.tables = {table(1, "lock"), table(2, "moves")};
    Column& key = g.tables[0].columns[0];
    key.type = "boolean";
    key.type_oid = type_oid::boolean;
    reference(g.tables[1], "lock_id", g.tables[0], true);
    g.index();
    const auto cap = table_capacity(g, g.tables[0]);
    ASSERT_TRUE(cap.has_value());
    EXPECT_EQ(cap->rows, 2);
    EXPECT_EQ(cap->key, "lock_pkey");
    EXPECT_FALSE(table_capacity(g, g.tables[1]).has_value());

    // As target: refused (planned with what fits); as parent: filled to what it holds.
    const Plan target = make_plan(g, 1, 50, Options{}, 1);
    ASSERT_EQ(target.refusals.size(), 1u);
    EXPECT_NE(target.refusals[0].message.find("holds at most 2 rows"), std::string::npos);
    const Plan parent = make_plan(g, 2, 50, Options{}, 1);
    EXPECT_TRUE(parent.refusals.empty());
    EXPECT_TRUE(parent.tables[0].fill_to_capacity);
    EXPECT_LE(parent.tables[0].rows, 2);

    // A CHECK listing the values limits a text key too.
    g.tables[0].columns[0] = int_column(1, "id", true);
    g.tables[0].columns[0].type = "text";
    g.tables[0].columns[0].type_oid = type_oid::text;
    CheckConstraint only_x;
    only_x.name = "only_x";
    only_x.expression = "(id = 'X'::text)";
    only_x.columns = {"id"};
    g.tables[0].check_constraints = {only_x};
    g.index();
    ASSERT_TRUE(table_capacity(g, g.tables[0]).has_value());
    EXPECT_EQ(table_capacity(g, g.tables[0])->rows, 1);

    // A partitioned table is refused until some partition can store rows.
    g.tables[1].kind = RelKind::partitioned_table;
    g.index();
    EXPECT_TRUE(lacks_partitions(g, g.tables[1]));
    const Plan none = make_plan(g, 2, 5, Options{}, 1);
    ASSERT_EQ(none.refusals.size(), 1u);
    EXPECT_NE(none.refusals[0].message.find("no partition"), std::string::npos);
    Table part = table(3, "moves_default");
    part.kind = RelKind::partition;
    part.partition_parent_oid = 2;
    g.tables.push_back(part);
    g.index();
    EXPECT_FALSE(lacks_partitions(g, g.tables[1]));
}

}  // namespace
}  // namespace flaqes::seed
