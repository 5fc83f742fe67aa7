// Deterministic randomness for seeding: a splitmix64 stream keyed by (seed, table, column, row),
// so a value depends only on where it sits, never on how many values were drawn before it.
// Our own mapping to ranges (no std:: distributions: their output differs between libraries).
#pragma once

#include <cstdint>
#include <string_view>

namespace flaqes::seed {

inline std::uint64_t mix64(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a, then mixed: a stable key for a name.
inline std::uint64_t name_key(std::string_view name) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : name) h = (h ^ c) * 0x100000001b3ULL;
    return mix64(h);
}

class Draw {
public:
    Draw(std::uint64_t key, std::uint64_t row) : state_(mix64(key ^ mix64(row + 0x632be59bd9b4e019ULL))) {}

    std::uint64_t next() { return mix64(state_ += 0x9e3779b97f4a7c15ULL); }
    // Uniform in [0, bound) by multiply-shift; bound 0 gives 0.
    std::uint64_t below(std::uint64_t bound) {
        return static_cast<std::uint64_t>((static_cast<unsigned __int128>(next()) * bound) >> 64);
    }
    // Uniform in [lo, hi] (lo <= hi).
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
        if (span == UINT64_MAX) return static_cast<std::int64_t>(next());
        return static_cast<std::int64_t>(static_cast<std::uint64_t>(lo) + below(span + 1));
    }
    // True with probability p.
    bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }

private:
    std::uint64_t state_;
};

}  // namespace flaqes::seed
