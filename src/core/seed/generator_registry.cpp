// The list of generators and how one is chosen for a column: the first entry that accepts the
// column wins, so constraint-driven entries (CHECK lists, patterns) come before type-driven ones.
#include <fmt/format.h>

#include <functional>

#include "core/error.hpp"
#include "core/seed/composite_generator.hpp"
#include "core/seed/generator.hpp"
#include "core/seed/geometric_generators.hpp"
#include "core/seed/misc_generators.hpp"
#include "core/seed/ordinal_generators.hpp"
#include "core/seed/realistic_generator.hpp"
#include "core/seed/text_generators.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

bool is(const ColumnSpec& s, std::initializer_list<Oid> oids) {
    for (Oid o : oids) {
        if (s.type_oid == o) return true;
    }
    return false;
}

// The length limit from the type (varchar(n), char(n), name, "char") and CHECK length bounds.
std::optional<std::int64_t> max_length(const ColumnSpec& s) {
    std::optional<std::int64_t> n = s.rules.max_length;
    std::optional<std::int64_t> type_limit;
    if (is(s, {type_oid::varchar, type_oid::bpchar}) && s.typmod >= 4) type_limit = s.typmod - 4;
    if (is(s, {type_oid::bpchar}) && s.typmod < 0) type_limit = 1;
    if (is(s, {type_oid::name})) type_limit = 63;
    if (is(s, {type_oid::char_})) type_limit = 1;
    if (type_limit) n = n ? std::min(*n, *type_limit) : *type_limit;
    return n;
}

constexpr std::int64_t day = 86400;
const std::int64_t day_2000 = days_from_civil(2000, 1, 1);
const std::int64_t day_2020 = days_from_civil(2020, 1, 1);
const std::int64_t day_2025_end = days_from_civil(2025, 12, 31);

ChosenGenerator ordinal(const ColumnSpec& s, const char* name, OrdinalFormat f, OrdinalRange limits, OrdinalRange window,
                        std::string reason) {
    const OrdinalRange r = ordinal_range(s, f, limits, window);
    return {make_ordinal_generator(s, f, r), name, std::move(reason)};
}

ChosenGenerator integer(const ColumnSpec& s) {
    OrdinalRange limits{INT64_MIN, INT64_MAX};
    if (is(s, {type_oid::int2})) limits = {-32768, 32767};
    if (is(s, {type_oid::int4})) limits = {INT32_MIN, INT32_MAX};
    if (is(s, {type_oid::oid})) limits = {1, 4294967295LL};
    // Unique integers count up from 1 (or the CHECK's lower bound) to the type's limit.
    const OrdinalRange window = s.unique ? OrdinalRange{1, limits.hi} : OrdinalRange{1, 1000};
    return ordinal(s, "integer", {OrdinalKind::integer, 0}, limits, window,
                   s.unique ? "integer type; unique: counts up past the existing rows" : "integer type");
}

ChosenGenerator decimal(const ColumnSpec& s) {
    int scale = 2;
    std::int64_t max_units = INT64_MAX / 4;
    if (is(s, {type_oid::numeric}) && s.typmod >= 4) {
        const int precision = ((s.typmod - 4) >> 16) & 0xffff;
        scale = std::max(0, std::min(6, static_cast<int>(static_cast<std::int16_t>((s.typmod - 4) & 0xffff))));
        const int whole_digits = precision - static_cast<int>(static_cast<std::int16_t>((s.typmod - 4) & 0xffff));
        if (whole_digits + scale <= 17) {
            std::int64_t p = 1;
            for (int i = 0; i < whole_digits + scale; ++i) p *= 10;
            max_units = p - 1;
        }
    }
    std::int64_t unit = 1;
    for (int i = 0; i < scale; ++i) unit *= 10;
    const OrdinalRange limits{-max_units, max_units};
    // From 1 up, or from the smallest unit when the type holds no whole digits (numeric(4,4): rates).
    const std::int64_t low = max_units < unit ? 1 : unit;
    const OrdinalRange window = s.unique ? OrdinalRange{low, max_units} : OrdinalRange{low, std::min(max_units, 1000 * unit)};
    const char* name = is(s, {type_oid::money}) ? "money" : is(s, {type_oid::numeric}) ? "numeric" : "float";
    return ordinal(s, name, {OrdinalKind::decimal, scale}, limits, window,
                   fmt::format("{} type, {} decimal places", s.type_name, scale));
}

