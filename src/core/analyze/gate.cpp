#include "core/analyze/gate.hpp"

#include <array>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes {
namespace {

constexpr std::array<Severity, 3> levels = {Severity::critical, Severity::warning, Severity::info};

// The error's DETAIL is carried in a fixed buffer (pg/boundary.hpp); the list stops before it
// and says how many lines were left out, instead of being cut mid-line.
constexpr std::size_t detail_budget = 3600;

std::string detail_line(const GateItem& item) {
    const std::string_view description(item.description);
    const std::string first_line(description.substr(0, description.find('\n')));
    return fmt::format("{}  {}  {}", item.id, item.table.empty() ? "-" : item.table, first_line);
}

}  // namespace

Severity parse_fail_on(std::string_view text) {
    for (Severity level : levels) {
        if (text == severity_name(level)) return level;
    }
    throw Error(sqlstate::invalid_parameter_value, fmt::format("invalid fail_on level \"{}\"", text),
                "fail_on names the lowest severity that fails.", "Use one of: info, warning, critical.");
}

std::string gate_detail(const std::vector<std::string>& lines) {
    std::string detail;
    std::size_t listed = 0;
    for (const std::string& line : lines) {
        if (detail.size() + line.size() + 1 > detail_budget) break;
        detail += (detail.empty() ? "" : "\n") + line;
        ++listed;
    }
    if (listed < lines.size()) detail += fmt::format("\n... and {} more", lines.size() - listed);
    return detail;
}

std::string enforce_gate(const std::vector<GateItem>& items, Severity fail_on) {
    std::size_t failing = 0;
    std::array<std::size_t, 3> below{};  // per entry of `levels`
    for (const GateItem& item : items) {
        if (item.severity >= fail_on) {
            ++failing;
            continue;
        }
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (levels[i] == item.severity) ++below[i];
        }
    }
    const char* level = severity_name(fail_on);
    if (failing == 0) {
        std::string counts;
        for (std::size_t i = 0; i < levels.size(); ++i) {
            if (levels[i] >= fail_on) continue;
            counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", below[i], severity_name(levels[i]));
        }
        return fmt::format("ok: 0 finding(s) at or above {}{}", level,
                           counts.empty() ? "" : " (" + counts + ")");
    }
    std::vector<std::string> lines;
    for (const GateItem& item : items) {  // in the caller's order: most severe first
        if (item.severity >= fail_on) lines.push_back(detail_line(item));
    }
    std::string hint =
        "To accept a finding, add its id (or its rule, for all of its findings) to the intent's \"ignore\" list.";
    if (fail_on != Severity::critical) {
        hint += fmt::format(" fail_on => 'critical' fails on critical findings only{}.",
                            fail_on == Severity::info ? ", 'warning' on warnings too" : "");
    }
    throw Error(sqlstate::gate_failed, fmt::format("{} finding(s) at or above {}", failing, level),
                gate_detail(lines), hint);
}

}  // namespace flaqes
