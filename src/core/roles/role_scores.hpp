// The evidence role signals leave: weighted words per role. A signal is one small function in
// the registered list of roles.cpp; it reads a table and adds evidence for or against roles.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/roles.hpp"
#include "core/catalog/table_facts.hpp"

namespace flaqes {

inline constexpr std::size_t role_count = static_cast<std::size_t>(Role::eav) + 1;

struct Evidence {
    Signal signal;         // weight negative: evidence against
    bool by_name = false;  // read off a name only
};

class RoleScores {
public:
    // name: the signal's stable name (docs/roles_patterns.md lists them).
    void add(Role role, double weight, const char* name, std::string text);
    // Evidence read off a name alone: never enough to carry a role to 0.5 on its own.
    void add_name(Role role, double weight, const char* name, std::string text);
    // Sum of the role's weights, never below zero.
    double total(Role role) const;
    const std::vector<Evidence>& evidence(Role role) const;
    // True when every positive piece of evidence for the role is a name.
    bool names_only(Role role) const;

private:
    std::array<std::vector<Evidence>, role_count> by_role_;
};

struct RoleSignal {
    const char* name;
    void (*apply)(const TableFacts& table, RoleScores& scores);
};

// The registered signals, in the order they run.
const std::vector<RoleSignal>& role_signals();

// "a, b and 2 more": short lists of names inside signal texts.
std::string name_list(const std::vector<std::string>& names, std::size_t shown = 3);

// Signal groups (roles/*.cpp).
void junction_key(const TableFacts&, RoleScores&);
void link_only(const TableFacts&, RoleScores&);
void referenced_by_others(const TableFacts&, RoleScores&);
void entity_baseline(const TableFacts&, RoleScores&);
void natural_key(const TableFacts&, RoleScores&);
void lookup_shape(const TableFacts&, RoleScores&);
void lookup_name(const TableFacts&, RoleScores&);
void config_shape(const TableFacts&, RoleScores&);
void eav_triple(const TableFacts&, RoleScores&);
void polymorphic_reference(const TableFacts&, RoleScores&);
void fact_shape(const TableFacts&, RoleScores&);
void dimension_shape(const TableFacts&, RoleScores&);
void scd2_validity(const TableFacts&, RoleScores&);
void snapshot_key(const TableFacts&, RoleScores&);
void event_shape(const TableFacts&, RoleScores&);
void mutable_rows(const TableFacts&, RoleScores&);
void audit_shape(const TableFacts&, RoleScores&);
void queue_shape(const TableFacts&, RoleScores&);
void write_activity(const TableFacts&, RoleScores&);
void row_count(const TableFacts&, RoleScores&);

}  // namespace flaqes
