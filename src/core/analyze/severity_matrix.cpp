#include "core/analyze/severity_matrix.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace flaqes {
namespace when {
namespace {

template <typename Enum>
IntentCondition compare(std::string text, Enum Intent::*field, Enum value, int direction) {
    return {std::move(text), [field, value, direction](const Intent& intent) {
                const int a = static_cast<int>(intent.*field);
                const int b = static_cast<int>(value);
                return direction == 0 ? a == b : direction > 0 ? a >= b : a <= b;
            }};
}

IntentCondition combine(std::initializer_list<IntentCondition> conditions, const char* joiner, bool all) {
    std::vector<IntentCondition> parts(conditions);
    std::string text;
    for (const IntentCondition& c : parts) text += (text.empty() ? "" : joiner) + c.text;
    return {text, [parts, all](const Intent& intent) {
                const auto holds = [&](const IntentCondition& c) { return c.holds(intent); };
                return all ? std::all_of(parts.begin(), parts.end(), holds)
                           : std::any_of(parts.begin(), parts.end(), holds);
            }};
}

}  // namespace

IntentCondition workload(Workload value) {
    return compare(fmt::format("workload = {}", workload_name(value)), &Intent::workload, value, 0);
}
IntentCondition writes_at_least(WriteFrequency value) {
    return compare(fmt::format("write_frequency >= {}", write_frequency_name(value)), &Intent::write_frequency, value, 1);
}
IntentCondition writes_at_most(WriteFrequency value) {
    return compare(fmt::format("write_frequency <= {}", write_frequency_name(value)), &Intent::write_frequency, value, -1);
}
IntentCondition reads(ReadPattern value) {
    return {fmt::format("read_patterns has {}", read_pattern_name(value)),
            [value](const Intent& intent) { return intent.reads(value); }};
}
IntentCondition consistency(Consistency value) {
    return compare(fmt::format("consistency = {}", consistency_name(value)), &Intent::consistency, value, 0);
}
IntentCondition evolution_at_least(EvolutionRate value) {
    return compare(fmt::format("evolution_rate >= {}", evolution_rate_name(value)), &Intent::evolution_rate, value, 1);
}
IntentCondition evolution(EvolutionRate value) {
    return compare(fmt::format("evolution_rate = {}", evolution_rate_name(value)), &Intent::evolution_rate, value, 0);
}
IntentCondition volume_at_least(DataVolume value) {
    return compare(fmt::format("data_volume >= {}", data_volume_name(value)), &Intent::data_volume, value, 1);
}
IntentCondition volume_at_most(DataVolume value) {
    return compare(fmt::format("data_volume <= {}", data_volume_name(value)), &Intent::data_volume, value, -1);
}
IntentCondition any_of(std::initializer_list<IntentCondition> conditions) { return combine(conditions, " or ", false); }
IntentCondition all_of(std::initializer_list<IntentCondition> conditions) { return combine(conditions, " and ", true); }
IntentCondition otherwise() {
    return {"otherwise", [](const Intent&) { return true; }};
}

}  // namespace when

Verdict SeverityMatrix::verdict(const Intent& intent) const {
    for (const Row& row : rows_) {
        if (row.condition.holds(intent)) return row.verdict;
    }
    return omitted;
}

std::string verdict_name(const Verdict& verdict) { return verdict ? severity_name(*verdict) : "omitted"; }

}  // namespace flaqes
