// Generators of ordered values (integers, decimals, floats, money, dates, timestamps, times,
// intervals): each works on an integer ordinal (the value in its smallest unit) within bounds,
// so CHECK bounds, uniqueness by counter and orderings between columns are arithmetic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

enum class OrdinalKind { integer, decimal, date, timestamp, timestamptz, time, timetz, interval };

struct OrdinalFormat {
    OrdinalKind kind = OrdinalKind::integer;
    int scale = 0;  // decimal: digits after the point (the ordinal is value * 10^scale)
};

// Text <-> ordinal for constants in CHECK expressions ("2020-01-01", "0.5").
std::optional<std::int64_t> parse_ordinal(const OrdinalFormat& format, const std::string& text, bool round_up);
void format_ordinal(const OrdinalFormat& format, std::int64_t ordinal, std::string& out);

struct OrdinalRange {
    std::int64_t lo = 0;
    std::int64_t hi = 0;
};

// The range for a column: the type's default window narrowed (or moved) by the CHECK bounds.
// Throws Error 22023 when the bounds leave no value.
OrdinalRange ordinal_range(const ColumnSpec& spec, const OrdinalFormat& format, OrdinalRange type_limits,
                           OrdinalRange default_window);

GeneratorPtr make_ordinal_generator(const ColumnSpec& spec, OrdinalFormat format, OrdinalRange range);

// Days since 1970-01-01 <-> civil date (proleptic Gregorian).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d);
void civil_from_days(std::int64_t z, std::int64_t& y, unsigned& m, unsigned& d);

}  // namespace flaqes::seed
