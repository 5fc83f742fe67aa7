// DDL around a change of column types: the views and triggers that use a changed column block
// ALTER COLUMN ... TYPE, so the script drops them first and re-creates them after, in the order
// their dependencies need (views of views included).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/analyze/finding.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes::ddl {

// Rewrites a deparsed definition for the columns' new type (e.g. enum casts to text); identity when empty.
using DefinitionRewrite = std::function<std::string(const std::string&)>;

// The views and triggers that use one of `changed`, and the views (and their triggers) that use
// those views, ordered so that each comes after everything it uses.
std::vector<const DependentObject*> dependents_using(const SchemaGraph& graph, const std::vector<ColumnUse>& changed);

// Wraps alternative.example_ddl (which changes the type of `changed`) in the DROP and re-creation of
// dependents_using(changed), and names them in its trade_off. Nothing when there are none.
void rebuild_dependents(const SchemaGraph& graph, const std::vector<ColumnUse>& changed, Alternative& alternative,
                        const DefinitionRewrite& rewrite = {});

}  // namespace flaqes::ddl
