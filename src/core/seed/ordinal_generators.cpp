#include "core/seed/ordinal_generators.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/error.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {

std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d) {
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = static_cast<std::int64_t>(yoe) + era * 400 + (m <= 2);
}

namespace {

constexpr std::int64_t seconds_per_day = 86400;

std::int64_t pow10(int n) {
    std::int64_t p = 1;
    for (int i = 0; i < n; ++i) p *= 10;
    return p;
}

// "YYYY-MM-DD" -> days; "YYYY-MM-DD HH:MM:SS[.fff][+zz]" -> seconds; "HH:MM:SS" -> seconds.
std::optional<std::int64_t> parse_date(const std::string& s) {
    int y = 0;
    unsigned m = 0, d = 0;
    if (std::sscanf(s.c_str(), "%d-%u-%u", &y, &m, &d) != 3 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
    return days_from_civil(y, m, d);
}

std::optional<std::int64_t> parse_time(const char* s) {
    unsigned h = 0, mi = 0, se = 0;
    const int got = std::sscanf(s, "%u:%u:%u", &h, &mi, &se);
    if (got < 2) return std::nullopt;
    return static_cast<std::int64_t>(h) * 3600 + mi * 60 + se;
}

std::optional<std::int64_t> parse_timestamp(const std::string& s) {
    const auto days = parse_date(s);
    if (!days) return std::nullopt;
    const std::size_t space = s.find_first_of(" T");
    const auto secs = space == std::string::npos ? std::optional<std::int64_t>(0) : parse_time(s.c_str() + space + 1);
    if (!secs) return std::nullopt;
    // A zone offset ("+01", "-08:00", as timestamptz constants print): to UTC, like our values.
    std::int64_t offset = 0;
    const std::size_t sign = space == std::string::npos ? std::string::npos : s.find_first_of("+-", space);
    if (sign != std::string::npos) {
        unsigned h = 0, m = 0;
        if (std::sscanf(s.c_str() + sign + 1, "%u:%u", &h, &m) >= 1) {
            offset = (s[sign] == '-' ? -1 : 1) * (static_cast<std::int64_t>(h) * 3600 + m * 60);
        }
    }
    return *days * seconds_per_day + *secs - offset;
}

}  // namespace

std::optional<std::int64_t> parse_ordinal(const OrdinalFormat& f, const std::string& text, bool round_up) {
    switch (f.kind) {
        case OrdinalKind::integer:
        case OrdinalKind::decimal: {
            try {
                std::size_t used = 0;
                const long double v = std::stold(text, &used) * static_cast<long double>(pow10(f.scale));
                if (used != text.size() || !std::isfinite(static_cast<double>(v)) || std::fabs(static_cast<double>(v)) > 9e18) {
                    return std::nullopt;
                }
                return static_cast<std::int64_t>(round_up ? std::ceil(v) : std::floor(v));
            } catch (...) {
                return std::nullopt;
            }
        }
        case OrdinalKind::date: return parse_date(text);
        case OrdinalKind::timestamp:
        case OrdinalKind::timestamptz: return parse_timestamp(text);
        case OrdinalKind::time:
        case OrdinalKind::timetz: return parse_time(text.c_str());
        case OrdinalKind::interval: return std::nullopt;
    }
    return std::nullopt;
}

namespace {

// Hand-written number output: this runs for every generated value, fmt's parsing shows in profiles.
void append_uint(std::string& out, std::uint64_t v, int width = 0) {
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0);
    for (int i = n; i < width; ++i) out += '0';
    while (n > 0) out += digits[--n];
}

void append_int(std::string& out, std::int64_t v) {
    if (v < 0) out += '-';
    append_uint(out, v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
}

void append_date(std::string& out, std::int64_t days) {
    std::int64_t y;
    unsigned m, d;
    civil_from_days(days, y, m, d);
    append_int(out, y);
    out += '-';
    append_uint(out, m, 2);
    out += '-';
    append_uint(out, d, 2);
}

void append_time(std::string& out, std::int64_t secs) {
    append_uint(out, static_cast<std::uint64_t>(secs / 3600), 2);
    out += ':';
    append_uint(out, static_cast<std::uint64_t>(secs / 60 % 60), 2);
    out += ':';
    append_uint(out, static_cast<std::uint64_t>(secs % 60), 2);
}

}  // namespace

void format_ordinal(const OrdinalFormat& f, std::int64_t v, std::string& out) {
    switch (f.kind) {
        case OrdinalKind::integer: append_int(out, v); return;
        case OrdinalKind::decimal: {
            if (f.scale == 0) {
                append_int(out, v);
                return;
            }
            const auto p = static_cast<std::uint64_t>(pow10(f.scale));
            const std::uint64_t a = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
            if (v < 0) out += '-';
            append_uint(out, a / p);
            out += '.';
            append_uint(out, a % p, f.scale);
            return;
        }
        case OrdinalKind::date: append_date(out, v); return;
        case OrdinalKind::timestamp:
        case OrdinalKind::timestamptz: {
            std::int64_t days = v / seconds_per_day, secs = v % seconds_per_day;
            if (secs < 0) {
                secs += seconds_per_day;
                --days;
            }
            append_date(out, days);
            out += ' ';
            append_time(out, secs);
            if (f.kind == OrdinalKind::timestamptz) out += "+00";
            return;
        }
        case OrdinalKind::time:
        case OrdinalKind::timetz:
            append_time(out, v);
            if (f.kind == OrdinalKind::timetz) out += "+00";
            return;
        case OrdinalKind::interval:
            append_int(out, v);
            out += " seconds";
            return;
    }
}

OrdinalRange ordinal_range(const ColumnSpec& spec, const OrdinalFormat& format, OrdinalRange limits,
                           OrdinalRange window) {
    std::optional<std::int64_t> lo, hi;
    const ColumnRules& r = spec.rules;
    if (r.lower) {
        lo = parse_ordinal(format, *r.lower, true);
        if (lo && !r.lower_inclusive && *parse_ordinal(format, *r.lower, false) == *lo) ++*lo;
    }
    if (r.upper) {
        hi = parse_ordinal(format, *r.upper, false);
        if (hi && !r.upper_inclusive && *parse_ordinal(format, *r.upper, true) == *hi) --*hi;
    }
    const std::int64_t width = window.hi - window.lo;
    OrdinalRange out;
    if (lo && hi) {
        out = {*lo, *hi};
    } else if (lo) {
        out = {*lo, *lo <= window.lo ? std::max(window.hi, *lo) : (*lo > limits.hi - width ? limits.hi : *lo + width)};
    } else if (hi) {
        out = {*hi >= window.hi ? window.lo : (*hi < limits.lo + width ? limits.lo : *hi - width), *hi};
        if (out.lo > out.hi) out.lo = *hi;
    } else {
        out = window;
    }
    out.lo = std::max(out.lo, limits.lo);
    out.hi = std::min(out.hi, limits.hi);
    if (spec.leaves_room && !spec.unique && out.hi > out.lo) out.hi -= std::max<std::int64_t>(1, (out.hi - out.lo) / 8);
    if (out.lo > out.hi) {
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("no value of column \"{}\" of table {} satisfies its constraints", spec.column_name,
                                spec.table_name),
                    fmt::format("The bounds from CHECK constraints and the type {} leave an empty range.", spec.type_name),
                    fmt::format("Give the column a value with options {{\"columns\": {{\"{}\": ...}}}}.", spec.column_name));
    }
    return out;
}

