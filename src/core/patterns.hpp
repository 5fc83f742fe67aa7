// Design patterns found in the schema: soft delete, SCD2, polymorphic associations, ...
#pragma once

#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/catalog/schema_graph.hpp"
#include "core/signal.hpp"
#include "core/catalog/table_facts.hpp"

namespace flaqes {

struct PatternMatch {
    Oid table = 0;
    std::string pattern;               // e.g. "soft_delete" (names listed in README.md)
    std::vector<std::string> columns;  // the columns that carry it
    double confidence = 0.0;           // in [0, 1]: the signals' weights summed, capped at 1
    json::Value evidence;              // an object: what was seen
    std::vector<Signal> signals;       // why, in the order weighed
};

// Every pattern instance of the graph's tables, grouped by table in graph order.
std::vector<PatternMatch> detect_patterns(const GraphFacts& facts);
// The same, building the graph facts (when nothing else needs them).
std::vector<PatternMatch> detect_patterns(const SchemaGraph& graph);

}  // namespace flaqes
