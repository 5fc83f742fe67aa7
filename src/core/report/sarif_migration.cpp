#include "core/report/sarif_migration.hpp"

#include <set>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/report/sarif_findings.hpp"

namespace flaqes {
namespace {

constexpr const char* path_hint = R"(Example: {"path": "db/migrations/0042_add_index.sql"}, the migration's path as the )"
                                  "repository names it (code scanning shows results there).";

std::string message_markdown(const DdlReviewRow& row) {
    std::string out = fmt::format("{}\n\n```sql\n{}\n```\n", row.description, row.statement);
    if (!row.alternatives.empty()) out += "\n**Alternatives:**\n\n" + alternatives_markdown(row.alternatives);
    return out;
}

json::Value row_properties(const DdlReviewRow& row) {
    json::Value out = json::Value::object();
    out.set("kind", json::Value::string(row.kind));
    if (row.change) out.set("change", json::Value::string(*row.change));
    out.set("line", json::Value::integer(row.line));
    out.set("statement", json::Value::string(row.statement));
    if (row.lock) out.set("lock", json::Value::string(*row.lock));
    if (row.rows_estimate) out.set("rows_estimate", json::Value::integer(*row.rows_estimate));
    if (row.size_bytes) out.set("size_bytes", json::Value::integer(*row.size_bytes));
    out.set("alternatives", alternatives_json(row.alternatives));
    return out;
}

sarif::Result row_result(const DdlReviewRow& row, const std::optional<std::string>& path) {
    sarif::Result r;
    r.rule_id = row.rule;
    const bool resolved = row.change && *row.change == "resolved";
    // A tension the migration resolves is good news: a result of kind "pass".
    r.kind = resolved ? "pass" : "";
    r.level = resolved ? sarif::Level::none : sarif_level(row.severity);
    r.message = row.change ? fmt::format("{} ({} by this migration)", row.description, *row.change) : row.description;
    r.message_markdown = message_markdown(row);
    r.fingerprint_key = fingerprint_key;
    r.fingerprint = row.id;
    if (!row.table_name.empty()) {
        const std::size_t dot = row.table_name.find('.');
        r.logical_locations = {{dot == std::string::npos ? row.table_name : row.table_name.substr(dot + 1),
                                row.table_name, "type"}};
    } else {
        // A schema-wide finding, id "rule:schema" or "rule:schema(detail)": the schema.
        const std::string object = row.id.substr(row.id.find(':') + 1);
        const std::string schema = object.substr(0, object.find_first_of(".("));
        if (!schema.empty()) r.logical_locations = {{schema, schema, "namespace"}};
    }
    if (path) r.physical_location = sarif::PhysicalLocation{*path, std::max(row.line, 1)};
    r.properties = row_properties(row);
    return r;
}

}  // namespace

json::Value review_sarif(const std::vector<DdlReviewRow>& rows, const std::string& version,
                         const std::optional<std::string>& path) {
    std::vector<sarif::Rule> rules;
    std::set<std::string> listed;
    std::vector<sarif::Result> results;
    for (const DdlReviewRow& row : rows) {
        if (listed.insert(row.rule).second) rules.push_back(sarif_rule(row.rule, row.id, row.alternatives));
        results.push_back(row_result(row, path));
    }
    return sarif::log(sarif_tool(version), rules, results);
}

std::optional<std::string> parse_review_sarif_path(const json::Value& options) {
    if (options.is_null()) return std::nullopt;
    if (!options.is_object()) {
        throw Error(sqlstate::invalid_parameter_value, "report_ddl options must be a json object",
                    fmt::format("The options given are a json {}.", json::kind_name(options.kind())), path_hint);
    }
    std::optional<std::string> path;
    for (const auto& [key, value] : options.members()) {
        if (key != "path") {
            throw Error(sqlstate::invalid_parameter_value, fmt::format("unknown report_ddl option \"{}\"", key),
                        "Allowed options: path.", path_hint);
        }
        if (!value.is_string() || value.as_string().empty()) {
            throw Error(sqlstate::invalid_parameter_value, "report_ddl option path must be a non-empty string",
                        fmt::format("It is {}.", json::dump(value)), path_hint);
        }
        path = value.as_string();
    }
    return path;
}

}  // namespace flaqes
