// Column type rules: types that make the schema harder to evolve or easy to misuse. One finding
// per table lists every column concerned, with one ALTER TABLE that changes them all.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_dependents.hpp"
#include "core/analyze/rule.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

// What a column type rule says; {columns} in the texts is replaced by the column list.
struct TypeAdvice {
    bool (*matches)(const Column&);
    const char* description;
    const char* benefit;
    const char* risk;
    const char* breaking_point;
    const char* remedy;
    const char* trade_off;
    // The ALTER TABLE clause(s) for one column, e.g. "ALTER COLUMN c TYPE text".
    std::string (*alter)(const Table&, const Column&);
    Effort effort;
};

std::string with_columns(const char* text, const std::vector<std::string>& columns) {
    return fmt::format(fmt::runtime(text), fmt::arg("columns", fmt::join(columns, ", ")));
}

void check_column_types(const AnalysisContext& context, std::vector<Finding>& out, const TypeAdvice& advice) {
    for (const Table* table : context.tables()) {
        std::vector<std::string> columns;
        std::vector<std::string> clauses;
        std::vector<ColumnUse> changed;
        json::Value types = json::Value::object();
        for (const Column& c : table->columns) {
            if (c.type_category == 'A' || c.type_type == 'd' || !advice.matches(c)) continue;
            columns.push_back(c.name);
            clauses.push_back(advice.alter(*table, c));
            changed.push_back({table->oid, c.attnum});
            types.set(c.name, jsonv::str(c.type));
        }
        if (columns.empty()) continue;
        Finding f = finding_on(*table);
        f.columns = columns;
        f.description = with_columns(advice.description, columns);
        f.current_benefit = with_columns(advice.benefit, columns);
        f.risk = with_columns(advice.risk, columns);
        f.breaking_point = with_columns(advice.breaking_point, columns);
        Alternative a;
        a.description = with_columns(advice.remedy, columns);
        a.trade_off = advice.trade_off;
        a.effort = advice.effort;
        a.example_ddl = fmt::format("ALTER TABLE {}\n  {};", table->name.sql(), fmt::join(clauses, ",\n  "));
        ddl::rebuild_dependents(context.graph(), changed, a);
        f.alternatives.push_back(std::move(a));
        f.confidence = 1.0;
        f.evidence.set("types", std::move(types));
        out.push_back(std::move(f));
    }
}

// The n of "character varying(n)" / "character(n)".
std::string length_of(const std::string& type) {
    const auto open = type.find('(');
    return open == std::string::npos ? "" : type.substr(open + 1, type.find(')') - open - 1);
}

std::string to_text_keeping_length(const Table& table, const Column& c) {
    return fmt::format("ALTER COLUMN {0} TYPE text,\n  ADD CONSTRAINT {1} CHECK (char_length({0}) <= {2})",
                       quote_ident(c.name), ddl::object_name(table, {c.name}, "length"), length_of(c.type));
}

const TypeAdvice timestamp_advice{
    [](const Column& c) { return starts_with(c.type, "timestamp") && c.type.find("without time zone") != std::string::npos; },
    "{columns}: timestamp without time zone stores wall-clock time with no zone.",
    "Values read back exactly as written, whatever the session's TimeZone.",
    "The same instant is stored differently by clients in different zones; comparisons with now() and across "
    "DST changes are off by hours; the zone the data was written in is not recorded anywhere.",
    "Breaks the day a writer, a server or a user is in another time zone, and twice a year at DST changes.",
    "Store instants as timestamptz, reading the existing values as UTC (adjust the zone if they were local "
    "time); store calendar dates (columns named *date whose default is not the clock) as date.",
    "Rewrites the table; clients then get values in their session TimeZone.",
    [](const Table&, const Column& c) {
        if (ends_with(snake_name(c.name), "date") && !ddl::default_is_clock(c.default_expr)) return fmt::format("ALTER COLUMN {0} TYPE date", quote_ident(c.name));
        return fmt::format("ALTER COLUMN {0} TYPE timestamptz USING {0} AT TIME ZONE 'UTC'", quote_ident(c.name));
    },
    Effort::medium};

const TypeAdvice varchar_advice{
    [](const Column& c) { return starts_with(c.type, "character varying("); },
    "{columns}: varchar(n) length limits.",
    "The database rejects over-long values.",
    "In PostgreSQL varchar(n) is text with a check: no storage or speed gain. Raising a limit is an ALTER "
    "TABLE, and an arbitrary limit (255, 50) rejects real data such as long names or addresses.",
    "Breaks at the first legitimate value longer than the limit.",
    "Use text, keeping a limit that is a business rule as a named CHECK you can change without touching the type.",
    "varchar(n) to text needs no table rewrite; the CHECK is validated against existing rows.",
    to_text_keeping_length,
    Effort::low};

