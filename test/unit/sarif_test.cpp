// The generic SARIF writer, the schema-file source map and flaqes's report options for sarif.
#include "core/report/sarif.hpp"

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/report/report.hpp"
#include "core/report/sarif_findings.hpp"
#include "core/report/sarif_migration.hpp"
#include "core/report/source_map.hpp"

namespace {

using namespace flaqes;
using json::Value;

std::string at(const Value& v, std::initializer_list<const char*> path) {
    const Value* cur = &v;
    for (const char* key : path) {
        cur = cur->find(key);
        if (cur == nullptr) return "<missing>";
    }
    return cur->is_string() ? cur->as_string() : json::dump(*cur);
}

sarif::Rule rule(const std::string& id) {
    return sarif::Rule{id, "Name", "short", "full", "help", "**help**", {"flaqes", "performance"}};
}

TEST(Sarif, LogHasVersionToolRulesAndResults) {
    sarif::Result r;
    r.rule_id = "b";
    r.level = sarif::Level::error;
    r.message = "the message";
    r.fingerprint_key = "flaqesFindingId/v1";
    r.fingerprint = "b:public.t(c)";
    r.logical_locations = {{"c", "public.t.c", "member"}};
    r.physical_location = sarif::PhysicalLocation{"db/structure.sql", 12};
    const Value log = sarif::log({"flaqes", "0.2.0", ""}, {rule("a"), rule("b")}, {r});
    EXPECT_EQ(at(log, {"version"}), "2.1.0");
    const Value& run = log.find("runs")->items().at(0);
    EXPECT_EQ(at(run, {"tool", "driver", "name"}), "flaqes");
    EXPECT_EQ(at(run, {"tool", "driver", "version"}), "0.2.0");
    EXPECT_EQ(run.find("tool")->find("driver")->find("informationUri"), nullptr);  // omitted when empty
    const Value& rules = *run.find("tool")->find("driver")->find("rules");
    ASSERT_EQ(rules.size(), 2u);
    EXPECT_EQ(at(rules.items()[1], {"help", "markdown"}), "**help**");
    EXPECT_EQ(at(rules.items()[1], {"properties", "tags"}), R"(["flaqes","performance"])");
    const Value& result = run.find("results")->items().at(0);
    EXPECT_EQ(at(result, {"ruleId"}), "b");
    EXPECT_EQ(at(result, {"ruleIndex"}), "1");
    EXPECT_EQ(at(result, {"level"}), "error");
    EXPECT_EQ(at(result, {"message", "text"}), "the message");
    EXPECT_EQ(result.find("message")->find("markdown"), nullptr);
    EXPECT_EQ(at(result, {"partialFingerprints", "flaqesFindingId/v1"}), "b:public.t(c)");
    const Value& location = result.find("locations")->items().at(0);
    EXPECT_EQ(at(location, {"physicalLocation", "artifactLocation", "uri"}), "db/structure.sql");
    EXPECT_EQ(at(location, {"physicalLocation", "region", "startLine"}), "12");
    EXPECT_EQ(json::dump(*location.find("logicalLocations")),
              R"([{"name":"c","fullyQualifiedName":"public.t.c","kind":"member"}])");
}

TEST(Sarif, WithoutPhysicalLocationOnlyLogicalOnes) {
    sarif::Result r;
    r.rule_id = "a";
    r.logical_locations = {{"t", "public.t", "type"}};
    const Value log = sarif::log({"flaqes", "", ""}, {rule("a")}, {r});
    const Value& location = log.find("runs")->items()[0].find("results")->items()[0].find("locations")->items()[0];
    EXPECT_EQ(location.find("physicalLocation"), nullptr);
    EXPECT_NE(location.find("logicalLocations"), nullptr);
}

TEST(Sarif, ResultOfUnknownRuleIsAnInternalError) {
    sarif::Result r;
    r.rule_id = "missing";
    try {
        sarif::log({"flaqes", "", ""}, {rule("a")}, {r});
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), sqlstate::internal_error);
    }
}

TEST(Sarif, LevelNames) {
    EXPECT_STREQ(sarif::level_name(sarif::Level::error), "error");
    EXPECT_STREQ(sarif::level_name(sarif::Level::warning), "warning");
    EXPECT_STREQ(sarif::level_name(sarif::Level::note), "note");
}

