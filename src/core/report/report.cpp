#include "core/report/report.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/intent.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

constexpr Severity severities[] = {Severity::critical, Severity::warning, Severity::info};

// The per-column hygiene rules: many similar findings a DBA wants counted before reading on.
constexpr const char* hygiene_rules[] = {"key_overflow_risk", "serial_not_identity", "timestamp_without_time_zone",
                                         "varchar_length_limit", "enum_evolution", "char_n", "money_type",
                                         "json_not_jsonb"};

std::size_t count_of_rule(const std::vector<Finding>& findings, const char* rule) {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [&](const Finding& f) { return f.rule == rule; }));
}

const char* severity_badge(Severity s) {
    return s == Severity::critical ? "🔴 critical" : s == Severity::warning ? "🟠 warning" : "🔵 info";
}

std::string qualified(const Table& t) { return t.name.schema + "." + t.name.name; }

// Markdown inline text: a pipe would end a table cell; backticks, stars and < start markup.
std::string md(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '|' || c == '`' || c == '*' || c == '<') out += '\\';
        out += c;
    }
    return out;
}

// role name -> its tables, both sorted by name.
std::map<std::string, std::vector<std::string>> tables_by_role(const AnalysisContext& context) {
    std::map<std::string, std::vector<std::string>> out;
    for (const Table* t : context.tables()) out[role_name(context.guessed_role(t->oid))].push_back(qualified(*t));
    for (auto& [role, names] : out) std::sort(names.begin(), names.end());
    return out;
}

std::size_t count_of(const std::vector<Finding>& findings, Severity severity) {
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
                                                  [&](const Finding& f) { return f.severity == severity; }));
}

std::string intent_line(const Intent& intent) {
    std::vector<std::string> reads;
    for (ReadPattern p : intent.read_patterns) reads.push_back(read_pattern_name(p));
    return fmt::format("workload {}, write_frequency {}, read_patterns [{}], consistency {}, evolution_rate {}, "
                       "data_volume {}",
                       workload_name(intent.workload), write_frequency_name(intent.write_frequency),
                       fmt::join(reads, ", "), consistency_name(intent.consistency),
                       evolution_rate_name(intent.evolution_rate), data_volume_name(intent.data_volume));
}

// The display controls of the intent, or "none".
std::string filters_line(const Intent& intent) {
    std::vector<std::string> parts;
    if (!intent.include.empty()) parts.push_back(fmt::format("include {}", fmt::join(intent.include, ", ")));
    if (!intent.exclude.empty()) parts.push_back(fmt::format("exclude {}", fmt::join(intent.exclude, ", ")));
    if (!intent.rules.empty()) parts.push_back(fmt::format("rules {}", fmt::join(intent.rules, ", ")));
    if (intent.min_severity != MinSeverity::info) parts.push_back(fmt::format("min_severity {}", min_severity_name(intent.min_severity)));
    if (intent.min_confidence > 0.0) parts.push_back(fmt::format("min_confidence {:.2f}", intent.min_confidence));
    if (!intent.ignore.empty()) parts.push_back(fmt::format("ignore {}", fmt::join(intent.ignore, ", ")));
    return parts.empty() ? "none" : fmt::format("{}", fmt::join(parts, "; "));
}

std::string schemas_line(const SchemaFilter& schemas) {
    return schemas ? fmt::format("{}", fmt::join(*schemas, ", ")) : "all user schemas";
}

void append_finding(std::string& out, const Finding& f) {
    out += fmt::format("#### {} · {} · `{}`\n\n{}\n\n", severity_badge(f.severity), f.rule, f.id, md(f.description));
    out += fmt::format("- **Benefit:** {}\n- **Risk:** {}\n- **Breaking point:** {}\n", md(f.current_benefit),
                       md(f.risk), md(f.breaking_point));
    if (!f.alternatives.empty()) out += "- **Alternatives:**\n";
    for (std::size_t i = 0; i < f.alternatives.size(); ++i) {
        const Alternative& a = f.alternatives[i];
        out += fmt::format("  {}. {} (effort {}) — {}\n", i + 1, md(a.description), effort_name(a.effort), md(a.trade_off));
        if (a.example_ddl) {
            std::string indented;
            for (char c : *a.example_ddl) indented += c == '\n' ? std::string("\n     ") : std::string(1, c);
            out += fmt::format("     ```sql\n     {}\n     ```\n", indented);
        }
    }
    out += "\n";
}

}  // namespace