namespace {

// The form for a column of base type `type` filled with ordinals of `kind`: a number when the
// ordinal is the column's own value, text otherwise (a timestamp generator chosen by options for
// a text column, say, must print its values).
ValueForm form_of(OrdinalKind kind, Oid type) {
    switch (kind) {
        case OrdinalKind::integer:
            if (type == type_oid::int2 || type == type_oid::int4 || type == type_oid::int8) return ValueForm::integer;
            break;
        case OrdinalKind::decimal:
            if (type == type_oid::numeric) return ValueForm::decimal;
            break;
        case OrdinalKind::date:
            if (type == type_oid::date) return ValueForm::date;
            break;
        case OrdinalKind::timestamp:
            if (type == type_oid::timestamp) return ValueForm::timestamp;
            break;
        case OrdinalKind::timestamptz:
            if (type == type_oid::timestamptz) return ValueForm::timestamptz;
            break;
        default: break;
    }
    return ValueForm::text;
}

class OrdinalGenerator : public Generator {
public:
    OrdinalGenerator(const ColumnSpec& spec, OrdinalFormat format, OrdinalRange range)
        : format_(format), range_(range), unique_(spec.unique), after_(spec.after), within_(spec.after_within),
          form_(form_of(format.kind, spec.type_oid)), names_(message_names(spec)),
          scatter_(format.kind == OrdinalKind::timestamp || format.kind == OrdinalKind::timestamptz),
          window_end_is_soft_(!spec.rules.upper) {}