// One generator per attribute, chosen as for a column named after the attribute. An attribute
// without generator stays NULL unless a domain forbids it; a unique column counts up in its first
// attribute that has a generator.
ChosenGenerator composite(const ColumnSpec& s) {
    std::vector<GeneratorPtr> generators;
    std::optional<std::size_t> unique_attribute;
    std::string chosen;
    for (const ColumnSpec& attribute : s.attributes) {
        ColumnSpec a = attribute;
        a.unique = s.unique && !unique_attribute;
        a.unique_key = s.unique_key;
        GeneratorPtr g;
        std::string name = "NULL";
        try {
            const ChosenGenerator c = choose_generator(a);
            g = c.generator;
            name = c.name;
            if (a.unique) unique_attribute = generators.size();
        } catch (const Error& e) {
            if (e.code() != sqlstate::feature_not_supported || a.rules.not_null) {
                throw Error(e.code(),
                            fmt::format("cannot generate attribute \"{}\" (type {}) of composite column \"{}\" of table {}",
                                        a.column_name, a.type_name, s.column_name, s.table_name),
                            e.detail().empty() ? e.what() : e.detail(),
                            fmt::format("Give the column its values in options, e.g. {{\"columns\": {{\"{}\": "
                                        "{{\"sql\": \"...\"}}}}}} or a constant row literal.",
                                        s.column_name));
            }
        }
        generators.push_back(std::move(g));
        chosen += fmt::format("{}{} {}", chosen.empty() ? "" : ", ", a.column_name, name);
    }
    return {make_composite_generator(std::move(generators), unique_attribute), "composite",
            fmt::format("composite type {}: {}", s.type_name, chosen)};
}

struct Entry {
    const char* name;
    std::function<bool(const ColumnSpec&)> accepts;
    std::function<ChosenGenerator(const ColumnSpec&)> make;
};