TEST(Sarif, UriReferenceEscapesWhatAUriCannotHold) {
    EXPECT_EQ(sarif::uri_reference("db/structure.sql"), "db/structure.sql");
    EXPECT_EQ(sarif::uri_reference("db/my schema.sql"), "db/my%20schema.sql");
    EXPECT_EQ(sarif::uri_reference("db/é#1.sql"), "db/%C3%A9%231.sql");
}

TEST(SourceMap, QualifiedEntryWinsOverUnqualified) {
    SourceMap map;
    map.add_table("", "orders", 3);
    map.add_table("shop", "orders", 10);
    EXPECT_EQ(map.table_line("shop", "orders"), 10);
    EXPECT_EQ(map.table_line("public", "orders"), 3);
    EXPECT_EQ(map.table_line("public", "items"), std::nullopt);
    map.add_table("shop", "orders", 99);  // the first definition wins
    EXPECT_EQ(map.table_line("shop", "orders"), 10);
}

TEST(SourceMap, RenamesCarryTheDefinitionsLines) {
    SourceMap map;
    map.add_table("", "reply", 5);
    map.add_column("", "reply", "body", 6);
    map.add_object("", "reply", "reply_pkey", 7);
    map.rename_table("", "reply", "notification", 40);
    EXPECT_EQ(map.table_line("public", "notification"), 5);
    EXPECT_EQ(map.column_line("public", "notification", "body"), 6);
    map.rename_column("", "notification", "body", "text", 41);
    EXPECT_EQ(map.column_line("public", "notification", "text"), 6);
    map.rename_object("", std::nullopt, "reply_pkey", "notification_pkey", 42);
    EXPECT_EQ(map.object_line("public", "notification", "notification_pkey"), 7);
    map.rename_object("", std::string("notification"), "unknown", "named", 43);  // not defined here
    EXPECT_EQ(map.object_line("public", "notification", "named"), 43);
}

TEST(SourceMap, PsqlLinesAndCopyDataBecomeBlanks) {
    const std::string script = "\\restrict abc\nCREATE TABLE t (a int);\nCOPY public.t (a) FROM stdin;\n1\n\\.\nSELECT 1;\n";
    const std::string sql = sql_without_psql_lines(script);
    EXPECT_EQ(sql.size(), script.size());
    EXPECT_EQ(sql.find("restrict"), std::string::npos);
    EXPECT_NE(sql.find("CREATE TABLE t"), std::string::npos);
    EXPECT_NE(sql.find("COPY public.t"), std::string::npos);
    EXPECT_EQ(sql.find("\n1\n"), std::string::npos);
    EXPECT_NE(sql.find("SELECT 1;"), std::string::npos);
    EXPECT_EQ(LineIndex(sql).line(static_cast<int>(sql.find("SELECT"))), 6);
}

TEST(SourceMap, FirstTokenSkipsSpaceAndComments) {
    const std::string text = ";\n  -- a comment\n /* block /* nested */ */\nCREATE INDEX i ON t (a)";
    const LineIndex lines(text);
    EXPECT_EQ(lines.line(first_token(text, 1)), 4);
    EXPECT_EQ(lines.line(0), 1);
    EXPECT_EQ(lines.line(1), 1);  // a newline belongs to the line it ends
    EXPECT_EQ(lines.line(2), 2);
    EXPECT_EQ(lines.line(10000), 4);
}

TEST(ReportOptions, SarifTakesASource) {
    const ReportOptions o = parse_report_options(
        json::parse(R"({"source": {"path": "db/structure.sql", "text": "CREATE TABLE t ();"}})"), ReportFormat::sarif);
    ASSERT_TRUE(o.source);
    EXPECT_EQ(o.source->path, "db/structure.sql");
    EXPECT_FALSE(parse_report_options(json::parse("{}"), ReportFormat::sarif).source);
    EXPECT_EQ(parse_report_format(std::string("sarif")), ReportFormat::sarif);
}

TEST(ReportOptions, BadSarifOptionsAre22023) {
    for (const char* bad : {R"({"diagram": "full"})", R"({"source": "db/x.sql"})", R"({"source": {"text": ""}})",
                            R"({"source": {"path": "", "text": ""}})", R"({"source": {"path": 1, "text": ""}})",
                            R"({"source": {"path": "a", "text": "", "line": 1}})", R"({"path": "a"})"}) {
        try {
            parse_report_options(json::parse(bad), ReportFormat::sarif);
            ADD_FAILURE() << "accepted " << bad;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), sqlstate::invalid_parameter_value) << bad;
            EXPECT_FALSE(e.hint().empty()) << bad;
        }
    }
    EXPECT_THROW(parse_report_options(json::parse(R"({"source": {"path": "a", "text": ""}})"), ReportFormat::json),
                 Error);
}

