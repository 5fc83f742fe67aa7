// Deterministic pseudo-random numbers for seeding. Every mapping from 64-bit words to values is
// our own (no std:: distributions, whose output differs between standard libraries), so one
// seed gives the same data on every platform.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace flaqes::seed {

// Stateless hash of (seed, stream, index): the value for row `index` of a stream can be computed
// without generating the rows before it, so batches need not share generator state.
std::uint64_t mix(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

// A stable 64-bit id for a name (FNV-1a), to derive a stream from e.g. "schema.table.column".
std::uint64_t stream_of(std::string_view name);

// xoshiro256** seeded through SplitMix64 from (seed, stream); distinct streams are independent.
class Rng {
public:
    explicit Rng(std::uint64_t seed, std::uint64_t stream = 0);
    // The generator for one row of a stream: Rng(mix(seed, stream, index)).
    static Rng for_index(std::uint64_t seed, std::uint64_t stream, std::uint64_t index);

    std::uint64_t next();
    // Uniform in [0, n), without modulo bias. below(0) means the full 64-bit range.
    std::uint64_t below(std::uint64_t n);
    // Uniform in [lo, hi], inclusive; any int64 bounds (lo <= hi; swapped otherwise).
    std::int64_t between(std::int64_t lo, std::int64_t hi);
    // Uniform in [0, 1) with 53 random bits.
    double unit();
    // True with probability p (p <= 0: never, p >= 1: always).
    bool chance(double p);

    // A uniformly chosen element of a non-empty container with size() and operator[].
    template <class Container>
    const auto& pick(const Container& items) {
        return items[static_cast<std::size_t>(below(static_cast<std::uint64_t>(items.size())))];
    }

private:
    std::uint64_t state_[4];
};

}  // namespace flaqes::seed
