// One finding per problem: hygiene rules speak once per schema, and a finding whose remedy another
// finding's remedy already contains is left out.
#pragma once

#include <vector>

#include "core/analyze/finding.hpp"
#include "core/analyze/rule.hpp"

namespace flaqes {

// The findings of one rule, as run_rules collected them.
struct RuleFindings {
    const Rule* rule = nullptr;
    std::vector<Finding> findings;
};

// Drops subsumed findings, then folds each per-schema rule's findings without a severity floor
// into one finding per schema and Finding::group (id "rule:schema", or "rule:group" when the rule
// set one; evidence.objects lists the members' objects; the scripts of the members' first
// alternatives are joined into one). Other rules' findings that name a Finding::group are folded
// the same way when the group has several members.
void consolidate(std::vector<RuleFindings>& by_rule, const SchemaGraph& graph);

}  // namespace flaqes
