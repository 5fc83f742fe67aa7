// The migration review's pure rules: the severity matrix, quiet cases, ids, safe DDL, the gate.
#include <gtest/gtest.h>

#include "core/migration/ddl_gate.hpp"
#include "core/migration/ddl_risk.hpp"

namespace flaqes {
namespace {

TableState table(std::optional<std::int64_t> rows, std::int64_t bytes) {
    TableState t;
    t.name = "shop.orders";
    t.rows = rows;
    t.size_bytes = bytes;
    return t;
}

RiskFact fact(const char* rule, TableState t, std::string object = "amount") {
    RiskFact f;
    f.rule = rule;
    f.lock = "ACCESS EXCLUSIVE";
    f.table = std::move(t);
    f.object = std::move(object);
    return f;
}

Intent intent(DataVolume volume = DataVolume::medium) {
    Intent i;
    i.data_volume = volume;
    return i;
}

std::optional<Severity> severity(const RiskFact& f, const Intent& i = intent()) {
    const auto row = judge_risk(f, 3, "ALTER TABLE shop.orders ALTER COLUMN amount TYPE bigint", i);
    return row ? std::optional<Severity>(row->severity) : std::nullopt;
}

TEST(DdlRisk, SizeClasses) {
    EXPECT_EQ(size_class(table(0, 0)), TableSizeClass::empty);
    EXPECT_EQ(size_class(table(0, 8192)), TableSizeClass::small);  // rows came after the last ANALYZE
    EXPECT_EQ(size_class(table(5000, 300000)), TableSizeClass::small);
    EXPECT_EQ(size_class(table(2000000, 300000000)), TableSizeClass::large);
    EXPECT_EQ(size_class(table(10, std::int64_t(2) << 30)), TableSizeClass::large);
    EXPECT_EQ(size_class(table(std::nullopt, 0)), TableSizeClass::unknown);
    EXPECT_EQ(size_class(table(std::nullopt, std::int64_t(2) << 30)), TableSizeClass::large);
}

TEST(DdlRisk, SeverityMatrixForLongOperations) {
    EXPECT_EQ(severity(fact(ddl_risk::column_type_rewrite, table(5000, 300000))), Severity::warning);
    EXPECT_EQ(severity(fact(ddl_risk::column_type_rewrite, table(2000000, 300000000))), Severity::critical);
    EXPECT_EQ(severity(fact(ddl_risk::column_type_rewrite, table(0, 0))), std::nullopt);
    // Never analyzed: the declared volume decides.
    EXPECT_EQ(severity(fact(ddl_risk::index_build_blocks_writes, table(std::nullopt, 0))), Severity::warning);
    EXPECT_EQ(severity(fact(ddl_risk::index_build_blocks_writes, table(std::nullopt, 0)), intent(DataVolume::large)),
              Severity::critical);
    EXPECT_EQ(severity(fact(ddl_risk::index_build_blocks_writes, table(std::nullopt, 0)), intent(DataVolume::massive)),
              Severity::critical);
    // Evidence beats the declaration: a table known to be small stays a warning.
    EXPECT_EQ(severity(fact(ddl_risk::set_not_null_scan, table(5000, 300000)), intent(DataVolume::massive)),
              Severity::warning);
}

TEST(DdlRisk, BriefLocksAndOtherRules) {
    EXPECT_EQ(severity(fact(ddl_risk::drop_index_blocks, table(2000000, 300000000))), Severity::warning);
    EXPECT_EQ(severity(fact(ddl_risk::drop_index_blocks, table(0, 0))), std::nullopt);
    EXPECT_EQ(severity(fact(ddl_risk::enum_add_value, TableState{"shop.mood", false, std::nullopt, 0})), Severity::info);
    EXPECT_EQ(severity(fact(ddl_risk::enum_rename_value, TableState{"shop.mood", false, std::nullopt, 0})),
              Severity::warning);
    EXPECT_EQ(severity(fact(ddl_risk::enum_rename_value, TableState{"shop.mood", true, std::nullopt, 0})), std::nullopt);
}

// Drops and renames alike: a dependent object is evidence of a reader whatever the table holds;
// without one, clients may read the name of a table not known to be empty.
TEST(DdlRisk, DropsAndRenamesJudgedAlike) {
    for (const bool drop : {false, true}) {
        RiskFact unused = fact(ddl_risk::dependent_objects, table(5000, 300000), "legacy_code");
        unused.type = "column";
        unused.drop = drop;
        EXPECT_EQ(severity(unused), Severity::warning) << drop;
        unused.table = table(std::nullopt, 0);
        EXPECT_EQ(severity(unused), Severity::warning) << drop;
        unused.table = table(0, 0);
        EXPECT_EQ(severity(unused), std::nullopt) << drop;
        RiskFact used = unused;
        used.dependents = {"view shop.v"};
        EXPECT_EQ(severity(used), Severity::warning) << drop;
    }
    RiskFact dropped = fact(ddl_risk::dependent_objects, table(5000, 300000), "legacy_code");
    dropped.type = "column";
    dropped.drop = true;
    const auto row = judge_risk(dropped, 2, "ALTER TABLE shop.orders DROP COLUMN legacy_code", intent());
    ASSERT_TRUE(row);
    EXPECT_EQ(row->id, "dependent_objects:shop.orders(legacy_code)");
    EXPECT_EQ(row->description,
              "Dropping column legacy_code of shop.orders breaks every client, function and query text that still "
              "uses it.");
    dropped.dependents = {"view shop.v"};
    EXPECT_EQ(judge_risk(dropped, 2, "ALTER TABLE shop.orders DROP COLUMN legacy_code CASCADE", intent())->description,
              "Dropping column legacy_code of shop.orders with CASCADE also drops what depends on it: view shop.v.");
}

TEST(DdlRisk, QuietOnTablesCreatedInTheMigration) {
    TableState created = table(std::nullopt, 0);
    created.created_in_migration = true;
    for (std::string_view rule : ddl_risk_rules()) {
        EXPECT_EQ(severity(fact(std::string(rule).c_str(), created)), std::nullopt) << rule;
    }
}

TEST(DdlRisk, RowCarriesIdNumbersAndSafeDdl) {
    RiskFact f = fact(ddl_risk::check_validation_scan, table(5000, 300000), "amount_positive");
    const auto row = judge_risk(f, 7, "ALTER TABLE shop.orders ADD CONSTRAINT amount_positive CHECK (amount > 0)", intent());
    ASSERT_TRUE(row);
    EXPECT_EQ(row->id, "check_validation_scan:shop.orders(amount_positive)");
    EXPECT_EQ(row->kind, "risk");
    EXPECT_EQ(row->line, 7);
    EXPECT_EQ(row->table_name, "shop.orders");
    EXPECT_EQ(row->rows_estimate, 5000);
    EXPECT_EQ(row->size_bytes, 300000);
    EXPECT_NE(row->description.find("about 5,000 rows, 293 kB"), std::string::npos) << row->description;
    ASSERT_EQ(row->alternatives.size(), 1u);
    EXPECT_EQ(row->alternatives[0].example_ddl,
              "ALTER TABLE shop.orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;\n"
              "ALTER TABLE shop.orders VALIDATE CONSTRAINT amount_positive;");
}

TEST(DdlRisk, IgnoredByRuleOrId) {
    Intent i = intent();
    i.ignore = {"drop_index_blocks"};
    EXPECT_EQ(severity(fact(ddl_risk::drop_index_blocks, table(5000, 300000)), i), std::nullopt);
    i.ignore = {"column_type_rewrite:shop.orders(amount)"};
    EXPECT_EQ(severity(fact(ddl_risk::column_type_rewrite, table(5000, 300000)), i), std::nullopt);
    EXPECT_EQ(severity(fact(ddl_risk::set_not_null_scan, table(5000, 300000)), i), Severity::warning);
}

TEST(DdlRisk, EveryRuleHasASummary) {
    for (std::string_view rule : ddl_risk_rules()) EXPECT_NE(ddl_risk_rule_summary(rule), nullptr) << rule;
    EXPECT_EQ(ddl_risk_rule_summary("fk_without_index"), nullptr);
}

TEST(DdlGate, CountsRisksAndIntroducedTensionsAtOrAboveTheLevel) {
    DdlReviewRow risk;
    risk.line = 2;
    risk.kind = "risk";
    risk.severity = Severity::warning;
    risk.id = "drop_index_blocks:shop.orders(i)";
    risk.table_name = "shop.orders";
    risk.description = "Dropping.";
    DdlReviewRow resolved = risk;
    resolved.kind = "tension";
    resolved.change = "resolved";
    resolved.severity = Severity::critical;
    DdlReviewRow introduced = resolved;
    introduced.change = "introduced";
    introduced.id = "fk_without_index:shop.orders(c)";
    introduced.table_name = "";
    DdlReviewRow eased = resolved;  // critical -> warning: never fails
    eased.change = "changed";
    eased.severity = Severity::warning;
    eased.previous_severity = Severity::critical;
    DdlReviewRow worsened = eased;  // info -> warning: fails at warning
    worsened.previous_severity = Severity::info;
    EXPECT_FALSE(ddl_row_fails(eased, Severity::info));
    EXPECT_TRUE(ddl_row_fails(worsened, Severity::warning));
    EXPECT_FALSE(ddl_row_fails(worsened, Severity::critical));
    EXPECT_FALSE(ddl_gate_error({risk, resolved}, Severity::critical));
    const auto error = ddl_gate_error({risk, resolved, introduced}, Severity::warning);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), "QF001");
    EXPECT_STREQ(error->what(), "migration introduces 2 finding(s) at or above warning");
    EXPECT_EQ(error->detail(), "line 2: drop_index_blocks:shop.orders(i)  shop.orders  Dropping.\n"
                               "line 2: fk_without_index:shop.orders(c)  -  Dropping.");
}

TEST(DdlGate, LongMigrationsListWhatFitsAndCountTheRest) {
    DdlReviewRow row;
    row.kind = "risk";
    row.severity = Severity::warning;
    row.table_name = "shop.orders";
    row.description = "Building index without CONCURRENTLY.";
    std::vector<DdlReviewRow> rows;
    for (int i = 0; i < 300; ++i) {
        row.line = i + 1;
        row.id = "index_build_blocks_writes:shop.orders(i" + std::to_string(i) + ")";
        rows.push_back(row);
    }
    const auto error = ddl_gate_error(rows, Severity::warning);
    ASSERT_TRUE(error);
    EXPECT_STREQ(error->what(), "migration introduces 300 finding(s) at or above warning");
    EXPECT_LT(error->detail().size(), 4000u);
    EXPECT_NE(error->detail().find(" more"), std::string::npos);
}

TEST(DdlGate, FailOnLevels) {
    EXPECT_EQ(parse_fail_on("info"), Severity::info);
    EXPECT_EQ(parse_fail_on("critical"), Severity::critical);
    try {
        parse_fail_on("high");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), "22023");
        EXPECT_NE(e.hint().find("info, warning, critical"), std::string::npos);
    }
}

}  // namespace
}  // namespace flaqes
