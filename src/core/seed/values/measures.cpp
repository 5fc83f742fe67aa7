// Bounded numbers whose meaning the column name gives: flags, fractions and percents, durations,
// years, counts, ratings, levels, sizes, phone extensions. Each draws in the kind's realistic
// range (kind_range) and stays within the column's bounds (Shape::min_units..max_units).
#include "core/seed/values/generators.hpp"

namespace flaqes::seed::generators {
namespace {

// A draw that favours the low end: most counts are small, a few are large.
std::int64_t skewed(Rng& rng, std::int64_t lo, std::int64_t typical, std::int64_t hi) {
    return rng.chance(0.8) ? rng.between(lo, typical) : rng.between(lo, hi);
}

std::string bounded(std::int64_t units, int scale, Rng& rng, const Shape& shape) {
    return numeric_text(within(units, rng, shape), scale, shape);
}

}  // namespace

// Mostly set (active, enabled): flags that are mostly off read as odd in samples either way.
std::string flag(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.8) ? 1 : 0, 0, rng, shape);
}

// Exception states (discontinued, deleted, banned): set on few rows.
std::string rare_flag(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.1) ? 1 : 0, 0, rng, shape);
}

// Discounts and rates: 0 or a multiple of 0.05 up to 0.30, as shops give them.
std::string fraction(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.4) ? 0 : 5 * rng.between(1, 6), 2, rng, shape);
}

std::string percent(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(5 * rng.between(0, 20), 0, rng, shape);
}

// Films, meetings, lessons: about 45 minutes to three hours.
std::string duration_minutes(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.8) ? rng.between(45, 185) : rng.between(5, 240), 0, rng, shape);
}

// Tracks and calls: two to seven minutes, in seconds or milliseconds.
std::string duration_seconds(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 120, 420, 3600), 0, rng, shape);
}

std::string duration_ms(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 120000, 420000, 900000), 0, rng, shape);
}

std::string year(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 1990, 2025, 2025) - (rng.chance(0.1) ? rng.between(0, 40) : 0), 0, rng, shape);
}

std::string count(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 0, 25, 1000), 0, rng, shape);
}

std::string rating(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.7) ? rng.between(3, 5) : rng.between(1, 5), 0, rng, shape);
}

std::string level(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 1, 5, 10), 0, rng, shape);
}

// Files: a few kilobytes to ten megabytes.
std::string byte_size(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(skewed(rng, 1024, 2097152, 10485760), 0, rng, shape);
}

// Office extensions: three or four digits.
std::string extension(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.chance(0.5) ? rng.between(100, 999) : rng.between(1000, 9999), 0, rng, shape);
}

std::string area_code(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return bounded(rng.between(201, 989), 0, rng, shape);
}

}  // namespace flaqes::seed::generators
