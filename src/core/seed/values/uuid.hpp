// UUID text for seeding: random version-4 values from our generator, and debuggable pattern
// values that encode a table code and a row number (the seed option "uuid": "pattern").
#pragma once

#include <cstdint>
#include <string>

#include "core/seed/values/rng.hpp"

namespace flaqes::seed {

// A version 4, variant 1 UUID from 122 bits of rng.
std::string random_uuid(Rng& rng);

// "tttttttt-hhhh-4000-8000-llllllllllll" where tttttttt is table_code and hhhh llllllllllll the
// row number, both written in decimal digits so they read as themselves: table 12, row 7 is
// 00000012-0000-4000-8000-000000000007. Still a valid version 4 UUID. Throws flaqes::Error
// (22023) when table_code exceeds 99999999 or row_number is outside 0..9999999999999999.
std::string pattern_uuid(std::uint32_t table_code, std::int64_t row_number);

}  // namespace flaqes::seed
