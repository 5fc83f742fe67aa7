// The catalog model: what flaqes knows about the tables it studies. Built from catalog rows by
// src/pg/ (through schema_graph_builder.hpp), read by every analysis and by seed planning.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace flaqes {

using Oid = std::uint32_t;

struct QualifiedName {
    std::string schema;
    std::string name;

    // schema.name, each part double-quoted only where SQL needs it.
    std::string sql() const;
};

// Quotes an identifier the way Postgres's quote_identifier does: only when needed.
std::string quote_ident(std::string_view name);

enum class RelKind { table, partitioned_table, partition, view, materialized_view, foreign_table };
const char* relkind_name(RelKind kind);

enum class Identity { none, always, by_default };
enum class Generated { none, stored };

// Sequence behind a serial or identity column, for overflow checks.
struct SequenceInfo {
    Oid oid = 0;
    QualifiedName name;
    std::string data_type;                 // smallint | integer | bigint
    std::int64_t max_value = 0;
    std::optional<std::int64_t> last_value;  // null when never called, not readable, or read lean (CatalogLookups)
};

struct Column {
    int attnum = 0;
    std::string name;
    std::string type;          // as format_type prints it, e.g. "character varying(40)"
    Oid type_oid = 0;
    int typmod = -1;
    char type_type = 'b';      // pg_type.typtype: b base, c composite, d domain, e enum, r range, m multirange, p pseudo
    char type_category = 'U';  // pg_type.typcategory, e.g. N numeric, S string, A array, D datetime
    Oid element_type_oid = 0;  // for an array: the element type
    bool not_null = false;
    std::optional<std::string> default_expr;
    Identity identity = Identity::none;
    Generated generated = Generated::none;
    std::optional<std::string> comment;
    std::optional<SequenceInfo> sequence;
    // Planner statistics (pg_stats); absent when the table was never analyzed.
    std::optional<double> null_frac;
    std::optional<double> n_distinct;  // negative: a fraction of the row count, as in pg_stats
};

enum class FkAction { no_action, restrict, cascade, set_null, set_default };
const char* fk_action_name(FkAction action);
enum class FkMatch { simple, full, partial };
const char* fk_match_name(FkMatch match);

struct ForeignKey {
    std::string name;
    std::vector<int> attnums;
    std::vector<std::string> columns;
    Oid ref_oid = 0;
    QualifiedName ref;
    std::vector<int> ref_attnums;
    std::vector<std::string> ref_columns;
    FkAction on_delete = FkAction::no_action;
    FkAction on_update = FkAction::no_action;
    FkMatch match = FkMatch::simple;
    bool deferrable = false;
    bool initially_deferred = false;
    bool validated = true;
    bool inherited = false;  // cloned from the partitioned parent's foreign key
    Oid ref_index_oid = 0;  // the referenced table's unique index it relies on (pg_constraint.conindid)
};

// A PRIMARY KEY or UNIQUE constraint.
struct KeyConstraint {
    std::string name;
    std::vector<int> attnums;
    std::vector<std::string> columns;
    bool deferrable = false;
    bool nulls_not_distinct = false;
    Oid index_oid = 0;
};

struct CheckConstraint {
    std::string name;
    std::string expression;  // pg_get_expr of the constraint, e.g. "(price > (0)::numeric)"
    std::vector<int> attnums;
    std::vector<std::string> columns;
    bool validated = true;
    bool inherited = false;  // comes from a parent table (partitions, inheritance)
};

struct ExclusionConstraint {
    std::string name;
    std::string definition;  // pg_get_constraintdef
    std::vector<std::string> columns;
};

struct IndexKey {
    int attnum = 0;          // 0 for an expression
    std::string column;      // empty for an expression
    std::string expression;  // the key as pg_get_indexdef prints it (column name or expression)
    Oid opclass = 0;
    Oid collation = 0;
    bool descending = false;
    bool nulls_first = false;
};

struct Index {
    Oid oid = 0;
    std::string name;
    std::string method;  // btree, hash, gin, gist, brin, ...
    std::vector<IndexKey> keys;
    std::vector<std::string> include;
    bool unique = false;
    bool primary = false;
    bool exclusion = false;
    bool valid = true;
    bool nulls_not_distinct = false;
    bool inherited = false;  // a partition's copy of its parent's index (attached; dropped only with it)
    std::optional<std::string> predicate;
    std::optional<std::string> constraint;  // the constraint this index backs, if any
    std::string definition;                 // pg_get_indexdef; empty when read lean (CatalogLookups)
    std::optional<std::int64_t> scans;      // pg_stat_user_indexes.idx_scan
};

