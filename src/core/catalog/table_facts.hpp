// What role signals and pattern detectors both read off a table: its names as words, column
// kinds, column groups (validity pairs, polymorphic pairs, entity-attribute-value triples), and
// the graph around it (who references it, its activity summed over partitions).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// Lower-case words of an identifier: "InvoiceLineId" and "invoice_line_id" both give
// invoice_line_id, so one word list serves snake_case and PascalCase schemas.
std::string snake_name(std::string_view name);

bool is_temporal(const Column& c);  // date, timestamp, timestamptz
bool is_numeric(const Column& c);
bool is_integer(const Column& c);   // smallint, integer, bigint
bool is_boolean(const Column& c);
bool is_textual(const Column& c);   // text, varchar, char, enums
bool is_json(const Column& c);      // json, jsonb
bool is_range(const Column& c);

// True when the word list holds the snake name.
bool named(const std::string& snake, std::initializer_list<std::string_view> words);
bool ends_with(std::string_view s, std::string_view suffix);
bool starts_with(std::string_view s, std::string_view prefix);

// A temporal pair bounding the validity of a row version: valid_from/valid_to, effective_*, ...
// A start column alone counts with a current flag or a version number beside it.
struct ValidityColumns {
    std::string from;
    std::string to;                           // empty: a start alone (valid_from + is_current)
    std::optional<std::string> current_flag;  // is_current, current_flag, ...
    std::optional<std::string> version;       // version, version_number, ...: numbered versions
};

// A (kind, id) pair naming a row of one of several tables, with no foreign key on the id.
struct PolymorphicPair {
    std::string type_column;
    std::string id_column;
};

struct EavTriple {
    std::string entity;
    std::string attribute;
    std::vector<std::string> values;
};

// The graph seen from each table: computed once per analysis.
class GraphFacts {
public:
    explicit GraphFacts(const SchemaGraph& graph);

    const SchemaGraph& graph() const { return graph_; }
    // Other tables (not partitions) with a foreign key to this one, in graph order.
    const std::vector<const Table*>& referenced_by(Oid table) const;
    // Tables referenced by foreign keys declared only on the partitions of this table.
    const std::vector<Oid>& partition_references(Oid table) const;
    // Activity of the table, summed over its partitions for a partitioned table.
    const TableStats& activity(const Table& table) const;
    // Estimated rows (summed over partitions); absent when never analyzed.
    std::optional<double> rows(const Table& table) const;
    std::int64_t partition_count(Oid table) const;
    // Tables and partitioned tables (not partitions, views, ...) with a column of this name.
    std::int64_t tables_with_column(const std::string& name) const;
    // TableFacts::looks_like_fact, once per table however many tables it references.
    bool looks_like_fact(const Table& table) const;

private:
    const SchemaGraph& graph_;
    std::unordered_map<Oid, std::int64_t> partition_counts_;
    // Counted once per name asked (a detector asks for each table's tenant column).
    mutable std::unordered_map<std::string, std::int64_t> tables_with_column_;
    mutable std::unordered_map<Oid, bool> looks_like_fact_;
    std::unordered_map<Oid, std::vector<const Table*>> referenced_by_;
    std::unordered_map<Oid, std::vector<Oid>> partition_references_;
    std::unordered_map<Oid, TableStats> partitioned_activity_;
    std::unordered_map<Oid, double> partitioned_rows_;
};

// One table with its column names in snake form and the groups detectors share.
class TableFacts {
public:
    TableFacts(const GraphFacts& graph, const Table& table);

    const GraphFacts& graph;
    const Table& table;
    const std::string snake;  // the table name

    const std::string& snake_of(const Column& c) const;
    // The first column whose snake name is in the list.
    const Column* column_named(std::initializer_list<std::string_view> words) const;
    bool in_foreign_key(const Column& c) const;
    bool in_primary_key(const Column& c) const;
    // Tables this one references (itself left out), without repeats.
    std::vector<const Table*> references() const;
    // Names of the tables this one references, itself left out, without repeats, including tables
    // outside the schemas read: evidence must not change with the schemas an analysis is given.
    std::vector<std::string> referenced_names() const;
    // What dates a row as an event: a date/time column that is not bookkeeping (created_at, ...),
    // or a foreign key to a calendar table (date_key -> dim_date). Empty when nothing does.
    std::string dated_by() const;
    // Numeric columns that hold quantities: not keys, not identifiers, not codes.
    std::vector<const Column*> measures() const;
    // created_at, updated_at, created_by, ... : bookkeeping rather than content.
    bool is_audit_column(const Column& c) const;
    const Column* update_marker() const;  // updated_at, modified_at, last_update, ...

    // A primary or unique key holding this column and at least one other.
    const std::vector<std::string>* key_including(const std::string& column) const;
    bool named_fact() const;  // fact_*, *_fact, ...
    // Structure alone says it records dated measures against several other tables.
    bool looks_like_fact() const;
    bool referenced_by_fact() const;

    std::optional<ValidityColumns> validity() const;
    std::vector<PolymorphicPair> polymorphic_pairs() const;
    std::optional<EavTriple> eav() const;

private:
    std::vector<std::string> column_snakes_;
    std::uint64_t column_name_bits_ = 0;  // column_named's quick rejection (table_facts.cpp)
};

}  // namespace flaqes
