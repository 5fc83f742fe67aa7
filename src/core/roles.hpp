// Table roles: what each table is for, as hypotheses with a confidence and the evidence.
#pragma once

#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"
#include "core/signal.hpp"
#include "core/catalog/table_facts.hpp"

namespace flaqes {

enum class Role {
    entity,  // an ordinary OLTP entity: the default hypothesis
    fact,
    dimension,
    event_log,
    junction,
    scd2,
    snapshot,
    lookup,
    config,
    audit_log,
    polymorphic,
    queue,
    eav,
};
const char* role_name(Role role);

struct RoleHypothesis {
    Role role = Role::entity;
    double confidence = 0.0;      // in [0, 1]
    std::vector<Signal> signals;  // the evidence, strongest first
};

// The evidence in words, one line per signal ("against: ..." for evidence against).
std::vector<std::string> signal_texts(const RoleHypothesis& hypothesis);

struct TableRole {
    Oid table = 0;
    RoleHypothesis best;
    std::vector<RoleHypothesis> alternatives;  // other plausible roles, most likely first
};

// One entry per table of the graph that holds rows (tables, partitioned tables; partitions
// take their parent's role and are left out), in graph order.
std::vector<TableRole> detect_roles(const GraphFacts& facts);
// The same, building the graph facts (when nothing else needs them).
std::vector<TableRole> detect_roles(const SchemaGraph& graph);

}  // namespace flaqes
