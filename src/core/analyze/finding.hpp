// A design tension found in the schema: what the current design buys, what it risks, when it
// stops being fine, and what to do instead.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes {

enum class Category { normalization, performance, evolution, consistency };
const char* category_name(Category category);

enum class Severity { info, warning, critical };
const char* severity_name(Severity severity);

enum class Effort { low, medium, high };
const char* effort_name(Effort effort);

struct Alternative {
    std::string description;
    std::string trade_off;
    Effort effort = Effort::medium;
    std::optional<std::string> example_ddl;  // valid SQL for this very table, when DDL is the remedy
};

struct Finding {
    std::string id;    // rule:schema.table(detail): stable across runs, usable in intent.ignore
    std::string rule;
    Category category = Category::performance;
    Severity severity = Severity::info;
    Oid table = 0;
    std::vector<std::string> columns;
    std::string description;
    std::string current_benefit;
    std::string risk;
    std::string breaking_point;
    std::vector<Alternative> alternatives;
    double confidence = 0.0;
    json::Value evidence = json::Value::object();

    // Evidence from this database may move the intent's verdict: never above `cap`, never below
    // `floor` (a floor shows the finding even where the intent would leave it out). Set by the
    // rule; the engine applies them.
    std::optional<Severity> floor;
    std::optional<Severity> cap;
    std::string object;  // the "schema.table(detail)" part of the id, set by the rule
    // Related findings with one cause: the group's id object and how it reads. A per-schema rule
    // (Rule::group_remedy) groups by schema when this is empty; any other rule's findings that
    // name the same group become one finding when there are several.
    std::string group;
    std::string group_label;
};

json::Value alternatives_json(const std::vector<Alternative>& alternatives);

// The finding as one JSON object (the columns of flaqes.analyze, table as "schema.name").
json::Value finding_json(const Finding& finding, const SchemaGraph& graph);

}  // namespace flaqes
