// flaqes.analyze in the core: runs every registered rule over a context and returns the
// findings the intent keeps, with their severity, most severe first.
#pragma once

#include <set>
#include <vector>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"

namespace flaqes {

// The context with roles and patterns detected from the graph; `lookups` for a graph read lean.
AnalysisContext analysis_context(const SchemaGraph& graph, const Intent& intent,
                                 const CatalogLookups* lookups = nullptr);

// Findings ordered by severity (critical first), then table name, rule and id. Findings whose
// id or rule is in intent.ignore, or that the rule's matrix omits for this intent, are left out,
// as are those the intent's display controls filter (finding_filter.hpp). With `tables`, only
// the findings on those tables are kept, before per-schema findings are grouped: a schema-wide
// finding then lists only their objects (analyze_ddl compares a migration's tables this way).
std::vector<Finding> run_rules(const AnalysisContext& context, const std::set<Oid>* tables = nullptr);

}  // namespace flaqes