const TypeAdvice char_advice{
    [](const Column& c) { return starts_with(c.type, "character(") || c.type == "character"; },
    "{columns}: character(n) pads values with spaces.",
    "Fixed-width codes are documented by the type.",
    "Trailing spaces are added on write and ignored or kept depending on the operator (=, LIKE, ||, "
    "length), so comparisons with text parameters surprise; char(n) is no faster than text.",
    "Breaks at the first value shorter than n compared with a text value or pattern.",
    "Use text with a CHECK on the length (or a domain for codes).",
    "Rewrites the table; trailing spaces of stored values are stripped by the cast.",
    to_text_keeping_length,
    Effort::low};

const TypeAdvice money_advice{
    [](const Column& c) { return c.type == "money"; },
    "{columns}: the money type.",
    "Compact fixed-point storage with currency formatting on output.",
    "Output and input depend on lc_monetary, so a dump restored under another locale changes meaning; it "
    "holds one implicit currency and fixed fractional digits; it does not mix with numeric arithmetic.",
    "Breaks with a second currency, a server or client with another lc_monetary, or a currency with 0 or 3 "
    "minor units.",
    "Use numeric with the precision you need (and a currency column where more than one is possible).",
    "Rewrites the table; the money to numeric cast is exact.",
    [](const Table&, const Column& c) {
        return fmt::format("ALTER COLUMN {0} TYPE numeric(14,2) USING {0}::numeric", quote_ident(c.name));
    },
    Effort::medium};

const TypeAdvice json_advice{
    [](const Column& c) { return c.type == "json"; },
    "{columns}: json rather than jsonb.",
    "The text is kept exactly as sent (key order, duplicate keys, whitespace) and ingestion skips parsing.",
    "Every read re-parses the document; no GIN index, no containment operators (@>, ?), no equality.",
    "Costs on every query that looks inside the documents; breaks when one must be indexed.",
    "Store jsonb.",
    "Rewrites the table; duplicate keys collapse to the last one and key order is not kept.",
    [](const Table&, const Column& c) {
        return fmt::format("ALTER COLUMN {0} TYPE jsonb USING {0}::jsonb", quote_ident(c.name));
    },
    Effort::low};

void check_timestamp(const AnalysisContext& c, std::vector<Finding>& out) { check_column_types(c, out, timestamp_advice); }
void check_varchar(const AnalysisContext& c, std::vector<Finding>& out) { check_column_types(c, out, varchar_advice); }
void check_char(const AnalysisContext& c, std::vector<Finding>& out) { check_column_types(c, out, char_advice); }
void check_money(const AnalysisContext& c, std::vector<Finding>& out) { check_column_types(c, out, money_advice); }
void check_json(const AnalysisContext& c, std::vector<Finding>& out) { check_column_types(c, out, json_advice); }

}  // namespace

extern const Rule rule_timestamp_without_time_zone{
    "timestamp_without_time_zone", Category::evolution, "A column of type timestamp without time zone.",
    {{workload(Workload::olap), Severity::info}, {otherwise(), Severity::warning}}, check_timestamp,
    "Turn each column into timestamptz (reading stored values as UTC), or date where it holds calendar dates."};

extern const Rule rule_varchar_length_limit{
    "varchar_length_limit", Category::evolution, "A varchar(n) column.",
    {{evolution(EvolutionRate::frozen), omitted}, {otherwise(), Severity::info}}, check_varchar,
    "Turn each column into text, keeping its limit as a named CHECK."};

extern const Rule rule_char_n{
    "char_n", Category::evolution, "A character(n) column.", {{otherwise(), Severity::info}}, check_char,
    "Turn each column into text with a CHECK on its length."};

extern const Rule rule_money_type{
    "money_type", Category::evolution, "A column of type money.", {{otherwise(), Severity::warning}}, check_money,
    "Turn each column into numeric."};

extern const Rule rule_json_not_jsonb{
    "json_not_jsonb", Category::evolution, "A json (not jsonb) column.",
    {{writes_at_least(WriteFrequency::high), Severity::info}, {otherwise(), Severity::warning}}, check_json,
    "Turn each column into jsonb."};

}  // namespace flaqes
