// Severity by intent, as a small decision table every rule declares: rows are read top to bottom
// and the first whose condition holds gives the severity (or leaves the finding out). The same
// rows render the intent -> severity matrix of the documentation.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/analyze/finding.hpp"
#include "core/intent.hpp"

namespace flaqes {

struct IntentCondition {
    std::string text;  // e.g. "workload = OLTP"
    std::function<bool(const Intent&)> holds;
};

namespace when {
IntentCondition workload(Workload value);
IntentCondition writes_at_least(WriteFrequency value);
IntentCondition writes_at_most(WriteFrequency value);
IntentCondition reads(ReadPattern value);
IntentCondition consistency(Consistency value);
IntentCondition evolution_at_least(EvolutionRate value);
IntentCondition evolution(EvolutionRate value);
IntentCondition volume_at_least(DataVolume value);
IntentCondition volume_at_most(DataVolume value);
IntentCondition any_of(std::initializer_list<IntentCondition> conditions);
IntentCondition all_of(std::initializer_list<IntentCondition> conditions);
IntentCondition otherwise();
}  // namespace when

// What a row concludes: a severity, or nullopt to leave the finding out for this intent.
using Verdict = std::optional<Severity>;
inline constexpr Verdict omitted = std::nullopt;

class SeverityMatrix {
public:
    struct Row {
        IntentCondition condition;
        Verdict verdict;
    };

    // The last row should be when::otherwise(); without one, an unmatched intent omits.
    SeverityMatrix(std::initializer_list<Row> rows) : rows_(rows) {}

    Verdict verdict(const Intent& intent) const;
    const std::vector<Row>& rows() const { return rows_; }

private:
    std::vector<Row> rows_;
};

std::string verdict_name(const Verdict& verdict);  // "info" | "warning" | "critical" | "omitted"

}  // namespace flaqes