std::string report_markdown(const AnalysisContext& context, const std::vector<Finding>& findings,
                            const SchemaFilter& schemas, const ReportOptions& options) {
    std::string out = "# flaqes report\n\n";
    out += fmt::format("- **Intent:** {}\n- **Schemas:** {}\n- **Filters:** {}\n- **Tables analyzed:** {}\n\n",
                       intent_line(context.intent()), md(schemas_line(schemas)), md(filters_line(context.intent())),
                       context.tables().size());

    out += "## Summary\n\n| Severity | Findings |\n|---|---|\n";
    for (Severity s : severities) out += fmt::format("| {} | {} |\n", severity_name(s), count_of(findings, s));
    out += "\n| Hygiene rule | Findings |\n|---|---|\n";
    for (const char* rule : hygiene_rules) out += fmt::format("| {} | {} |\n", rule, count_of_rule(findings, rule));
    out += "\n| Role | Tables |\n|---|---|\n";
    for (const auto& [role, names] : tables_by_role(context)) {
        out += fmt::format("| {} | {} |\n", role, md(fmt::format("{}", fmt::join(names, ", "))));
    }

    out += "\n## Diagram\n\n```mermaid\n" + mermaid_er_diagram(context, options.diagram) + "```\n\n## Findings by severity\n\n";
    if (findings.empty()) out += "Nothing to report for this intent.\n";
    for (Severity s : severities) {
        if (count_of(findings, s) == 0) continue;
        out += fmt::format("### {}\n\n", severity_badge(s));
        for (const Finding& f : findings) {
            if (f.severity == s) out += fmt::format("- `{}` — {}\n", f.id, md(f.description));
        }
        out += "\n";
    }
    out += "## Findings by table\n\n";
    std::vector<const Table*> tables = context.tables();
    // Findings that speak for a whole schema (hygiene rules), or for a partition, come first.
    std::set<Oid> listed;
    for (const Table* t : tables) listed.insert(t->oid);
    for (const Finding& f : findings) {
        if (listed.count(f.table) == 0) append_finding(out, f);
    }
    std::sort(tables.begin(), tables.end(), [](const Table* a, const Table* b) { return qualified(*a) < qualified(*b); });
    for (const Table* t : tables) {
        std::vector<const Finding*> mine;
        for (const Finding& f : findings) {
            if (f.table == t->oid) mine.push_back(&f);
        }
        if (mine.empty()) continue;
        const TableRole* role = context.role(t->oid);
        out += fmt::format("### {} ({}{})\n\n", md(qualified(*t)), role_name(context.guessed_role(t->oid)),
                           role != nullptr ? fmt::format(", confidence {:.2f}", role->best.confidence) : "");
        for (const Finding* f : mine) append_finding(out, *f);
    }
    return out;
}

json::Value report_json(const AnalysisContext& context, const std::vector<Finding>& findings,
                        const SchemaFilter& schemas, const ReportOptions& options) {
    json::Value out = json::Value::object();
    out.set("intent", intent_json(context.intent()));
    out.set("schemas", schemas ? jsonv::strings(*schemas) : json::Value());
    json::Value by_role = json::Value::object();
    for (const auto& [role, names] : tables_by_role(context)) by_role.set(role, jsonv::strings(names));
    json::Value by_severity = json::Value::object();
    for (Severity s : severities) {
        by_severity.set(severity_name(s), json::Value::integer(static_cast<std::int64_t>(count_of(findings, s))));
    }
    json::Value summary = json::Value::object();
    summary.set("tables", json::Value::integer(static_cast<std::int64_t>(context.tables().size())));
    summary.set("tables_by_role", std::move(by_role));
    summary.set("findings_by_severity", std::move(by_severity));
    json::Value by_hygiene_rule = json::Value::object();
    for (const char* rule : hygiene_rules) {
        by_hygiene_rule.set(rule, json::Value::integer(static_cast<std::int64_t>(count_of_rule(findings, rule))));
    }
    summary.set("findings_by_hygiene_rule", std::move(by_hygiene_rule));
    out.set("summary", std::move(summary));
    json::Value items = json::Value::array();
    for (const Finding& f : findings) items.push(finding_json(f, context.graph()));
    out.set("findings", std::move(items));
    out.set("diagram", jsonv::str(mermaid_er_diagram(context, options.diagram)));
    return out;
}

}  // namespace flaqes
