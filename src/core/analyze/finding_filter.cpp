#include "core/analyze/finding_filter.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/rule.hpp"
#include "core/error.hpp"

namespace flaqes {
namespace {

static_assert(static_cast<int>(MinSeverity::warning) == static_cast<int>(Severity::warning) &&
                  static_cast<int>(MinSeverity::critical) == static_cast<int>(Severity::critical),
              "min_severity compares with Severity by value");

// Iterative glob with one backtrack point: linear enough for names of at most 63 bytes.
bool glob(std::string_view pattern, std::string_view text) {
    std::size_t p = 0, t = 0, star = std::string_view::npos, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

}  // namespace

bool table_matches(std::string_view pattern, const QualifiedName& table) {
    if (pattern.find('.') == std::string_view::npos) return glob(pattern, table.name);
    return glob(pattern, table.schema + "." + table.name);
}

bool table_selected(const Intent& intent, const QualifiedName& table) {
    const auto matches = [&](const std::string& pattern) { return table_matches(pattern, table); };
    if (!intent.include.empty() && std::none_of(intent.include.begin(), intent.include.end(), matches)) return false;
    return std::none_of(intent.exclude.begin(), intent.exclude.end(), matches);
}

bool finding_shown(const Intent& intent, const Finding& finding) {
    if (static_cast<int>(finding.severity) < static_cast<int>(intent.min_severity)) return false;
    if (finding.confidence < intent.min_confidence) return false;
    return intent.rules.empty() ||
           std::find(intent.rules.begin(), intent.rules.end(), finding.rule) != intent.rules.end();
}

void check_rule_names(const Intent& intent) {
    for (const std::string& name : intent.rules) {
        const auto& registry = rule_registry();
        const bool known = std::any_of(registry.begin(), registry.end(), [&](const Rule* r) { return name == r->name; });
        if (known) continue;
        std::vector<std::string> names;
        for (const Rule* r : registry) names.emplace_back(r->name);
        std::sort(names.begin(), names.end());
        throw Error(sqlstate::invalid_parameter_value, fmt::format("unknown rule \"{}\" in intent key \"rules\"", name), {},
                    fmt::format("Allowed values: {}.", fmt::join(names, ", ")));
    }
}

}  // namespace flaqes
