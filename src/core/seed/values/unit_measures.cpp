// Quantities whose unit or measured thing the column name gives (height_cm, dosage_mg,
// temperature_c, humidity_pct, trial_days, heart_rate, salary...): one row per kind with its
// plausible range and the typical band values are drawn from. A CHECK narrows the range further
// (Shape::min_units..max_units), so `weight_kg > 0` still gives adult weights.
#include <optional>

#include "core/seed/values/generators.hpp"

namespace flaqes::seed {
namespace {

struct Measure {
    Semantic semantic;
    KindRange range;            // plausible values, in units of 10^-scale: what a CHECK may narrow
    std::int64_t typical_lo;    // values are drawn in typical_lo..typical_hi, or within the CHECK
                                // bounds when they leave none of it
    std::int64_t typical_hi;
    std::int64_t step;          // values are multiples of it: quarter hours, whole degrees
};

const Measure measures[] = {
    {Semantic::annual_amount, {1000000, 50000000, 2}, 3000000, 15000000, 100000},  // 10,000..500,000; typical 30k..150k
    {Semantic::wage, {1000, 30000, 2}, 1500, 6000, 25},                            // per hour: 10.00..300.00
    {Semantic::hours, {0, 2400, 2}, 100, 1000, 25},                                // 0..24 h in quarter hours
    {Semantic::weekly_hours, {1, 80, 0}, 20, 40, 1},
    {Semantic::days, {0, 365, 0}, 1, 30, 1},
    {Semantic::months, {1, 120, 0}, 1, 24, 1},
    {Semantic::years_span, {0, 60, 0}, 1, 20, 1},
    {Semantic::expiry_year, {2000, 2100, 0}, 2025, 2032, 1},                      // cards, licences, passports
    {Semantic::height_cm, {450, 2200, 1}, 1500, 1950, 5},
    {Semantic::weight_kg, {20, 3000, 1}, 500, 1100, 5},
    {Semantic::dosage_mg, {1, 2000, 0}, 5, 500, 5},
    {Semantic::temperature, {-500, 600, 1}, 150, 300, 1},                          // ambient °C: -50..60, typical 15..30
    {Semantic::pressure_hpa, {8700, 10850, 1}, 9800, 10300, 1},
    {Semantic::ppm, {0, 5000, 0}, 400, 1200, 1},                                   // CO2 indoors
    {Semantic::signal_dbm, {-120, 0, 0}, -90, -50, 1},
    {Semantic::elevation_m, {-400, 8848, 0}, 0, 1500, 1},
    {Semantic::voltage, {0, 50000, 2}, 300, 1300, 1},                              // 3..13 V: batteries, sensors
    {Semantic::heart_rate, {30, 220, 0}, 55, 100, 1},
    {Semantic::respiratory_rate, {5, 60, 0}, 12, 20, 1},
    {Semantic::oxygen_saturation, {50, 100, 0}, 94, 100, 1},
    {Semantic::systolic_bp, {70, 250, 0}, 105, 145, 1},
    {Semantic::diastolic_bp, {40, 150, 0}, 65, 95, 1},
    {Semantic::length_mm, {1, 100000, 0}, 20, 1200, 5},
    {Semantic::length_m, {0, 100000, 0}, 1, 500, 1},
    {Semantic::distance_km, {0, 200000, 1}, 10, 8000, 1},                        // 1..800 km
    {Semantic::speed_kmh, {0, 4000, 1}, 200, 1300, 1},                          // 20..130 km/h
    {Semantic::mass_g, {1, 1000000, 0}, 50, 2500, 5},
    {Semantic::mass_kg, {1, 100000, 1}, 5, 250, 1},                             // 0.5..25 kg: parcels
    {Semantic::volume_l, {1, 100000, 1}, 10, 50, 1},                            // 1..5 l
    {Semantic::volume_ml, {1, 100000, 0}, 50, 1000, 50},
    {Semantic::area_sqft, {50, 1000000, 0}, 500, 4000, 10},
    {Semantic::area_sqm, {5, 100000, 0}, 40, 400, 1},
    {Semantic::area_acres, {1, 100000, 2}, 10, 500, 1},                         // 0.10..5.00 acres
    {Semantic::odometer_km, {0, 1000000, 0}, 5000, 150000, 1},
    {Semantic::gpa, {0, 400, 2}, 200, 400, 1},                                  // 0.00..4.00, typical 2.00..4.00
    {Semantic::score, {0, 1000, 0}, 0, 100, 1},
    {Semantic::rooms, {0, 20, 0}, 1, 4, 1},
};

const Measure* measure_of(Semantic semantic) {
    for (const Measure& m : measures)
        if (m.semantic == semantic) return &m;
    return nullptr;
}

}  // namespace

namespace generators {

std::optional<KindRange> measure_range(Semantic semantic) {
    if (semantic == Semantic::cents) return KindRange{1, 100000000, 0};  // up to 1,000,000.00
    const Measure* m = measure_of(semantic);
    if (m == nullptr) return std::nullopt;
    return m->range;
}

std::string measured(Semantic semantic, Rng& rng, const Shape& shape) {
    const Measure& m = *measure_of(semantic);
    std::int64_t units = rng.between(m.typical_lo, m.typical_hi);
    units -= units % m.step;
    return numeric_text(within(units, rng, shape), m.range.scale, shape);
}

// Money in minor units (price_cents, amount_cents): a price's figures without the point.
std::string cents(Rng& rng, RowContext&, std::int64_t, const Shape& shape) {
    return numeric_text(within(price_units(rng), rng, shape), 0, shape);
}

}  // namespace generators
}  // namespace flaqes::seed