const std::vector<Entry>& registry() {
    static const std::vector<Entry> entries = {
        {"check_list", [](const ColumnSpec& s) { return s.rules.allowed.has_value(); },
         [](const ColumnSpec& s) {
             std::vector<TextValue> values(s.rules.allowed->begin(), s.rules.allowed->end());
             if (values.empty()) {
                 throw Error(sqlstate::invalid_parameter_value,
                             fmt::format("no value of column \"{}\" of table {} satisfies its CHECK constraints",
                                         s.column_name, s.table_name),
                             "The constraints allow no common value.", "Check the CHECK constraints of the column.");
             }
             return ChosenGenerator{make_choice_generator(values, s.unique), "check_list", "CHECK allows only listed values"};
         }},
        {"enum", [](const ColumnSpec& s) { return s.type_type == 'e'; },
         [](const ColumnSpec& s) {
             std::vector<TextValue> values(s.enum_labels.begin(), s.enum_labels.end());
             return ChosenGenerator{make_choice_generator(values, s.unique), "enum", "labels of enum " + s.type_name};
         }},
        {"composite", [](const ColumnSpec& s) { return s.type_type == 'c' && !s.attributes.empty(); }, composite},
        {"realistic", [](const ColumnSpec& s) { return s.rules.regex && make_pattern_kind_generator(s); },
         [](const ColumnSpec& s) {
             const Semantic kind = realistic_kind(s);
             return ChosenGenerator{make_pattern_kind_generator(s), semantic_name(kind),
                                    fmt::format("column name and type read as {}, whose values match the CHECK pattern {}",
                                                semantic_name(kind), *s.rules.regex)};
         }},
        {"regex", [](const ColumnSpec& s) { return s.rules.regex && s.type_category == 'S' && make_regex_generator(s); },
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_regex_generator(s), "regex", "CHECK requires the pattern " + *s.rules.regex};
         }},
        {"like", [](const ColumnSpec& s) { return s.rules.like && s.type_category == 'S'; },
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_like_generator(s, max_length(s)), "like", "CHECK requires LIKE " + *s.rules.like};
         }},
        {"realistic", [](const ColumnSpec& s) { return realistic_kind(s) != Semantic::none; },
         [](const ColumnSpec& s) {
             const Semantic kind = realistic_kind(s);
             std::string reason = fmt::format("column name and type read as {}", semantic_name(kind));
             if (kind_range(kind) && (s.rules.lower || s.rules.upper)) reason += ", within the CHECK bounds";
             if (s.unique && !embeds_row_number(kind)) reason += "; unique: the row number after the value";
             return ChosenGenerator{make_realistic_generator(s, kind), semantic_name(kind), reason};
         }},
        {"boolean", [](const ColumnSpec& s) { return is(s, {type_oid::boolean}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::boolean, s), "boolean", "boolean type"}; }},
        {"integer", [](const ColumnSpec& s) { return is(s, {type_oid::int2, type_oid::int4, type_oid::int8, type_oid::oid}); },
         integer},
        {"numeric", [](const ColumnSpec& s) { return is(s, {type_oid::numeric, type_oid::float4, type_oid::float8, type_oid::money}); },
         decimal},
        {"date", [](const ColumnSpec& s) { return is(s, {type_oid::date}); },
         [](const ColumnSpec& s) {
             return ordinal(s, "date", {OrdinalKind::date, 0}, {day_2000 - 365 * 1000, day_2000 + 365 * 1000},
                            s.unique ? OrdinalRange{day_2020, day_2000 + 365 * 1000} : OrdinalRange{day_2020, day_2025_end},
                            s.unique ? "date type, 2020 to 2025; unique: one day after another from 2020-01-01"
                                     : "date type, 2020 to 2025");
         }},
        {"timestamp", [](const ColumnSpec& s) { return is(s, {type_oid::timestamp, type_oid::timestamptz}); },
         [](const ColumnSpec& s) {
             const OrdinalKind k = is(s, {type_oid::timestamp}) ? OrdinalKind::timestamp : OrdinalKind::timestamptz;
             return ordinal(s, "timestamp", {k, 0}, {(day_2000 - 365 * 1000) * day, (day_2000 + 365 * 1000) * day},
                            OrdinalRange{day_2020 * day, day_2025_end * day + day - 1},
                            s.unique ? "timestamp type, 2020 to 2025; unique: the row counter spread over the range"
                                     : "timestamp type, 2020 to 2025");
         }},
        {"time", [](const ColumnSpec& s) { return is(s, {type_oid::time, type_oid::timetz}); },
         [](const ColumnSpec& s) {
             const OrdinalKind k = is(s, {type_oid::time}) ? OrdinalKind::time : OrdinalKind::timetz;
             return ordinal(s, "time", {k, 0}, {0, day - 1}, {0, day - 1}, "time of day");
         }},
        {"interval", [](const ColumnSpec& s) { return is(s, {type_oid::interval}); },
         [](const ColumnSpec& s) {
             return ordinal(s, "interval", {OrdinalKind::interval, 0}, {0, INT32_MAX}, {60, 30 * day}, "interval, a minute to 30 days");
         }},
        {"uuid", [](const ColumnSpec& s) { return is(s, {type_oid::uuid}); },
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_misc_generator(MiscKind::uuid, s), "uuid",
                                    s.uuid == UuidMode::pattern ? "uuid type, pattern: table code and row number" : "uuid type, random version 4"};
         }},
        {"json", [](const ColumnSpec& s) { return is(s, {type_oid::json, type_oid::jsonb}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::json, s), "json", "json type: a small object"}; }},
        {"bytea", [](const ColumnSpec& s) { return is(s, {type_oid::bytea}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::bytea, s), "bytea", "bytea type"}; }},
        {"network", [](const ColumnSpec& s) { return is(s, {type_oid::inet, type_oid::cidr, type_oid::macaddr, type_oid::macaddr8}); },
         [](const ColumnSpec& s) {
             const MiscKind k = is(s, {type_oid::inet}) ? MiscKind::inet : is(s, {type_oid::cidr}) ? MiscKind::cidr
                              : is(s, {type_oid::macaddr}) ? MiscKind::macaddr : MiscKind::macaddr8;
             return ChosenGenerator{make_misc_generator(k, s), "network", s.type_name + " type"};
         }},
        {"bit", [](const ColumnSpec& s) { return is(s, {type_oid::bit, type_oid::varbit}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::bits, s), "bit", s.type_name + " type"}; }},
        {"geometry", [](const ColumnSpec& s) { return is(s, {type_oid::point}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::point, s), "point", "point type"}; }},
        {"shape", [](const ColumnSpec& s) { return is_geometric(s.type_oid); },
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_geometric_generator(s), "shape", s.type_name + " type: a small shape"};
         }},
        {"tsvector", [](const ColumnSpec& s) { return is(s, {type_oid::tsvector}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::tsvector, s), "tsvector", "tsvector type"}; }},
        {"xml", [](const ColumnSpec& s) { return is(s, {type_oid::xml}); },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::xml, s), "xml", "xml type"}; }},
        {"range", [](const ColumnSpec& s) {
             return is(s, {type_oid::int4range, type_oid::int8range, type_oid::numrange, type_oid::daterange,
                           type_oid::tsrange, type_oid::tstzrange});
         },
         [](const ColumnSpec& s) { return ChosenGenerator{make_misc_generator(MiscKind::range, s), "range", s.type_name + " type"}; }},
        {"subtype_range", [](const ColumnSpec& s) { return s.type_type == 'r' && s.attributes.size() == 1; },
         [](const ColumnSpec& s) {
             ColumnSpec bound = s.attributes.front();
             bound.unique = s.unique;
             bound.unique_key = s.unique_key;
             const ChosenGenerator g = choose_generator(bound);
             return ChosenGenerator{make_subtype_range_generator(bound, g.generator), "range",
                                    fmt::format("range type {} over {}: ordered bounds from {}", s.type_name, bound.type_name, g.name)};
         }},
        {"array", [](const ColumnSpec& s) { return s.type_category == 'A' && s.element_type_oid != 0; },
         [](const ColumnSpec& s) {
             ChosenGenerator element = choose_generator(array_element_spec(s));
             return ChosenGenerator{make_array_generator(s, element.generator), "array",
                                    fmt::format("array of {} values", element.name)};
         }},
        {"phrase", phrase_fits,
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_realistic_generator(s, Semantic::none), "phrase",
                                    s.unique ? "text type, name read as no kind: short phrases; unique: the row number after the phrase"
                                             : "text type, name read as no kind: short phrases"};
         }},
        {"text", [](const ColumnSpec& s) { return s.type_category == 'S'; },
         [](const ColumnSpec& s) {
             return ChosenGenerator{make_text_generator(s, max_length(s)), "text",
                                    s.unique ? "text type; unique: the row counter in the value" : "text type"};
         }},
    };
    return entries;
}

}  // namespace

