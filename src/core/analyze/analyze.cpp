#include "core/analyze/analyze.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/analyze/finding_filter.hpp"
#include "core/analyze/rule.hpp"

namespace flaqes {
namespace {

bool ignored(const Intent& intent, const Finding& finding) {
    return std::any_of(intent.ignore.begin(), intent.ignore.end(),
                       [&](const std::string& entry) { return entry == finding.id || entry == finding.rule; });
}

std::optional<Severity> final_severity(const Rule& rule, const Intent& intent, const Finding& finding) {
    // Hard evidence (a sequence nearly exhausted) shows whatever the intent; a cap only softens.
    Verdict verdict = rule.severity.verdict(intent);
    if (verdict && finding.cap) verdict = std::min(*verdict, *finding.cap);
    if (finding.floor) verdict = verdict ? std::max(*verdict, *finding.floor) : *finding.floor;
    return verdict;
}

}  // namespace

AnalysisContext analysis_context(const SchemaGraph& graph, const Intent& intent,
                                 const CatalogLookups* lookups) {
    return AnalysisContext(graph, intent, detect_roles(graph), detect_patterns(graph), lookups);
}

Finding finding_on(const Table& table, const std::string& detail) {
    Finding f;
    f.table = table.oid;
    f.object = table.name.schema + "." + table.name.name;
    if (!detail.empty()) f.object += "(" + detail + ")";
    return f;
}

std::vector<Finding> run_rules(const AnalysisContext& context) {
    // Each rule's findings stay in its own vector (filtered in place): a finding is big to move,
    // so it moves once, into the sorted result.
    const Intent& intent = context.intent();
    check_rule_names(intent);
    std::vector<std::vector<Finding>> kept_by_rule;
    for (const Rule* rule : rule_registry()) {
        if (!intent.rules.empty() && std::find(intent.rules.begin(), intent.rules.end(), rule->name) == intent.rules.end()) {
            continue;
        }
        std::vector<Finding> found;
        rule->check(context, found);
        std::size_t kept = 0;
        for (Finding& f : found) {
            f.rule = rule->name;
            f.category = rule->category;
            f.id = f.rule + ":" + f.object;
            const auto severity = final_severity(*rule, intent, f);
            if (!severity || ignored(intent, f)) continue;
            f.severity = *severity;
            if (!finding_shown(intent, f) || !table_selected(intent, context.graph().table(f.table)->name)) continue;
            if (&f != &found[kept]) found[kept] = std::move(f);
            ++kept;
        }
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(kept), found.end());
        kept_by_rule.push_back(std::move(found));
    }
    std::vector<Finding*> kept;
    std::vector<const Table*> table_of;  // looked up once, not in every comparison
    for (std::vector<Finding>& found : kept_by_rule) {
        for (Finding& f : found) {
            kept.push_back(&f);
            table_of.push_back(context.graph().table(f.table));
        }
    }
    const auto key = [&](std::size_t i) {
        const Finding& f = *kept[i];
        const Table* t = table_of[i];
        return std::tuple<int, const std::string&, const std::string&, const std::string&, const std::string&>(
            -static_cast<int>(f.severity), t->name.schema, t->name.name, f.rule, f.id);
    };
    std::vector<std::size_t> order(kept.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::vector<Finding> sorted;
    sorted.reserve(kept.size());
    for (std::size_t i : order) sorted.push_back(std::move(*kept[i]));
    return sorted;
}

}  // namespace flaqes
