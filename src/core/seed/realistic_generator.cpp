#include "core/seed/realistic_generator.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/seed/ordinal_generators.hpp"
#include "core/seed/regex_atoms.hpp"
#include "core/seed/text_generators.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

// Unique values of kinds that repeat get the row number after a space ("Summit Health 12"): the
// column must hold a short value and the number.
constexpr int min_length_for_suffix = 12;
// Unique values of kinds that embed the row number (codes, emails) keep it when cut: "KQ-00042".
constexpr int min_length_for_row_number = 8;

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// The type name classification reads: the base type's for the integers (a domain over integer
// is still an integer).
std::string classified_type(const ColumnSpec& spec) {
    if (spec.type_oid == type_oid::int2) return "smallint";
    if (spec.type_oid == type_oid::int4) return "integer";
    if (spec.type_oid == type_oid::int8) return "bigint";
    return spec.type_name;
}

Semantic named_kind(const ColumnSpec& spec) {
    if (spec.type_type != 'b' || spec.element_type_oid != 0) return Semantic::none;
    const std::string table = spec.table_name.substr(spec.table_name.rfind('.') + 1);
    const Semantic kind = classify_column(spec.column_name, classified_type(spec), spec.type_category, table);
    return kind == Semantic::uuid ? Semantic::none : kind;
}

// The type's own bounds in the kind's units: integer types and numeric(p,s).
KindRange type_bounds(const ColumnSpec& spec, int scale) {
    std::int64_t max = INT64_MAX;
    auto in_units = [&](std::int64_t whole_max) { return whole_max > INT64_MAX / pow10(scale) ? INT64_MAX : whole_max * pow10(scale); };
    if (spec.type_oid == type_oid::int2) max = in_units(32767);
    if (spec.type_oid == type_oid::int4) max = in_units(INT32_MAX);
    if (spec.type_oid == type_oid::numeric && spec.typmod >= 4) {
        const int precision = ((spec.typmod - 4) >> 16) & 0xffff;
        const int column_scale = static_cast<std::int16_t>((spec.typmod - 4) & 0xffff);
        const int digits = precision + std::max(0, scale - column_scale);
        if (digits <= 17 && column_scale >= 0) {
            max = scale >= column_scale ? (pow10(precision) - 1) * pow10(scale - column_scale)
                                        : (pow10(precision) - 1) / pow10(column_scale - scale);
        }
    }
    return {max == INT64_MAX ? INT64_MIN : -max, max, scale};
}

// The kind's realistic range narrowed by the CHECK bounds and the type; nullopt when empty or
// when a bound is not a number.
std::optional<KindRange> bounded_range(const ColumnSpec& spec, KindRange kind) {
    const OrdinalFormat units{OrdinalKind::decimal, kind.scale};
    const KindRange type = type_bounds(spec, kind.scale);
    KindRange out{std::max(kind.lo, type.lo), std::min(kind.hi, type.hi), kind.scale};
    const ColumnRules& r = spec.rules;
    if (r.lower) {
        auto lo = parse_ordinal(units, *r.lower, true);
        if (!lo) return std::nullopt;
        if (!r.lower_inclusive && parse_ordinal(units, *r.lower, false) == lo) ++*lo;
        out.lo = std::max(out.lo, *lo);
    }
    if (r.upper) {
        auto hi = parse_ordinal(units, *r.upper, false);
        if (!hi) return std::nullopt;
        if (!r.upper_inclusive && parse_ordinal(units, *r.upper, true) == hi) --*hi;
        out.hi = std::min(out.hi, *hi);
    }
    if (out.lo > out.hi) return std::nullopt;
    return out;
}

// A date column bounded by CHECKs that every person's birth date (ages 18 to 90 on the reference
// date 2025-01-01: born 1934 to 2007) satisfies: `date_of_birth > '1900-01-01'` keeps the kind.
bool birth_dates_within(const ColumnSpec& spec, Semantic kind) {
    if (kind != Semantic::birth_date || spec.type_oid != type_oid::date) return false;
    const OrdinalFormat days{OrdinalKind::date, 0};
    const auto earliest = parse_ordinal(days, "1933-01-01", true);
    const auto latest = parse_ordinal(days, "2007-01-01", true);
    if (spec.rules.lower) {
        const auto lo = parse_ordinal(days, *spec.rules.lower, true);
        if (!lo || !earliest || *lo >= *earliest) return false;
    }
    if (spec.rules.upper) {
        const auto hi = parse_ordinal(days, *spec.rules.upper, false);
        if (!hi || !latest || *hi < *latest) return false;
    }
    return true;
}

// The kind, or the reason it cannot fill the column.
struct Verdict {
    Semantic kind = Semantic::none;
    std::optional<std::string> fallback;
};

