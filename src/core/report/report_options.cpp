// flaqes.report's format and options arguments.
#include <fmt/format.h>

#include "core/error.hpp"
#include "core/report/report.hpp"

namespace flaqes {
namespace {

constexpr const char* diagram_hint = R"(Example: {"diagram": "full"}.)";
constexpr const char* source_hint =
    R"(Example: {"source": {"path": "db/structure.sql", "text": "<the file's contents>"}}, the path as the )"
    "repository names the file (code scanning shows results there).";

[[noreturn]] void invalid(const std::string& message, const std::string& detail, const char* hint) {
    throw Error(sqlstate::invalid_parameter_value, message, detail, hint);
}

DiagramDetail parse_diagram(const json::Value& value) {
    if (value.is_string() && value.as_string() == "summary") return DiagramDetail::summary;
    if (value.is_string() && value.as_string() == "full") return DiagramDetail::full;
    invalid("invalid report option diagram",
            fmt::format("Allowed values: \"summary\" (key columns, the default), \"full\" (every column with its "
                        "type); got {}.",
                        json::dump(value)),
            diagram_hint);
}

const std::string& source_string(const json::Value& source, const char* key) {
    const json::Value* v = source.find(key);
    if (v == nullptr) invalid(fmt::format("report option source lacks \"{}\"", key), "It needs path and text.", source_hint);
    if (!v->is_string()) {
        invalid(fmt::format("report option source.{} must be a string", key),
                fmt::format("It is a json {}.", json::kind_name(v->kind())), source_hint);
    }
    return v->as_string();
}

ReportSource parse_source(const json::Value& value) {
    if (!value.is_object()) {
        invalid("report option source must be a json object",
                fmt::format("It is a json {}.", json::kind_name(value.kind())), source_hint);
    }
    for (const auto& member : value.members()) {
        if (member.first != "path" && member.first != "text") {
            invalid(fmt::format("unknown key \"{}\" in report option source", member.first),
                    "Allowed keys: path, text.", source_hint);
        }
    }
    ReportSource out{source_string(value, "path"), source_string(value, "text")};
    if (out.path.empty()) invalid("report option source.path must not be empty", "", source_hint);
    return out;
}

}  // namespace

ReportFormat parse_report_format(const std::optional<std::string>& name) {
    const char* hint = "Use format => 'markdown' (the default), format => 'json' or format => 'sarif'.";
    if (!name) throw Error(sqlstate::null_value_not_allowed, "report format must not be NULL", "", hint);
    if (*name == "markdown") return ReportFormat::markdown;
    if (*name == "json") return ReportFormat::json;
    if (*name == "sarif") return ReportFormat::sarif;
    invalid(fmt::format("unknown report format \"{}\"", *name), "Allowed formats: markdown, json, sarif.", hint);
}

ReportOptions parse_report_options(const json::Value& options, ReportFormat format) {
    ReportOptions out;
    if (options.is_null()) return out;
    const bool sarif = format == ReportFormat::sarif;
    const char* hint = sarif ? source_hint : diagram_hint;
    if (!options.is_object()) {
        invalid("report options must be a json object",
                fmt::format("The options given are a json {}.", json::kind_name(options.kind())), hint);
    }
    for (const auto& [key, value] : options.members()) {
        if (key == "diagram" && !sarif) {
            out.diagram = parse_diagram(value);
        } else if (key == "source" && sarif) {
            out.source = parse_source(value);
        } else if (key == "diagram" || key == "source") {
            invalid(fmt::format("report option \"{}\" does not apply to format {}", key, sarif ? "sarif" : "markdown or json"),
                    sarif ? "A SARIF report has no diagram." : "Only a SARIF report points into a schema file.",
                    hint);
        } else {
            invalid(fmt::format("unknown report option \"{}\"", key),
                    sarif ? "Allowed options for format sarif: source." : "Allowed options: diagram.", hint);
        }
    }
    return out;
}

}  // namespace flaqes
