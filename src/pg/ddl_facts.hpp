// What analyze_ddl reads of the catalog around each migration statement: a table's numbers and
// files (a rewrite gives it new ones), the objects that depend on it, the names of its
// constraints and indexes, a column's type and default, and whether a validated CHECK already
// proves a column NOT NULL. Each reader pins flaqes's settings for its own query only (the
// migration's statements run under the caller's); all need an open SPI connection.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/migration/ddl_risk.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// Runs f with a fresh active snapshot: flaqes's read-only queries see the statements the migration
// ran before (they would otherwise read the catalog as it was when analyze_ddl started).
void with_fresh_snapshot(const std::function<void()>& f);

struct RelationFacts {
    TableState state;   // created_in_migration is left to the caller
    std::string files;  // the relfilenodes of the heap (or of every leaf partition), in oid order
};

// nullopt when the relation does not exist.
std::optional<RelationFacts> relation_facts(Oid relation);

// The objects that depend on the relation (attnum 0) or on one of its columns in the normal way
// (those RESTRICT refuses to drop and CASCADE drops): "view s.v", or pg_describe_object's words.
std::vector<std::string> dependents(Oid relation, int attnum);

// The relation's constraints as "<contype>:<name>" and its indexes as "i:<name>".
std::vector<std::string> owned_names(Oid relation);

// A column's type as format_type writes it and its default expression ("" without one).
struct ColumnFacts {
    std::string type;
    std::string default_expression;
};
ColumnFacts column_facts(Oid relation, const std::string& column);

// Whether SET NOT NULL would skip its scan: the column is NOT NULL already, a validated CHECK
// constraint implies it (PostgreSQL's own test), or the column does not exist (the statement
// itself then fails).
bool not_null_proven(Oid relation, const std::string& column);

// The relations, those their foreign keys reference, those that reference them, and their
// partitions and partition parents: the neighbourhood a migration review analyzes (one query).
std::vector<Oid> neighbourhood(const std::vector<Oid>& relations);

// "ACCESS EXCLUSIVE", "SHARE ROW EXCLUSIVE", ...
std::string lock_name(LOCKMODE mode);

}  // namespace flaqes::pg
