#include "core/analyze/consolidate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include <fmt/format.h>

namespace flaqes {
namespace {

// "schema.table(detail)" -> "table(detail)", the way an object reads inside its schema's finding.
std::string in_schema(const std::string& object, const std::string& schema) {
    return object.compare(0, schema.size() + 1, schema + ".") == 0 ? object.substr(schema.size() + 1) : object;
}

std::string schema_of(const Finding& f, const SchemaGraph& graph) {
    const Table* t = graph.table(f.table);
    return t != nullptr ? t->name.schema : std::string();
}

// What a subsuming finding covers: its table and columns.
using Cover = std::pair<Oid, std::vector<std::string>>;

void drop_subsumed(std::vector<RuleFindings>& by_rule) {
    std::map<std::string_view, std::set<Cover>> covers;  // by rule name
    for (const RuleFindings& r : by_rule) {
        for (const Finding& f : r.findings) covers[r.rule->name].insert({f.table, f.columns});
    }
    for (RuleFindings& r : by_rule) {
        if (r.rule->subsumed_by == nullptr) continue;
        const std::set<Cover>& by = covers[r.rule->subsumed_by];
        r.findings.erase(std::remove_if(r.findings.begin(), r.findings.end(),
                                        [&](const Finding& f) { return by.count({f.table, f.columns}) > 0; }),
                         r.findings.end());
    }
}

Finding group_finding(const Rule& rule, const std::string& schema, std::vector<Finding>& members) {
    const Finding& first = members.front();
    Finding g;
    g.rule = rule.name;
    g.category = rule.category;
    g.object = first.group.empty() ? schema : first.group;
    g.id = g.rule + ":" + g.object;
    std::vector<std::string> objects;
    json::Value details = json::Value::object();
    std::string script;
    bool same_breaking_point = true;
    for (Finding& m : members) {
        const std::string object = in_schema(m.object, schema);
        objects.push_back(object);
        g.severity = std::max(g.severity, m.severity);
        g.confidence = std::max(g.confidence, m.confidence);
        same_breaking_point = same_breaking_point && m.breaking_point == first.breaking_point;
        if (!m.alternatives.empty() && m.alternatives.front().example_ddl) {
            script += (script.empty() ? "" : "\n") + *m.alternatives.front().example_ddl;
        }
        m.evidence.set("breaking_point", json::Value::string(m.breaking_point));
        details.set(object, std::move(m.evidence));
        const std::string table = object.substr(0, object.find('('));
        if (m.columns.empty()) g.columns.push_back(table);
        for (const std::string& c : m.columns) g.columns.push_back(table + "." + c);
    }
    constexpr std::size_t listed = 8;
    const std::string shown = fmt::format("{}", fmt::join(objects.begin(), objects.begin() + static_cast<std::ptrdiff_t>(
                                                                              std::min(listed, objects.size())), ", "));
    g.description = fmt::format("{} object(s) {}: {}{}. For example: {}", objects.size(),
                                first.group_label.empty() ? "in schema " + schema : first.group_label, shown,
                                objects.size() > listed ? fmt::format(" and {} more", objects.size() - listed) : "",
                                first.description);
    g.current_benefit = first.current_benefit;
    g.risk = first.risk;
    g.breaking_point = same_breaking_point ? first.breaking_point
                                           : "Per object in evidence.details; for example: " + first.breaking_point;
    if (!first.alternatives.empty()) {  // the members' first remedy, as one script
        Alternative a;
        a.description = rule.group_remedy != nullptr ? rule.group_remedy : first.alternatives.front().description;
        a.trade_off = first.alternatives.front().trade_off;
        a.effort = first.alternatives.front().effort;
        if (!script.empty()) a.example_ddl = script;
        g.alternatives.push_back(std::move(a));
    }
    g.evidence.set("count", json::Value::integer(static_cast<std::int64_t>(objects.size())));
    json::Value list = json::Value::array();
    for (const std::string& o : objects) list.push(json::Value::string(o));
    g.evidence.set("objects", std::move(list));
    g.evidence.set("details", std::move(details));
    return g;
}

}  // namespace

void consolidate(std::vector<RuleFindings>& by_rule, const SchemaGraph& graph) {
    drop_subsumed(by_rule);
    for (RuleFindings& r : by_rule) {
        std::vector<Finding> kept;
        std::map<std::pair<std::string, std::string>, std::vector<Finding>> groups;  // by schema, group
        for (Finding& f : r.findings) {
            // A floor is evidence from this database about this object: it keeps its own finding.
            const bool grouped = !f.floor && (r.rule->per_schema() || !f.group.empty());
            if (grouped) groups[{schema_of(f, graph), f.group}].push_back(std::move(f));
            else kept.push_back(std::move(f));
        }
        for (auto& [key, members] : groups) {
            // A group a rule formed for related objects speaks only when there are several.
            if (!r.rule->per_schema() && members.size() == 1) kept.push_back(std::move(members.front()));
            else kept.push_back(group_finding(*r.rule, key.first, members));
        }
        r.findings = std::move(kept);
    }
}

}  // namespace flaqes
