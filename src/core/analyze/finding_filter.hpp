// What the intent's display controls leave out of an analysis: findings below min_severity or
// min_confidence, of rules not in `rules`, or on tables outside include/exclude. A filtered
// finding keeps its id (ids never depend on the controls).
#pragma once

#include <string_view>

#include "core/analyze/finding.hpp"
#include "core/intent.hpp"

namespace flaqes {

// A glob over "schema.table" when the pattern has a dot, over the table name alone otherwise:
// * is any run of characters, ? one character; case-sensitive, as catalog names are.
bool table_matches(std::string_view pattern, const QualifiedName& table);

// The table passes include/exclude.
bool table_selected(const Intent& intent, const QualifiedName& table);

// The finding, with its final severity, passes min_severity, min_confidence and rules.
bool finding_shown(const Intent& intent, const Finding& finding);

// Every name in intent.rules is a rule: Error 22023 naming the first unknown one, with the
// rule names in the hint.
void check_rule_names(const Intent& intent);

}  // namespace flaqes
