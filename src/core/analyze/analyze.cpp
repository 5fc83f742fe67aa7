#include "core/analyze/analyze.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "core/analyze/consolidate.hpp"
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

// A migration tool's own table, or a partition template: its design is not the user's to change,
// or it holds no rows by design.
bool on_bookkeeping_table(const AnalysisContext& context, const Finding& finding) {
    return context.pattern(finding.table, "framework_bookkeeping") != nullptr ||
           context.pattern(finding.table, "partition_template") != nullptr;
}

}  // namespace

AnalysisContext analysis_context(const SchemaGraph& graph, const Intent& intent,
                                 const CatalogLookups* lookups) {
    return AnalysisContext(graph, intent, lookups);
}

Finding finding_on(const Table& table, const std::string& detail) {
    Finding f;
    f.table = table.oid;
    f.object = table.name.schema + "." + table.name.name;
    if (!detail.empty()) f.object += "(" + detail + ")";
    return f;
}

std::vector<Finding> run_rules(const AnalysisContext& context, const std::set<Oid>* tables) {
    // Each rule's findings stay in its own vector (filtered in place): a finding is big to move,
    // so it moves once, into the sorted result.
    const Intent& intent = context.intent();
    check_rule_names(intent);
    std::vector<RuleFindings> by_rule;
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
            if (!severity || ignored(intent, f) || on_bookkeeping_table(context, f)) continue;
            f.severity = *severity;
            // include/exclude pick the tables before findings are grouped, so a group counts only theirs.
            const Table* table = context.graph().table(f.table);
            if (table != nullptr && !table_selected(intent, table->name)) continue;
            if (tables != nullptr && tables->count(f.table) == 0) continue;
            if (&f != &found[kept]) found[kept] = std::move(f);
            ++kept;
        }
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(kept), found.end());
        by_rule.push_back({rule, std::move(found)});
    }
    consolidate(by_rule, context.graph());
    std::vector<Finding*> kept;
    std::vector<std::pair<std::string, std::string>> place;  // schema and table, looked up once
    for (RuleFindings& r : by_rule) {
        for (Finding& f : r.findings) {
            // A schema-wide finding's own id; severity and confidence as grouped.
            if (ignored(intent, f) || !finding_shown(intent, f)) continue;
            kept.push_back(&f);
            const Table* t = context.graph().table(f.table);
            place.emplace_back(t != nullptr ? t->name.schema : f.object, t != nullptr ? t->name.name : std::string());
        }
    }
    const auto key = [&](std::size_t i) {
        const Finding& f = *kept[i];
        return std::tuple<int, const std::string&, const std::string&, const std::string&, const std::string&>(
            -static_cast<int>(f.severity), place[i].first, place[i].second, f.rule, f.id);
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
