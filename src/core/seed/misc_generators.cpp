#include "core/seed/misc_generators.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/seed/column_names.hpp"
#include "core/seed/json_documents.hpp"
#include "core/seed/ordinal_generators.hpp"
#include "core/seed/type_oids.hpp"
#include "core/seed/values/uuid.hpp"

namespace flaqes::seed {
namespace {

constexpr std::uint64_t mask48 = (std::uint64_t{1} << 48) - 1;

// A bijection on 48-bit integers that scatters neighbours.
std::uint64_t mix48(std::uint64_t x) {
    x &= mask48;
    x = (x * 0x9e3779b97f4a7c15ULL) & mask48;
    x ^= x >> 24;
    x = (x * 0xbf58476d1ce4e5b9ULL) & mask48;
    return x ^ (x >> 24);
}

void append_hex(std::string& out, std::uint64_t v, int digits) {
    static constexpr char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) out += hex[(v >> (4 * i)) & 0xf];
}

class MiscGenerator : public Generator {
public:
    MiscGenerator(MiscKind kind, const ColumnSpec& spec)
        : kind_(kind), unique_(spec.unique), pattern_(spec.uuid == UuidMode::pattern), code_(spec.table_code),
          type_(spec.type_oid), bit_length_(spec.typmod > 0 ? spec.typmod : (spec.type_oid == type_oid::bit ? 1 : 8)),
          stem_(spec.column_name), names_(message_names(spec)), json_shape_(json_shape_of(spec.column_name)),
          true_share_(true_share(spec.column_name)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const std::uint64_t c = in.counter;
        switch (kind_) {
            case MiscKind::boolean:
                if (unique_ && c >= 2) out_of_unique(2);
                out += (unique_ ? c == 1 : in.draw.chance(true_share_)) ? "true" : "false";
                return true;
            case MiscKind::uuid: uuid(in, out); return true;
            case MiscKind::json: append_json_document(json_shape_, unique_, in, out); return true;
            case MiscKind::bytea:
                out += "\\x";
                append_hex(out, in.draw.next(), 16);
                if (unique_) append_hex(out, c, 16);
                return true;
            case MiscKind::inet:
            case MiscKind::cidr: {
                const std::uint64_t n = unique_ ? c + 1 : in.draw.below(1u << 24);
                if (kind_ == MiscKind::cidr) {
                    if (unique_ && n >= (1u << 16)) out_of_unique(1u << 16);
                    fmt::format_to(std::back_inserter(out), "10.{}.{}.0/24", (n >> 8) & 255, n & 255);
                } else {
                    if (unique_ && n >= (1u << 24)) out_of_unique(1u << 24);
                    fmt::format_to(std::back_inserter(out), "10.{}.{}.{}", (n >> 16) & 255, (n >> 8) & 255, n & 255);
                }
                return true;
            }
            case MiscKind::macaddr:
            case MiscKind::macaddr8: {
                const std::uint64_t n = unique_ ? c : in.draw.next();
                out += "08:00:2b";
                for (int i = kind_ == MiscKind::macaddr ? 2 : 4; i >= 0; --i) {
                    out += ':';
                    append_hex(out, (n >> (8 * i)) & 255, 2);
                }
                return true;
            }
            case MiscKind::bits: {
                const int length = type_ == type_oid::bit ? bit_length_ : 1 + static_cast<int>(in.draw.below(static_cast<std::uint64_t>(bit_length_)));
                const std::uint64_t bits = unique_ ? c : in.draw.next();
                if (unique_ && length < 64 && (c >> length) != 0) out_of_unique(std::uint64_t{1} << length);
                for (int i = length - 1; i >= 0; --i) out += i < 64 && ((bits >> i) & 1) ? '1' : '0';
                return true;
            }
            case MiscKind::point:
                fmt::format_to(std::back_inserter(out), "({},{})", in.draw.between(-1800, 1800) / 10.0,
                               unique_ ? static_cast<double>(c) : in.draw.between(-900, 900) / 10.0);
                return true;
            case MiscKind::tsvector:
                fmt::format_to(std::back_inserter(out), "'{}' 'w{}'", stem_, unique_ ? c : in.draw.below(1000));
                return true;
            case MiscKind::xml:
                fmt::format_to(std::back_inserter(out), "<value>{}</value>", unique_ ? c : in.draw.below(1000));
                return true;
            case MiscKind::range: range(in, out); return true;
        }
        return false;
    }

