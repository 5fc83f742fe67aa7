// The seed plan: which tables get rows (the target and, through foreign keys, its parents), how
// many, in what order, which parents are reused, and how each column is filled and why. Built
// from the SchemaGraph without touching the database; src/pg/seed_executor.cpp carries it out.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/schema_graph.hpp"
#include "core/seed/generator.hpp"
#include "core/seed/options.hpp"

namespace flaqes::seed {

enum class Source {
    generator,    // a value generator (ours, or chosen by options)
    link,         // a foreign key column: a key of a parent row
    deferred,     // a foreign key column filled by an UPDATE after every insert (cycles, trees)
    sql,          // options.columns.<c>.sql, evaluated per row by Postgres
    database,     // left to the database: identity, serial, default, generated
    sequence,     // a serial/identity key of a NOT NULL cycle: nextval before the statement inserting it
    null,         // nullable and no generator for its type: left NULL
};
const char* source_name(Source source);

struct ColumnPlan {
    std::string name;
    std::string sql_type;  // format_type with typmod: the cast applied to the generated text
    bool not_null = false;
    Source source = Source::generator;
    GeneratorPtr generator;
    std::string generator_name;
    std::string reason;
    double null_fraction = 0;
    bool unique = false;       // filled from the row counter
    std::uint64_t key = 0;     // draw key of the column
    std::string sql;           // Source::sql
    std::vector<std::size_t> reads;  // Source::sql: the row's columns the expression reads (evaluated before it)
    int link = -1;             // Source::link / deferred: index into TablePlan::links
    // A digit of a composite unique key none of whose columns holds enough values alone: the
    // generator's counter is (row / digit_divisor) % digit_modulus (0: the plain counter).
    std::uint64_t digit_divisor = 1;
    std::uint64_t digit_modulus = 0;
    std::size_t link_position = 0;  // which column of the link's foreign key
    int set_count = -1;             // index into TablePlan::set_counts, or -1
};

// A CHECK bounding how many of several nullable columns are set (nonnull_count.hpp): per row the
// batch chooses which of them get a value (a foreign key column: a parent), the others NULL.
struct SetCount {
    std::string check;
    std::vector<std::size_t> columns;  // indexes into TablePlan::columns
    std::size_t min = 0;
    std::size_t max = 0;
};

enum class Pick {
    random,       // any parent row
    one_to_one,   // row i takes parent row i (the foreign key is unique)
    combination,  // the foreign keys of a unique key together enumerate parent combinations
    earlier_row,  // self-reference: an earlier row of the same call, the first rows are roots
};
const char* pick_name(Pick pick);

struct Link {
    std::string constraint;
    std::size_t parent = 0;               // index into Plan::tables
    std::vector<std::string> columns;     // in the child
    std::vector<std::string> ref_columns; // in the parent
    std::vector<std::size_t> pool_columns;  // positions of ref_columns in the parent's returning list
    Pick pick = Pick::random;
    std::size_t radix = 1;   // combination: product of the pool sizes of the links before this one
    int radix_group = -1;    // combination: the links of one unique key share a group
    // combination: the number of value combinations the key's generated columns enumerate
    // (their digits come first; 1 when the key has only foreign key columns)
    std::uint64_t radix_base = 1;
    bool deferred = false;
    // Positions in `columns` of the columns another key of the row fills (TablePlan::link_of): the
    // parent row is drawn among those that agree with the row's values there, so that overlapping
    // keys ((flow, dep) and (flow, step) -> steps) reference rows of one flow.
    std::vector<std::size_t> shared;
    double null_fraction = 0;  // Pick::random, nullable: rows that take no parent (a CHECK is searched)
    bool deferrable = false;  // the constraint is DEFERRABLE
    // A cycle of NOT NULL foreign keys broken at this DEFERRABLE one: its columns get placeholder
    // values on insert and real keys from the UPDATE, while the constraint is deferred (the
    // executor runs SET CONSTRAINTS ... DEFERRED / IMMEDIATE unless it is INITIALLY DEFERRED).
    bool constraint_deferred = false;
    bool initially_deferred = false;
    // A cycle of NOT NULL, non-deferrable foreign keys broken here: the parent comes later in the
    // insert order, and every table of the cycle is inserted by one statement (data-modifying
    // CTEs), whose foreign key checks run when all of them have their rows. The keys are
    // generated before that statement (TablePlan::statement_group).
    bool same_statement = false;
    // The parent's creation time (its position in the parent's returning list), which the child's
    // TablePlan::time_columns must not precede; -1 when the rule does not apply.
    int parent_time = -1;
};

struct TablePlan {
    Oid oid = 0;
    QualifiedName name;
    const Table* table = nullptr;
    std::int64_t rows = 0;
    bool reuse = false;      // no inserts: parent rows are read from the table
    bool is_target = false;
    std::string why;         // "target" or "parent of ..."
    std::uint32_t code = 0;  // uuid pattern table code
    std::vector<ColumnPlan> columns;  // in table order
    std::vector<std::size_t> generation_order;  // column indexes: lower ends of orderings first
    // A column naming the row's country whose values do not come from the row's place (an
    // option's value or list, a CHECK list, an enum, a lookup parent's key): generated first, its
    // value pins the place and person of the row (RowContext::pin_country). -1 when none.
    int country_column = -1;
    // The shortest length of the table's postal code, country, region and city columns: rows'
    // places are drawn among those that fit (RowContext::fit_place).
    PlaceLimits place_limits;
    // The row's event and creation times (created_at, order_date, visited_at...), not earlier than
    // the creation time of the parent rows it references (Link::parent_time).
    std::vector<std::size_t> time_columns;
    // The creation time of this table that children's times follow (parent_times.hpp), set before
    // its columns are planned: a now()-like default of it is replaced by generated times. -1: none.
    int followed_time = -1;
    // A child's unique time follows it: such times count through the whole window and cannot move,
    // so this table's creation times are drawn from the years before the window.
    bool followed_by_unique = false;
    std::vector<Link> links;
    std::vector<std::string> returning;   // columns to keep for children and deferred updates
    std::vector<ValueForm> returning_forms;  // per returning column: integer for smallint, integer, bigint
    std::vector<std::string> update_key;  // identifies rows for deferred updates
    std::vector<std::string> filters;     // CHECK expressions Postgres evaluates on generated rows
    std::vector<std::string> filter_names;
    std::vector<std::string> unmodelled_checks;  // CHECKs (names) flaqes cannot model, filtered or not
    std::vector<SetCount> set_counts;
    std::vector<std::string> counter_columns;  // integer unique columns: the counter starts past their max
    std::vector<std::int64_t> counter_bases;   // the value counter 0 maps to, per counter column
    // A unique column carries the counter inside values that cannot be read back (emails, codes):
    // the counter starts past the table's row count, on the assumption that earlier seeds made them.
    bool counter_past_row_count = false;
    bool overriding_system_value = false;