    bool generate(GenerateInput& in, std::string& out, std::int64_t* ordinal) const override {
        const std::int64_t v = generate_number(in);
        if (ordinal != nullptr) *ordinal = v;
        format_ordinal(format_, v, out);
        return true;
    }

    ValueForm form() const override { return form_; }
    int scale() const override { return format_.scale; }

    std::int64_t generate_number(GenerateInput& in) const override {
        std::int64_t v;
        if (unique_) {
            const std::uint64_t span = static_cast<std::uint64_t>(range_.hi) - static_cast<std::uint64_t>(range_.lo);
            if (in.counter > span) {
                throw out_of_unique_values(names_, fmt::format("The column's range holds {} distinct values.", span + 1),
                                           "Seed fewer rows, widen the CHECK bounds, or give the column values in options.columns.");
            }
            v = static_cast<std::int64_t>(static_cast<std::uint64_t>(range_.lo) + scattered(in.counter, span + 1));
        } else if (const auto first_allowed = lowest_after(in.row)) {
            const std::int64_t first = std::max(*first_allowed, in.row.not_before.value_or(*first_allowed));
            const std::int64_t span = within_ > 0 ? within_ : std::max<std::int64_t>(1, (range_.hi - range_.lo) / 8);
            v = first > range_.hi ? past_window(first, span, in.draw)
                                  : std::min(range_.hi, first + static_cast<std::int64_t>(in.draw.below(static_cast<std::uint64_t>(span))));
            v = std::max(v, range_.lo);
        } else if (in.row.not_before && *in.row.not_before > range_.lo) {
            // After the parent row's creation: any time from then to the end of the window.
            const std::int64_t first = *in.row.not_before;
            v = first > range_.hi ? past_window(first, within_ > 0 ? within_ : default_gap(), in.draw)
                                  : in.draw.between(first, range_.hi);
        } else {
            v = in.draw.between(range_.lo, range_.hi);
        }
        return v;
    }

    std::optional<std::int64_t> counter_base() const override {
        if (unique_ && format_.kind == OrdinalKind::integer) return range_.lo;
        return std::nullopt;
    }

    std::optional<std::uint64_t> capacity() const override {
        return static_cast<std::uint64_t>(range_.hi) - static_cast<std::uint64_t>(range_.lo) + 1;
    }

private:
    // A value at or after `first`, which lies past the window: within `span` of it when only the
    // default window ends there (a CHECK's upper bound is kept, even if the ordering then fails).
    std::int64_t past_window(std::int64_t first, std::int64_t span, Rng& draw) const {
        if (!window_end_is_soft_) return range_.hi;
        return first + static_cast<std::int64_t>(draw.below(static_cast<std::uint64_t>(std::max<std::int64_t>(1, span))));
    }

    // How far past a parent's creation a child's time falls when the window leaves no room: 30 days.
    std::int64_t default_gap() const {
        return format_.kind == OrdinalKind::date ? 30 : 30 * seconds_per_day;
    }

    // Unique timestamps: counter k -> k * P mod span, a permutation of the range (P is a prime
    // that does not divide it), so rows spread over the whole window instead of a second apart.
    std::uint64_t scattered(std::uint64_t counter, std::uint64_t span) const {
        constexpr std::uint64_t prime = 2654435761u;
        if (!scatter_ || span == 0 || span % prime == 0) return counter;
        return static_cast<std::uint64_t>(static_cast<unsigned __int128>(counter) * prime % span);
    }

    // The smallest value the columns this one must not precede leave (those that are NULL in the
    // row leave any), or nullopt when none has a value.
    std::optional<std::int64_t> lowest_after(const RowState& row) const {
        std::optional<std::int64_t> first;
        for (const Precedence& p : after_) {
            if (!row.has_ordinal[p.column]) continue;
            const std::int64_t v = row.ordinal[p.column] + (p.strict ? 1 : 0);
            first = first ? std::max(*first, v) : v;
        }
        return first;
    }

    OrdinalFormat format_;
    OrdinalRange range_;
    bool unique_;
    std::vector<Precedence> after_;
    std::int64_t within_;
    ValueForm form_;
    ColumnSpec names_;  // table, column and unique key, for messages
    bool scatter_;
    bool window_end_is_soft_;  // no CHECK bounds the values from above: only the default window ends at range_.hi
};

}  // namespace

GeneratorPtr make_ordinal_generator(const ColumnSpec& spec, OrdinalFormat format, OrdinalRange range) {
    return std::make_shared<OrdinalGenerator>(spec, format, range);
}

}  // namespace flaqes::seed
