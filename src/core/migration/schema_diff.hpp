// flaqes.diff in the core: what changed between two catalog models (tables, columns, constraints,
// indexes, partitions, views, enums, domains), and between the findings an intent gives on each.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analyze/finding.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes {

struct SchemaChange {
    std::string change;       // added | removed | altered; for tensions: introduced | resolved | changed
    std::string object_type;  // table | partitioned_table | partition | view | materialized_view | foreign_table |
                              // column | constraint | index | enum | domain | tension
    std::string object;       // the object's own name (a column, an index, a finding id, ...)
    std::string table;        // the qualified table it belongs to ("" for types)
    std::string attribute;    // what was altered (type, default, nullability, definition, ...); "" otherwise
    std::optional<std::string> before;
    std::optional<std::string> after;
    std::string rule;         // tensions: the finding's rule
};

// Objects matched by name (a renamed object is one removed and one added), in the order of the
// after model, removals after the objects that held them.
std::vector<SchemaChange> diff_schemas(const SchemaGraph& before, const SchemaGraph& after);

// Findings matched by id: introduced (only after), resolved (only before), changed (severity).
std::vector<SchemaChange> diff_findings(const std::vector<Finding>& before, const SchemaGraph& before_graph,
                                        const std::vector<Finding>& after, const SchemaGraph& after_graph);

// "PRIMARY KEY (id)", "FOREIGN KEY (a) REFERENCES s.t (b) ON DELETE cascade", "CHECK (...)": a
// constraint as one comparable line, NOT VALID left out (the `validated` attribute says it).
std::string key_definition(const KeyConstraint& key, bool primary);
std::string foreign_key_definition(const ForeignKey& fk);

}  // namespace flaqes