// Cumulative activity (pg_stat_user_tables); every field absent when there are no statistics.
struct TableStats {
    std::optional<std::int64_t> inserts;
    std::optional<std::int64_t> updates;
    std::optional<std::int64_t> deletes;
    std::optional<std::int64_t> live_tuples;
    std::optional<std::int64_t> seq_scans;
    std::optional<std::int64_t> idx_scans;
    bool analyzed = false;
};

struct Table {
    Oid oid = 0;
    QualifiedName name;
    RelKind kind = RelKind::table;
    std::vector<Column> columns;
    std::optional<KeyConstraint> primary_key;
    std::vector<ForeignKey> foreign_keys;
    std::vector<KeyConstraint> unique_constraints;
    std::vector<CheckConstraint> check_constraints;
    std::vector<ExclusionConstraint> exclusion_constraints;
    std::vector<Index> indexes;
    std::optional<std::string> comment;
    std::optional<double> row_estimate;  // reltuples; absent when never analyzed
    // Partitioning: strategy/key on a partitioned table, parent/bound on a partition.
    std::optional<std::string> partition_strategy;  // range | list | hash
    std::optional<std::string> partition_key;       // pg_get_partkeydef
    Oid partition_parent_oid = 0;
    std::optional<QualifiedName> partition_parent;
    std::optional<std::string> partition_bound;     // pg_get_expr(relpartbound)
    TableStats stats;

    const Column* column(std::string_view column_name) const;
    const Column* column_at(int attnum) const;
    bool is_relation_with_rows() const;  // a table, partition or partitioned table (not a view)
};

struct EnumType {
    Oid oid = 0;
    QualifiedName name;
    std::vector<std::string> labels;  // in sort order
};

struct DomainCheck {
    std::string name;
    std::string expression;
};

struct DomainType {
    Oid oid = 0;
    QualifiedName name;
    std::string base_type;  // format_type of the base type
    Oid base_type_oid = 0;
    int base_typmod = -1;
    bool not_null = false;
    std::optional<std::string> default_expr;
    std::vector<DomainCheck> checks;
};

// A standalone composite type (CREATE TYPE ... AS (...)); its attributes are described as
// columns are (name, type, typmod, typtype, category, element type; no constraints).
struct CompositeType {
    Oid oid = 0;
    QualifiedName name;
    std::vector<Column> attributes;  // in attnum order
};

// A view, materialized view or trigger that uses columns of the relations read (a view also when
// it uses such a view): changing the type of a column it uses fails until it is dropped, so DDL
// that changes one drops and re-creates it. Read from pg_depend.
enum class DependentKind { view, materialized_view, trigger };
const char* dependent_kind_name(DependentKind kind);

struct ColumnUse {
    Oid relation = 0;
    int attnum = 0;
};

struct DependentObject {
    DependentKind kind = DependentKind::view;
    Oid oid = 0;
    QualifiedName name;          // a trigger's name in the schema of its table
    QualifiedName table;         // a trigger's table; empty for a view
    std::string definition;      // pg_get_viewdef (the query) or pg_get_triggerdef (CREATE TRIGGER ...)
    std::optional<std::string> options;  // a view's reloptions, "security_barrier=true, ..."
    std::vector<ColumnUse> uses;  // columns it uses, of tables or of other views
};

// A user-defined range type (CREATE TYPE ... AS RANGE (subtype = ...)); its subtype described as
// a column is (no name, no constraints).
struct RangeType {
    Oid oid = 0;
    QualifiedName name;
    Column subtype;
};

struct SchemaGraph {
    std::vector<Table> tables;
    std::vector<EnumType> enums;
    std::vector<DomainType> domains;
    std::vector<CompositeType> composites;
    std::vector<DependentObject> dependents;
    std::vector<RangeType> ranges;

    // Rebuilds the lookup maps; call after filling the vectors.
    void index();
    const Table* table(Oid oid) const;
    const EnumType* enum_type(Oid oid) const;
    const DomainType* domain(Oid oid) const;
    const CompositeType* composite(Oid oid) const;
    // The views and triggers that use a column of `relation` (any column).
    std::vector<const DependentObject*> dependents_of(Oid relation) const;
    const RangeType* range(Oid oid) const;

private:
    std::unordered_map<Oid, std::size_t> table_by_oid_;
    std::unordered_map<Oid, std::size_t> enum_by_oid_;
    std::unordered_map<Oid, std::size_t> domain_by_oid_;
    std::unordered_map<Oid, std::size_t> composite_by_oid_;
    std::unordered_map<Oid, std::vector<std::size_t>> dependents_by_relation_;
    std::unordered_map<Oid, std::size_t> range_by_oid_;
};

}  // namespace flaqes
