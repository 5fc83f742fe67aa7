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
};

// Every rule, in catalogue order.
const std::vector<const Rule*>& rule_registry();

// A finding on `table`, its id object "schema.table" plus "(detail)" when detail is not empty.
Finding finding_on(const Table& table, const std::string& detail = {});

}  // namespace flaqes
