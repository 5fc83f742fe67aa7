#include "core/seed/values/uuid.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes::seed {

std::string random_uuid(Rng& rng) {
    const std::uint64_t high = (rng.next() & ~0xF000ULL) | 0x4000ULL;                 // version 4
    const std::uint64_t low = (rng.next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // variant
    return fmt::format("{:08x}-{:04x}-{:04x}-{:04x}-{:012x}", high >> 32, (high >> 16) & 0xFFFF,
                       high & 0xFFFF, low >> 48, low & 0xFFFFFFFFFFFFULL);
}

std::string pattern_uuid(std::uint32_t table_code, std::int64_t row_number) {
    constexpr std::int64_t low_digits = 1000000000000LL;  // the 12 digits of the last group
    if (table_code > 99999999U)
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("table code {} does not fit a pattern uuid", table_code),
                    "Pattern uuids hold table codes up to 99999999.");
    if (row_number < 0 || row_number / low_digits > 9999)
        throw Error(sqlstate::invalid_parameter_value,
                    fmt::format("row number {} does not fit a pattern uuid", row_number),
                    "Pattern uuids hold row numbers from 0 to 9999999999999999.",
                    "Use \"uuid\": \"random\" for larger tables.");
    return fmt::format("{:08d}-{:04d}-4000-8000-{:012d}", table_code, row_number / low_digits,
                       row_number % low_digits);
}

}  // namespace flaqes::seed
