// Pattern detectors: one small function per pattern, registered in patterns.cpp. Each reads a
// table and appends the instances it finds.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "core/patterns.hpp"
#include "core/catalog/table_facts.hpp"

namespace flaqes {

using Matches = std::vector<PatternMatch>;

struct PatternDetector {
    const char* pattern;
    void (*detect)(const TableFacts& table, Matches& out);
};

const std::vector<PatternDetector>& pattern_detectors();

// The weighed evidence of one match; add_if leaves out what was not seen.
class Signals {
public:
    Signals& add(const char* name, double weight, std::string detail);
    Signals& add_if(bool seen, const char* name, double weight, std::string detail);
    std::vector<Signal> list;
};

// A match of the table; its confidence is the signals' weights summed, rounded to two decimals
// and capped at 1.
PatternMatch pattern_match(const TableFacts& table, const char* pattern, std::vector<std::string> columns,
                           Signals signals, json::Value evidence);

// An evidence object from key/value pairs, in the order given; null values are left out.
json::Value evidence_of(std::initializer_list<std::pair<const char*, json::Value>> members);
json::Value text(const std::string& s);
json::Value texts(const std::vector<std::string>& items);

// Lifecycle and history (patterns/history.cpp).
void soft_delete(const TableFacts&, Matches&);
void scd2(const TableFacts&, Matches&);
void scd1(const TableFacts&, Matches&);
void audit_columns(const TableFacts&, Matches&);
void optimistic_locking(const TableFacts&, Matches&);
void event_sourcing(const TableFacts&, Matches&);
// Flexible attributes (patterns/attributes.cpp).
void jsonb_document(const TableFacts&, Matches&);
void jsonb_attributes(const TableFacts&, Matches&);
void jsonb_payload(const TableFacts&, Matches&);
void eav(const TableFacts&, Matches&);
void repeating_group(const TableFacts&, Matches&);
// References and keys (patterns/references.cpp).
void polymorphic_association(const TableFacts&, Matches&);
void exclusive_arc(const TableFacts&, Matches&);
void adjacency_tree(const TableFacts&, Matches&);
void adjacency_tree_unchecked(const TableFacts&, Matches&);
void materialized_path(const TableFacts&, Matches&);
void closure_table(const TableFacts&, Matches&);
void multi_tenant(const TableFacts&, Matches&);
void time_partitioning(const TableFacts&, Matches&);
void trinity_identifiers(const TableFacts&, Matches&);
// How the application runs (patterns/operations.cpp).
void job_queue(const TableFacts&, Matches&);
void framework_bookkeeping(const TableFacts&, Matches&);
void partition_template(const TableFacts&, Matches&);
void document_snapshot(const TableFacts&, Matches&);

}  // namespace flaqes
