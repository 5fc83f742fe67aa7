// A tension rule: one small unit with its name, category, what triggers it, its severity by
// intent, and the check that finds its instances. Every rule is listed once, in registry.cpp.
#pragma once

#include <string>
#include <vector>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"
#include "core/analyze/severity_matrix.hpp"

namespace flaqes {

struct Rule {
    const char* name;
    Category category;
    const char* triggers;  // one sentence for the rule catalogue
    SeverityMatrix severity;
    // Appends one finding per instance. The rule fills everything but id, rule, category and
    // severity, which the engine derives (from `object`, the rule and the matrix).
    void (*check)(const AnalysisContext& context, std::vector<Finding>& out);
    // A hygiene rule reports once per schema: its findings that carry no evidence of their own
    // (no severity floor) become one finding "rule:schema" listing the objects, with one script.
    // `group_remedy` describes that script.
    const char* group_remedy = nullptr;
    // A finding of this rule is left out when a finding of rule `subsumed_by` covers the same
    // table and columns (its remedy already includes this one's).
    const char* subsumed_by = nullptr;
    bool per_schema() const { return group_remedy != nullptr; }
};

// Every rule, in catalogue order.
const std::vector<const Rule*>& rule_registry();

// A finding on `table`, its id object "schema.table" plus "(detail)" when detail is not empty.
Finding finding_on(const Table& table, const std::string& detail = {});

}  // namespace flaqes