    std::optional<std::uint64_t> capacity() const override {
        if (kind_ == MiscKind::boolean) return 2;
        return std::nullopt;
    }

private:
    [[noreturn]] void out_of_unique(std::uint64_t capacity) const {
        throw out_of_unique_values(names_, fmt::format("The type holds {} distinct values here.", capacity),
                                   "Seed fewer rows, or give the column values in options.columns.");
    }

    void uuid(GenerateInput& in, std::string& out) const {
        if (pattern_) {
            out += pattern_uuid(code_, static_cast<std::int64_t>(in.counter + 1));
            return;
        }
        if (!unique_) {
            out += random_uuid(in.draw);
            return;
        }
        // Unique by construction: the low 48 bits are a bijection of the counter.
        const std::uint64_t hi = (in.draw.next() & ~0xf000ULL) | 0x4000ULL;  // version 4
        const std::uint64_t lo = (in.draw.next() & 0x3fff000000000000ULL) | 0x8000000000000000ULL | mix48(in.counter + 1);
        append_hex(out, hi >> 32, 8);
        out += '-';
        append_hex(out, (hi >> 16) & 0xffff, 4);
        out += '-';
        append_hex(out, hi & 0xffff, 4);
        out += '-';
        append_hex(out, lo >> 48, 4);
        out += '-';
        append_hex(out, lo & mask48, 12);
    }

    void range(GenerateInput& in, std::string& out) const {
        const std::int64_t a = unique_ ? static_cast<std::int64_t>(in.counter) * 10 : in.draw.between(0, 1000);
        const std::int64_t b = a + 1 + in.draw.between(0, 99);
        if (type_ == type_oid::int4range || type_ == type_oid::int8range) {
            fmt::format_to(std::back_inserter(out), "[{},{})", a, b);
        } else if (type_ == type_oid::numrange) {
            fmt::format_to(std::back_inserter(out), "[{}.5,{}.5)", a, b);
        } else {
            const OrdinalKind k = type_ == type_oid::daterange ? OrdinalKind::date
                                : type_ == type_oid::tsrange  ? OrdinalKind::timestamp : OrdinalKind::timestamptz;
            const std::int64_t unit = k == OrdinalKind::date ? 1 : 3600;
            const std::int64_t base = days_from_civil(2020, 1, 1) * (k == OrdinalKind::date ? 1 : 86400);
            out += "[\"";
            format_ordinal({k, 0}, base + a * unit, out);
            out += "\",\"";
            format_ordinal({k, 0}, base + b * unit, out);
            out += "\")";
        }
    }

    MiscKind kind_;
    bool unique_;
    bool pattern_;
    std::uint32_t code_;
    Oid type_;
    int bit_length_;
    std::string stem_;
    ColumnSpec names_;  // table, column and unique key, for messages
    JsonShape json_shape_;
    double true_share_;  // booleans: by the name's state (is_deleted rarely, is_active mostly)
};

class ArrayGenerator : public Generator {
public:
    explicit ArrayGenerator(GeneratorPtr element) : element_(std::move(element)) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        const std::uint64_t count = 1 + in.draw.below(3);
        out += '{';
        std::string item;
        for (std::uint64_t i = 0; i < count; ++i) {
            if (i > 0) out += ',';
            item.clear();
            GenerateInput element_input{in.draw, in.counter * 3 + i, in.row, in.context};
            if (!element_->generate(element_input, item, nullptr)) {
                out += "NULL";
                continue;
            }
            out += '"';
            for (char ch : item) {
                if (ch == '"' || ch == '\\') out += '\\';
                out += ch;
            }
            out += '"';
        }
        out += '}';
        return true;
    }

private:
    GeneratorPtr element_;
};