// A percent column whose CHECK caps it at 1 or less holds fractions (`progress_pct numeric
// CHECK (progress_pct <= 1)`); without one, *_pct and *_percent read as 0..100. A level capped
// at exactly 100 is a percentage (fuel_level, charge_level), not a tier.
Semantic settled_by_checks(const ColumnSpec& spec, Semantic kind) {
    if ((kind != Semantic::percent && kind != Semantic::level) || spec.type_category != 'N' || !spec.rules.upper) return kind;
    const auto cap = parse_ordinal(OrdinalFormat{OrdinalKind::decimal, 2}, *spec.rules.upper, false);
    if (kind == Semantic::percent) return cap && *cap <= 100 ? Semantic::fraction : kind;
    return cap && *cap == 10000 ? Semantic::percent : kind;
}

Verdict judge(const ColumnSpec& spec) {
    const Semantic kind = settled_by_checks(spec, named_kind(spec));
    if (kind == Semantic::none) return {};
    const char* name = semantic_name(kind);
    const ColumnRules& r = spec.rules;
    const std::optional<KindRange> range = kind_range(kind);
    if (range && spec.type_category == 'N') {
        if (spec.unique) return {Semantic::none, fmt::format("unique: {} values repeat", name)};
        if ((r.lower || r.upper) && !bounded_range(spec, *range)) {
            return {Semantic::none, fmt::format("the CHECK bounds leave the {} range {}..{} (scale {}) no room", name,
                                                range->lo, range->hi, range->scale)};
        }
        return {kind, std::nullopt};
    }
    if ((r.lower || r.upper) && !birth_dates_within(spec, kind)) {
        return {Semantic::none, fmt::format("CHECK bounds on {} values are not modelled", name)};
    }
    const int max_length = shape_of(spec.type_name).max_length;
    const std::int64_t limit = r.max_length ? std::min<std::int64_t>(*r.max_length, max_length < 0 ? INT64_MAX : max_length) : max_length;
    // Kinds that embed the row number keep it when cut (KQ-00042 in 8 characters); others need
    // room for a value and the number after it.
    const int room = embeds_row_number(kind) ? min_length_for_row_number : min_length_for_suffix;
    if (spec.unique && limit >= 0 && limit < room) {
        return {Semantic::none, fmt::format("unique in {} characters: too short for {} values and a number", limit, name)};
    }
    return {kind, std::nullopt};
}

class RealisticGenerator : public Generator {
public:
    RealisticGenerator(const ColumnSpec& spec, Semantic kind)
        : kind_(kind), shape_(shape_of(spec.type_name)), suffix_(spec.unique && !embeds_row_number(kind)),
          excluded_(spec.rules.excluded), min_length_(spec.rules.min_length.value_or(0)) {
        if (spec.rules.max_length) {
            const int limit = static_cast<int>(std::min<std::int64_t>(*spec.rules.max_length, 1 << 20));
            shape_.max_length = shape_.max_length < 0 ? limit : std::min(shape_.max_length, limit);
        }
        if (const auto range = kind_range(kind)) {
            if (const auto bounded = bounded_range(spec, *range)) {
                shape_.min_units = bounded->lo;
                shape_.max_units = bounded->hi;
            }
            // Numbers travel as numbers to integer and numeric columns (no text parsing in Postgres).
            if (spec.type_oid == type_oid::int2 || spec.type_oid == type_oid::int4 || spec.type_oid == type_oid::int8) {
                form_ = ValueForm::integer;
                shape_.scale = 0;
            } else if (spec.type_oid == type_oid::numeric && !suffix_) {
                form_ = ValueForm::decimal;
                if (shape_.scale < 0) shape_.scale = range->scale;
            }
        }
    }

    ValueForm form() const override { return form_; }
    int scale() const override { return form_ == ValueForm::decimal ? shape_.scale : 0; }

    // The number the text form writes, read back: digits with the point at shape_.scale.
    std::int64_t generate_number(GenerateInput& in) const override {
        const std::string text = text_value(kind_, in.draw, in.context, static_cast<std::int64_t>(in.counter + 1), shape_);
        std::int64_t units = 0;
        for (char c : text) {
            if (c >= '0' && c <= '9') units = units * 10 + (c - '0');
        }
        return !text.empty() && text[0] == '-' ? -units : units;
    }

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const auto number = static_cast<std::int64_t>(in.counter + 1);
        if (!suffix_ && excluded_.empty() && min_length_ == 0) {  // the common case: one draw
            out += text_value(kind_, in.draw, in.context, number, shape_);
            return true;
        }
        std::string value = draw(in, number);
        for (int attempt = 0; attempt < 8 && !acceptable(value); ++attempt) value = draw(in, number);
        while (static_cast<std::int64_t>(value.size()) < min_length_) value += 'x';
        out += value;
        return true;
    }

