// Value generators: one small unit per kind of value, chosen for a column from its type, name and
// constraints by the registry (generator_registry.cpp). A generator writes the value as text, the
// form Postgres casts to the column type.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "core/catalog/schema_graph.hpp"
#include "core/seed/check_model.hpp"
#include "core/seed/values/rng.hpp"
#include "core/seed/values/semantic.hpp"
#include "core/seed/options.hpp"

namespace flaqes::seed {

// What the other columns of the row hold so far: ordinals (numbers, days, seconds) of columns
// generated earlier, for orderings such as updated_at >= created_at.
struct RowState {
    std::vector<std::int64_t> ordinal;
    std::vector<bool> has_ordinal;
    // While the row's time column is generated: the latest creation time of the parent rows it
    // references, in the column's ordinal units (TablePlan::time_columns).
    std::optional<std::int64_t> not_before;
};

struct GenerateInput {
    Rng& draw;
    std::uint64_t counter;  // unique per row of the table, across calls: offset + row index
    const RowState& row;
    RowContext& context;    // the person and place this row is about (realistic values agree)
};

// How a generator's values travel to Postgres. Text is parsed by the column type's input function;
// the other forms are a number the executor turns into the value itself, with no text on either
// side (parsing timestamps was a tenth of a bulk seed):
enum class ValueForm {
    text,
    integer,      // the value of a smallint, integer or bigint column
    decimal,      // the value of a numeric column times 10^Generator::scale()
    date,         // days since 1970-01-01
    timestamp,    // seconds since 1970-01-01 00:00:00, wall clock (timestamp without time zone)
    timestamptz,  // seconds since 1970-01-01 00:00:00 UTC
};
inline bool is_time_form(ValueForm form) {
    return form == ValueForm::date || form == ValueForm::timestamp || form == ValueForm::timestamptz;
}

class Generator {
public:
    virtual ~Generator() = default;
    // Appends the value's text to out. Returns false (and appends nothing) for NULL.
    // `ordinal` receives the value's position when the generator is ordered (numbers, dates, times).
    virtual bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const = 0;
    // The form of the values of the column this generator was chosen for; text unless the
    // generator overrides generate_number as well.
    virtual ValueForm form() const { return ValueForm::text; }
    // For a form other than text: the value as that number, which is also its ordinal (as
    // generate would give it).
    virtual std::int64_t generate_number(GenerateInput& in) const;
    // For ValueForm::decimal: the digits after the point.
    virtual int scale() const { return 0; }
    // How many distinct values a unique column can take; nullopt when practically unbounded.
    virtual std::optional<std::uint64_t> capacity() const { return std::nullopt; }
    // For a unique integer column: the value of counter 0, so the executor can start the counter
    // past the largest value already in the table.
    virtual std::optional<std::int64_t> counter_base() const { return std::nullopt; }
};

using GeneratorPtr = std::shared_ptr<const Generator>;

// A column that another must not precede (strict: must be greater).
struct Precedence {
    std::size_t column = 0;
    bool strict = true;
};

// Everything the registry looks at to choose a column's generator.
struct ColumnSpec {
    std::string table_name;   // for messages
    std::string column_name;
    Oid type_oid = 0;         // after resolving domains to their base type
    int typmod = -1;
    char type_type = 'b';
    char type_category = 'U';
    Oid element_type_oid = 0;
    std::string type_name;    // as declared, for messages
    std::vector<std::string> enum_labels;  // enum columns (or arrays of enums)
    std::vector<ColumnSpec> attributes;    // composites (or arrays of them): one spec per attribute, named after it
    ColumnRules rules;        // from CHECK constraints and domain checks
    bool unique = false;      // part of a key that this column makes unique by its counter
    std::string unique_key;   // that key's constraint (or unique index), for messages
    UuidMode uuid = UuidMode::random;
    std::uint32_t table_code = 0;  // for uuid patterns
    std::vector<Precedence> after;  // columns (generated earlier in the row) this one must not precede
    std::int64_t after_within = 0;  // at most this far past the latest of those columns, in ordinal units (0: an eighth of the range)
    bool leaves_room = false;  // another column must be greater: stay below the top of the range
};

// The error (22023) for a unique column that has no values left: names the table, the column
// and the key's constraint.
Error out_of_unique_values(const ColumnSpec& spec, const std::string& detail, const std::string& hint);

// What out_of_unique_values needs of a spec, for generators to keep.
inline ColumnSpec message_names(const ColumnSpec& spec) {
    ColumnSpec names;
    names.table_name = spec.table_name;
    names.column_name = spec.column_name;
    names.unique_key = spec.unique_key;
    return names;
}

struct ChosenGenerator {
    GeneratorPtr generator;
    std::string name;    // e.g. "integer", "enum", "check_list"
    std::string reason;  // why, for seed_plan
};

// Chooses the generator for a column. Throws Error 0A000 naming the column when its type cannot
// be generated, or 22023 when a constraint cannot be satisfied (e.g. more unique rows than values).
ChosenGenerator choose_generator(const ColumnSpec& spec);

// The generator of a given name (options.columns.<c>.generator), or nullopt when unknown.
std::optional<ChosenGenerator> generator_by_name(const std::string& name, const ColumnSpec& spec);

// Names accepted by generator_by_name, for hints.
std::string generator_names();

// Draws from a fixed list of values (enum labels, CHECK lists, options lists).
GeneratorPtr make_choice_generator(std::vector<TextValue> values, bool unique);

// Always the same value.
GeneratorPtr make_constant_generator(TextValue value);

}  // namespace flaqes::seed