class SubtypeRangeGenerator : public Generator {
public:
    SubtypeRangeGenerator(GeneratorPtr bound, bool text) : bound_(std::move(bound)), text_(text) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        std::string low, high;
        std::int64_t low_ordinal = 0, high_ordinal = 0;
        GenerateInput first{in.draw, in.counter * 2, in.row, in.context};
        GenerateInput second{in.draw, in.counter * 2 + 1, in.row, in.context};
        if (!bound_->generate(first, low, &low_ordinal) || !bound_->generate(second, high, &high_ordinal)) {
            out += "(,)";  // a NULL bound: unbounded
            return true;
        }
        const bool swap = low_ordinal != high_ordinal ? low_ordinal > high_ordinal : low > high;
        if (swap) std::swap(low, high);
        const bool point = text_ || low == high;
        out += '[';
        quoted(low, out);
        out += ',';
        quoted(point ? low : high, out);
        out += point ? ']' : ')';
        return true;
    }

private:
    static void quoted(const std::string& v, std::string& out) {
        out += '"';
        for (char ch : v) {
            if (ch == '"' || ch == '\\') out += '\\';
            out += ch;
        }
        out += '"';
    }

    GeneratorPtr bound_;
    bool text_;
};

class NullFlagGenerator : public Generator {
public:
    NullFlagGenerator(std::size_t column, bool when_null) : column_(column), when_null_(when_null) {}
    bool generate(GenerateInput& in, std::string& out, std::int64_t*) const override {
        out += in.row.has_ordinal[column_] != when_null_ ? "true" : "false";
        return true;
    }

private:
    std::size_t column_;
    bool when_null_;
};

class StatusGatedGenerator : public Generator {
public:
    StatusGatedGenerator(GeneratorPtr inner, std::size_t status, std::vector<bool> set_for)
        : inner_(std::move(inner)), status_(status), set_for_(std::move(set_for)) {}
    bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const override {
        if (in.row.has_ordinal[status_]) {
            const auto value = static_cast<std::size_t>(in.row.ordinal[status_]);
            if (value < set_for_.size() && !set_for_[value]) return false;
        }
        return inner_->generate(in, out, ordinal);
    }

private:
    GeneratorPtr inner_;
    std::size_t status_;
    std::vector<bool> set_for_;
};

}  // namespace

GeneratorPtr make_null_flag_generator(std::size_t column, bool when_null) {
    return std::make_shared<NullFlagGenerator>(column, when_null);
}

GeneratorPtr make_status_gated_generator(GeneratorPtr inner, std::size_t status_column, std::vector<bool> set_for) {
    return std::make_shared<StatusGatedGenerator>(std::move(inner), status_column, std::move(set_for));
}

GeneratorPtr make_misc_generator(MiscKind kind, const ColumnSpec& spec) { return std::make_shared<MiscGenerator>(kind, spec); }

ColumnSpec array_element_spec(const ColumnSpec& array_spec) {
    ColumnSpec e = array_spec;
    e.type_oid = array_spec.element_type_oid;
    e.element_type_oid = 0;
    const bool text = e.type_oid == type_oid::text || e.type_oid == type_oid::varchar ||
                      e.type_oid == type_oid::bpchar || e.type_oid == type_oid::name;
    e.type_category = text ? 'S' : (array_spec.enum_labels.empty() ? 'U' : 'E');
    e.type_type = !array_spec.attributes.empty() ? 'c' : array_spec.enum_labels.empty() ? 'b' : 'e';
    e.unique = false;
    e.rules = ColumnRules{};
    return e;
}

GeneratorPtr make_subtype_range_generator(const ColumnSpec& subtype, GeneratorPtr bound) {
    return std::make_shared<SubtypeRangeGenerator>(std::move(bound), subtype.type_category == 'S');
}

GeneratorPtr make_array_generator(const ColumnSpec&, GeneratorPtr element) {
    return std::make_shared<ArrayGenerator>(std::move(element));
}

}  // namespace flaqes::seed