private:
    // One value; a unique column's value ends with the row number, within the length limit.
    std::string draw(GenerateInput& in, std::int64_t number) const {
        if (!suffix_) {
            std::string value = text_value(kind_, in.draw, in.context, number, shape_);
            while (static_cast<std::int64_t>(value.size()) < min_length_ && value.size() < 4096) {
                value += ' ' + text_value(kind_, in.draw, in.context, number, shape_);
            }
            return shape_.max_length >= 0 ? fit_value(kind_, value, static_cast<std::size_t>(shape_.max_length)) : value;
        }
        const std::string tail = fmt::format(" {}", number);
        Shape room = shape_;
        if (room.max_length >= 0) room.max_length = std::max(1, room.max_length - static_cast<int>(tail.size()));
        return text_value(kind_, in.draw, in.context, number, room) + tail;
    }

    bool acceptable(const std::string& value) const {
        if (static_cast<std::int64_t>(value.size()) < min_length_) return false;
        return std::find(excluded_.begin(), excluded_.end(), value) == excluded_.end();
    }

    Semantic kind_;
    Shape shape_;
    ValueForm form_ = ValueForm::text;
    bool suffix_;
    std::vector<std::string> excluded_;
    std::int64_t min_length_;
};

// A kind under a CHECK pattern its values already match (`url ~ '^https://'`, a version under a
// semver pattern): the kind's value, or the pattern's own text for a value that does not match.
class PatternKindGenerator : public Generator {
public:
    PatternKindGenerator(GeneratorPtr kind, GeneratorPtr pattern, SimpleRegex regex)
        : kind_(std::move(kind)), pattern_(std::move(pattern)), regex_(std::move(regex)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const override {
        const std::size_t start = out.size();
        if (kind_->generate(in, out, nullptr) && regex_matches(regex_, std::string_view(out).substr(start))) return true;
        out.resize(start);
        return pattern_->generate(in, out, ordinal);
    }

private:
    GeneratorPtr kind_;
    GeneratorPtr pattern_;
    SimpleRegex regex_;
};

// Most of a kind's values match the pattern: 12 of 16 drawn with a fixed seed.
bool kind_fits_pattern(const Generator& kind, const SimpleRegex& regex) {
    constexpr int samples = 16;
    int matching = 0;
    const RowState row{};
    for (int i = 0; i < samples; ++i) {
        Rng draw(static_cast<std::uint64_t>(i) + 1, 0x9e3779b9u);
        RowContext context(static_cast<std::uint64_t>(i) + 1, 0x85ebca6bu, i);
        GenerateInput in{draw, static_cast<std::uint64_t>(i), row, context};
        std::string value;
        if (kind.generate(in, value, nullptr) && regex_matches(regex, value)) ++matching;
    }
    return matching * 4 >= samples * 3;
}

}  // namespace

GeneratorPtr make_pattern_kind_generator(const ColumnSpec& spec) {
    if (!spec.rules.regex || spec.type_category != 'S') return nullptr;
    const Semantic kind = realistic_kind(spec);
    if (kind == Semantic::none || (spec.unique && !embeds_row_number(kind))) return nullptr;
    auto regex = parse_simple_regex(*spec.rules.regex);
    GeneratorPtr pattern = make_regex_generator(spec);
    if (!regex || !pattern) return nullptr;
    GeneratorPtr values = make_realistic_generator(spec, kind);
    if (!kind_fits_pattern(*values, *regex)) return nullptr;
    return std::make_shared<PatternKindGenerator>(std::move(values), std::move(pattern), std::move(*regex));
}

Semantic realistic_kind(const ColumnSpec& spec) { return judge(spec).kind; }

std::optional<std::string> realistic_fallback(const ColumnSpec& spec) { return judge(spec).fallback; }

bool phrase_fits(const ColumnSpec& spec) {
    if (spec.type_category != 'S' || spec.type_type != 'b' || spec.rules.lower || spec.rules.upper) return false;
    std::int64_t limit = shape_of(spec.type_name).max_length;
    if (spec.type_oid == type_oid::char_ || (spec.type_oid == type_oid::bpchar && spec.typmod < 0)) limit = 1;
    if (spec.rules.max_length) limit = limit < 0 ? *spec.rules.max_length : std::min(limit, *spec.rules.max_length);
    if (limit < 0) return true;
    return limit >= (spec.unique ? min_length_for_suffix : 4) && limit >= spec.rules.min_length.value_or(0);
}

GeneratorPtr make_realistic_generator(const ColumnSpec& spec, Semantic kind) {
    return std::make_shared<RealisticGenerator>(spec, kind);
}

}  // namespace flaqes::seed
