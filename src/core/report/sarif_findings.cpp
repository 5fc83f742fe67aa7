#include "core/report/sarif_findings.hpp"

#include <cctype>
#include <map>
#include <set>

#include <fmt/format.h>

#include "core/analyze/rule.hpp"
#include "core/migration/ddl_review.hpp"

namespace flaqes {
namespace {

// What a finding is about: a table and maybe one of its columns.
struct Target {
    std::string schema;
    std::string table;
    std::string column;  // empty for the table itself
};

// fk_without_index -> FkWithoutIndex: SARIF's rule name is an identifier-like friendly name.
std::string camel_case(const std::string& id) {
    std::string out;
    bool upper = true;
    for (char c : id) {
        if (c == '_') { upper = true; continue; }
        out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
        upper = false;
    }
    return out;
}

const Rule* registered(const std::string& name) {
    for (const Rule* r : rule_registry()) {
        if (name == r->name) return r;
    }
    return nullptr;
}

// The table of each entry of a schema-wide finding's columns: "table", "table.column" in the
// finding's schema, or the same qualified by another schema.
class TableIndex {
public:
    explicit TableIndex(const SchemaGraph& graph) {
        for (const Table& t : graph.tables) by_name_.emplace(t.name.schema + "." + t.name.name, &t);
    }
    std::optional<Target> resolve(const std::string& schema, const std::string& entry) const {
        const std::string plain = entry.substr(0, entry.find('('));
        for (const std::string& qualified : {schema + "." + plain, plain}) {
            for (std::size_t dot = qualified.size(); dot != std::string::npos && dot > 0; dot = qualified.rfind('.', dot - 1)) {
                const auto found = by_name_.find(qualified.substr(0, dot));
                if (found == by_name_.end()) continue;
                const std::string column = dot < qualified.size() ? qualified.substr(dot + 1) : std::string();
                return Target{found->second->name.schema, found->second->name.name, column};
            }
        }
        return std::nullopt;
    }

private:
    std::map<std::string, const Table*> by_name_;
};

// The schema a table-less (schema-wide) finding speaks for: its id object up to '.' or '('.
std::string object_schema(const Finding& f) { return f.object.substr(0, f.object.find_first_of(".(")); }

std::vector<Target> targets_of(const Finding& f, const SchemaGraph& graph, const TableIndex& index) {
    std::vector<Target> out;
    if (const Table* t = graph.table(f.table)) {
        for (const std::string& c : f.columns) out.push_back({t->name.schema, t->name.name, c});
        if (out.empty()) out.push_back({t->name.schema, t->name.name, ""});
        return out;
    }
    for (const std::string& entry : f.columns) {
        if (auto target = index.resolve(object_schema(f), entry)) out.push_back(std::move(*target));
    }
    return out;
}

std::vector<sarif::LogicalLocation> logical_locations(const Finding& f, const std::vector<Target>& targets) {
    std::vector<sarif::LogicalLocation> out;
    std::set<std::string> listed;  // SARIF wants the locations unique; a group may name one twice
    for (const Target& t : targets) {
        const std::string table = t.schema + "." + t.table;
        const std::string name = t.column.empty() ? table : table + "." + t.column;
        if (!listed.insert(name).second) continue;
        if (t.column.empty()) out.push_back({t.table, name, "type"});
        else out.push_back({t.column, name, "member"});
    }
    if (out.empty()) out.push_back({object_schema(f), object_schema(f), "namespace"});
    return out;
}

std::optional<std::string> evidence_name(const Finding& f, const char* key) {
    const json::Value* v = f.evidence.find(key);
    return v != nullptr && v->is_string() ? std::optional<std::string>(v->as_string()) : std::nullopt;
}

// The line creating the finding's index or constraint, else its first column, else its table;
// for a schema-wide finding the first member that has one, else the CREATE SCHEMA; else line 1.
int source_line(const Finding& f, const std::vector<Target>& targets, const SourceMap& map) {
    for (const char* key : {"index", "constraint"}) {
        const auto name = evidence_name(f, key);
        if (!name || targets.empty()) continue;
        if (auto line = map.object_line(targets.front().schema, targets.front().table, *name)) return *line;
    }
    for (const Target& t : targets) {
        if (!t.column.empty()) {
            if (auto line = map.column_line(t.schema, t.table, t.column)) return *line;
        }
        if (auto line = map.table_line(t.schema, t.table)) return *line;
    }
    return map.schema_line(object_schema(f)).value_or(1);
}

std::string message_markdown(const Finding& f) {
    std::string out = fmt::format("{}\n\n- **Benefit:** {}\n- **Risk:** {}\n- **Breaking point:** {}\n", f.description,
                                  f.current_benefit, f.risk, f.breaking_point);
    if (!f.alternatives.empty()) out += "\n**Alternatives:**\n\n" + alternatives_markdown(f.alternatives);
    return out;
}

}  // namespace

sarif::Level sarif_level(Severity severity) {
    switch (severity) {
        case Severity::critical: return sarif::Level::error;
        case Severity::warning: return sarif::Level::warning;
        case Severity::info: return sarif::Level::note;
    }
    return sarif::Level::note;
}

sarif::Rule sarif_rule(const std::string& rule, const std::string& example_id, const std::vector<Alternative>& example) {
    const Rule* analyze_rule = registered(rule);
    const char* risk = ddl_risk_rule_summary(rule);
    sarif::Rule out;
    out.id = rule;
    out.name = camel_case(rule);
    if (analyze_rule != nullptr) {
        out.short_description = analyze_rule->triggers;
        out.full_description = fmt::format("{} Category: {}. A design tension: its severity follows the intent "
                                           "declared for the schema (OLTP or OLAP, write rate, data volume, ...) "
                                           "and this database's numbers.",
                                           analyze_rule->triggers, category_name(analyze_rule->category));
        out.tags = {"flaqes", category_name(analyze_rule->category)};
    } else {
        out.short_description = risk != nullptr ? risk : rule;
        out.full_description = fmt::format("{} An operational risk of a migration statement: its severity follows "
                                           "the table's rows and size in this database.",
                                           out.short_description);
        out.tags = {"flaqes", "migration"};
    }
    out.help_text = out.full_description;
    out.help_markdown = out.full_description;
    if (!example.empty()) {
        out.help_markdown += fmt::format("\n\n**Alternatives** (as proposed for `{}`):\n\n{}", example_id,
                                         alternatives_markdown(example));
    }
    return out;
}

sarif::Tool sarif_tool(const std::string& version) { return sarif::Tool{"flaqes", version, ""}; }

std::string alternatives_markdown(const std::vector<Alternative>& alternatives) {
    std::string out;
    for (std::size_t i = 0; i < alternatives.size(); ++i) {
        const Alternative& a = alternatives[i];
        out += fmt::format("{}. {} (effort {}): {}\n", i + 1, a.description, effort_name(a.effort), a.trade_off);
        if (!a.example_ddl) continue;
        std::string indented;  // inside the list item: every line three spaces in
        for (char c : *a.example_ddl) indented += c == '\n' ? std::string("\n   ") : std::string(1, c);
        out += fmt::format("\n   ```sql\n   {}\n   ```\n\n", indented);
    }
    return out;
}

json::Value report_sarif(const AnalysisContext& context, const std::vector<Finding>& findings,
                         const std::string& version, const std::optional<SarifSource>& source) {
    std::vector<sarif::Rule> rules;
    std::set<std::string> listed;
    const TableIndex index(context.graph());
    std::vector<sarif::Result> results;
    for (const Finding& f : findings) {
        if (listed.insert(f.rule).second) rules.push_back(sarif_rule(f.rule, f.id, f.alternatives));
        const std::vector<Target> targets = targets_of(f, context.graph(), index);
        sarif::Result r;
        r.rule_id = f.rule;
        r.level = sarif_level(f.severity);
        r.message = f.description;
        r.message_markdown = message_markdown(f);
        r.fingerprint_key = fingerprint_key;
        r.fingerprint = f.id;
        r.logical_locations = logical_locations(f, targets);
        if (source) r.physical_location = sarif::PhysicalLocation{source->path, source_line(f, targets, *source->map)};
        json::Value properties = json::Value::object();
        properties.set("id", json::Value::string(f.id));
        properties.set("confidence", json::Value::number(f.confidence));
        properties.set("alternatives", alternatives_json(f.alternatives));
        r.properties = std::move(properties);
        results.push_back(std::move(r));
    }
    return sarif::log(sarif_tool(version), rules, results);
}

}  // namespace flaqes