TEST(SarifFindings, LevelsFromSeverities) {
    EXPECT_EQ(sarif_level(Severity::critical), sarif::Level::error);
    EXPECT_EQ(sarif_level(Severity::warning), sarif::Level::warning);
    EXPECT_EQ(sarif_level(Severity::info), sarif::Level::note);
}

TEST(SarifFindings, AlternativesMarkdownIndentsEveryLineOfTheDdl) {
    const Alternative a{"Index it.", "Writes pay.", Effort::low, std::string("CREATE INDEX i\n    ON t (a);")};
    EXPECT_EQ(alternatives_markdown({a}),
              "1. Index it. (effort low): Writes pay.\n\n   ```sql\n   CREATE INDEX i\n       ON t (a);\n   ```\n\n");
}

TEST(SarifFindings, RuleOfAnAnalyzeRuleAndOfARiskRule) {
    const sarif::Rule analyze = sarif_rule("fk_without_index", "fk_without_index:s.t(c)", {});
    EXPECT_EQ(analyze.name, "FkWithoutIndex");
    EXPECT_EQ(analyze.tags, (std::vector<std::string>{"flaqes", "performance"}));
    const sarif::Rule risk = sarif_rule(ddl_risk::index_build_blocks_writes, "x", {});
    EXPECT_EQ(risk.short_description, ddl_risk_rule_summary(ddl_risk::index_build_blocks_writes));
    EXPECT_EQ(risk.tags, (std::vector<std::string>{"flaqes", "migration"}));
}

DdlReviewRow review_row(const std::string& kind, const std::string& rule, std::optional<std::string> change, int line) {
    DdlReviewRow row;
    row.kind = kind;
    row.rule = rule;
    row.change = std::move(change);
    row.line = line;
    row.severity = Severity::critical;
    row.table_name = "public.t";
    row.id = rule + ":public.t";
    row.statement = "ALTER TABLE t ALTER COLUMN a TYPE bigint";
    row.description = "rewrites";
    return row;
}

TEST(SarifMigration, ResultPerRowAtItsLineResolvedAsPass) {
    const Value log = review_sarif({review_row("risk", ddl_risk::column_type_rewrite, std::nullopt, 7),
                                    review_row("tension", "fk_without_index", std::string("resolved"), 9)},
                                   "0.2.0", std::string("db/migrations/0042.sql"));
    const Value& results = *log.find("runs")->items()[0].find("results");
    ASSERT_EQ(results.size(), 2u);
    const Value& risk = results.items()[0];
    EXPECT_EQ(at(risk, {"level"}), "error");
    EXPECT_EQ(risk.find("kind"), nullptr);
    EXPECT_EQ(at(risk.find("locations")->items()[0], {"physicalLocation", "region", "startLine"}), "7");
    EXPECT_EQ(at(risk, {"partialFingerprints", "flaqesFindingId/v1"}), "column_type_rewrite:public.t");
    const Value& resolved = results.items()[1];
    EXPECT_EQ(at(resolved, {"kind"}), "pass");
    EXPECT_EQ(at(resolved, {"level"}), "none");
    const Value no_path = review_sarif({review_row("risk", ddl_risk::column_type_rewrite, std::nullopt, 7)}, "", {});
    const Value& location = no_path.find("runs")->items()[0].find("results")->items()[0].find("locations")->items()[0];
    EXPECT_EQ(location.find("physicalLocation"), nullptr);
}

TEST(SarifMigration, PathOption) {
    EXPECT_EQ(parse_review_sarif_path(json::parse(R"({"path": "db/m.sql"})")), "db/m.sql");
    EXPECT_EQ(parse_review_sarif_path(json::parse("{}")), std::nullopt);
    for (const char* bad : {R"({"path": ""})", R"({"path": 1})", R"({"file": "a"})", "[]"}) {
        EXPECT_THROW(parse_review_sarif_path(json::parse(bad)), Error) << bad;
    }
}

}  // namespace