ChosenGenerator choose_generator(const ColumnSpec& spec) {
    for (const Entry& e : registry()) {
        if (!e.accepts(spec)) continue;
        ChosenGenerator chosen = e.make(spec);
        if (const auto why = realistic_fallback(spec)) chosen.reason += "; not the realistic kind: " + *why;
        return chosen;
    }
    throw Error(sqlstate::feature_not_supported,
                fmt::format("cannot generate values of type {} for column \"{}\" of table {}", spec.type_name,
                            spec.column_name, spec.table_name),
                "flaqes has no generator for this type.",
                fmt::format("Give the column its values in options, e.g. {{\"columns\": {{\"{}\": {{\"sql\": \"...\"}}}}}} "
                            "or a constant, or make it nullable to leave it NULL.",
                            spec.column_name));
}

std::optional<ChosenGenerator> generator_by_name(const std::string& name, const ColumnSpec& spec) {
    if (const auto kind = semantic_from_name(name)) {
        return ChosenGenerator{make_realistic_generator(spec, *kind), name, "the realistic generator " + name};
    }
    for (const Entry& e : registry()) {
        if (name == e.name && e.accepts(spec)) return e.make(spec);
    }
    return std::nullopt;
}

std::string generator_names() {
    std::string out;
    for (const Entry& e : registry()) {
        if (std::string_view(e.name) != "realistic") out += out.empty() ? e.name : fmt::format(", {}", e.name);
    }
    for (Semantic kind : all_semantics()) out += fmt::format(", {}", semantic_name(kind));
    return out;
}

std::int64_t Generator::generate_number(GenerateInput&) const {
    throw Error(sqlstate::internal_error, "flaqes: a generator of text values was asked for a number");
}

Error out_of_unique_values(const ColumnSpec& spec, const std::string& detail, const std::string& hint) {
    std::string message = fmt::format("out of unique values for column \"{}\" of table {}", spec.column_name, spec.table_name);
    if (!spec.unique_key.empty()) message += fmt::format(" (constraint \"{}\")", spec.unique_key);
    return Error(sqlstate::invalid_parameter_value, message, detail, hint);
}

}  // namespace flaqes::seed
