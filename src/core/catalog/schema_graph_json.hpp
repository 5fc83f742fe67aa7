// The SchemaGraph as the JSON document flaqes.schema_graph() returns (documented in README.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// Enums and domains are listed when they live in one of `schemas` (all user schemas when
// nullopt) or when a listed column uses them.
json::Value schema_graph_json(const SchemaGraph& graph, const std::optional<std::vector<std::string>>& schemas);

// Small builders shared by every JSON renderer of the core.
namespace jsonv {
json::Value str(const std::string& s);
json::Value opt_str(const std::optional<std::string>& s);
json::Value strings(const std::vector<std::string>& items);
json::Value opt_number(const std::optional<double>& d);
json::Value opt_int(const std::optional<std::int64_t>& i);
json::Value name(const QualifiedName& n);  // {"schema": ..., "name": ...}
}  // namespace jsonv

}  // namespace flaqes
