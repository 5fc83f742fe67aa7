#include "core/seed/values/rng.hpp"

#include <utility>

namespace flaqes::seed {
namespace {

constexpr std::uint64_t golden_gamma = 0x9e3779b97f4a7c15ULL;

// The SplitMix64 output function: a bijective 64-bit avalanche.
std::uint64_t finalize(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// High and low 64 bits of a * b, from 32-bit halves so no compiler extension is needed.
void multiply_wide(std::uint64_t a, std::uint64_t b, std::uint64_t& high, std::uint64_t& low) {
    const std::uint64_t a_lo = a & 0xffffffffULL, a_hi = a >> 32;
    const std::uint64_t b_lo = b & 0xffffffffULL, b_hi = b >> 32;
    const std::uint64_t lo_lo = a_lo * b_lo;
    const std::uint64_t hi_lo = a_hi * b_lo;
    const std::uint64_t lo_hi = a_lo * b_hi;
    const std::uint64_t hi_hi = a_hi * b_hi;
    const std::uint64_t middle = (lo_lo >> 32) + (hi_lo & 0xffffffffULL) + lo_hi;
    high = hi_hi + (hi_lo >> 32) + (middle >> 32);
    low = (middle << 32) | (lo_lo & 0xffffffffULL);
}

// Two's-complement reinterpretation, spelled out because the cast is implementation-defined
// before C++20.
std::int64_t to_signed(std::uint64_t u) {
    if (u <= static_cast<std::uint64_t>(INT64_MAX)) return static_cast<std::int64_t>(u);
    return -static_cast<std::int64_t>(~u) - 1;
}

}  // namespace

std::uint64_t mix(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    std::uint64_t h = finalize(seed ^ golden_gamma);
    h = finalize(h ^ finalize(stream + 0x632be59bd9b4e019ULL));
    return finalize(h ^ finalize(index + 0x85ebca77c2b2ae63ULL));
}

std::uint64_t stream_of(std::string_view name) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : name) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    return h;
}

Rng::Rng(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t sm = mix(seed, stream, 0);
    for (std::uint64_t& word : state_) {
        sm += golden_gamma;
        word = finalize(sm);
    }
}

Rng Rng::for_index(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return Rng(mix(seed, stream, index));
}

std::uint64_t Rng::next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
}

// Lemire's multiply-and-reject: the high word of x * n is uniform once the few low words that
// would over-represent some results are rejected.
std::uint64_t Rng::below(std::uint64_t n) {
    if (n == 0) return next();
    std::uint64_t high, low;
    multiply_wide(next(), n, high, low);
    if (low < n) {
        const std::uint64_t threshold = (0 - n) % n;
        while (low < threshold) multiply_wide(next(), n, high, low);
    }
    return high;
}

std::int64_t Rng::between(std::int64_t lo, std::int64_t hi) {
    if (hi < lo) std::swap(lo, hi);
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
    // span + 1 wraps to 0 for the full int64 range, which below() reads as "all 64 bits".
    return to_signed(static_cast<std::uint64_t>(lo) + below(span + 1));
}

double Rng::unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }

bool Rng::chance(double p) {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return unit() < p;
}

}  // namespace flaqes::seed