    // The link (index into links) a column belongs to, or -1.
    int link_of(const std::string& column) const;
    // Rows that collide with a unique key (rows already there, another session seeding) are
    // skipped with ON CONFLICT DO NOTHING and replaced by further generated rows.
    bool skip_conflicts = false;
    bool has_deferred = false;
    // A parent whose unique keys allow fewer rows than its children ask for (a single-row table):
    // the rows that fit are inserted where missing (ON CONFLICT DO NOTHING), then children pick
    // among every row of the table.
    bool fill_to_capacity = false;
    // Tables of one group (a NOT NULL cycle, see Link::same_statement) share this number and are
    // inserted together in one statement; -1 for the others.
    int statement_group = -1;
};

// Why the plan cannot be carried out as the schema stands (a table that cannot hold the rows): a
// warning in seed_plan, the error of seed (SQLSTATE 55000) before anything is inserted.
struct Refusal {
    std::string message;
    std::string detail;
    std::string hint;
};

struct Plan {
    std::vector<TablePlan> tables;  // in insertion order: parents first
    std::size_t target = 0;
    std::uint64_t seed = 0;
    bool seeded = false;  // options.seed given: identical data on every run
    Options options;
    std::vector<Refusal> refusals;
};

// Plans seeding `rows` rows into the table `target`. `random_seed` is used when options carry no
// seed. Throws flaqes::Error for anything that cannot be planned: unknown option names,
// a cycle of NOT NULL foreign keys, a column type without generator, unsatisfiable constraints.
Plan make_plan(const SchemaGraph& graph, Oid target, std::int64_t rows, const Options& options,
               std::uint64_t random_seed);

}  // namespace flaqes::seed
