#include "core/seed/values/rng.hpp"

#include <cstdint>
#include <limits>
#include <set>
#include <vector>

#include <gtest/gtest.h>

using flaqes::seed::mix;
using flaqes::seed::Rng;
using flaqes::seed::stream_of;

// Fixed expected numbers: a change here changes every seeded data set, on every platform.
TEST(SeedRng, NextIsFixedForSeedAndStream) {
    Rng rng(42, 7);
    EXPECT_EQ(rng.next(), 3869479937839981103ULL);
    EXPECT_EQ(rng.next(), 5845678554054595922ULL);
    EXPECT_EQ(rng.next(), 16477023890517231401ULL);
    EXPECT_EQ(rng.next(), 5113522432330724018ULL);
}

TEST(SeedRng, MixAndStreamOfAreFixed) {
    EXPECT_EQ(mix(1, 2, 3), 14070075392523058462ULL);
    EXPECT_EQ(stream_of("a"), 0xaf63dc4c8601ec8cULL);  // the published FNV-1a test vector
    EXPECT_EQ(stream_of("shop.users.email"), 11483203231245081749ULL);
    EXPECT_EQ(Rng::for_index(42, 7, 100).next(), 5493991255533575991ULL);
}

TEST(SeedRng, MappingsAreFixed) {
    Rng below(42, 7);
    std::vector<std::uint64_t> drawn;
    for (int i = 0; i < 5; ++i) drawn.push_back(below.below(1000));
    EXPECT_EQ(drawn, (std::vector<std::uint64_t>{209, 316, 893, 277, 711}));

    Rng small(42, 7);
    EXPECT_EQ(small.between(-5, 5), -3);
    EXPECT_EQ(small.between(-5, 5), -2);
    EXPECT_EQ(small.between(-5, 5), 4);

    Rng full(42, 7);
    constexpr auto lo = std::numeric_limits<std::int64_t>::min();
    constexpr auto hi = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(full.between(lo, hi), -5353892099014794705LL);
    EXPECT_EQ(full.between(lo, hi), -3377693482800179886LL);

    Rng unit(42, 7);
    EXPECT_DOUBLE_EQ(unit.unit(), 0.20976492774975908);
}

TEST(SeedRng, StreamsAndSeedsDiffer) {
    EXPECT_NE(Rng(1, 0).next(), Rng(1, 1).next());
    EXPECT_NE(Rng(1, 0).next(), Rng(2, 0).next());
    EXPECT_NE(mix(1, 2, 3), mix(1, 2, 4));
    EXPECT_NE(mix(1, 2, 3), mix(1, 3, 3));
    EXPECT_EQ(Rng(5, 6).next(), Rng(5, 6).next());
}

TEST(SeedRng, BetweenStaysInBoundsAtTheExtremes) {
    Rng rng(3, 3);
    constexpr auto lo = std::numeric_limits<std::int64_t>::min();
    constexpr auto hi = std::numeric_limits<std::int64_t>::max();
    for (int i = 0; i < 1000; ++i) {
        EXPECT_LE(rng.between(hi - 2, hi), hi);
        EXPECT_GE(rng.between(hi - 2, hi), hi - 2);
        EXPECT_GE(rng.between(lo, lo + 2), lo);
        EXPECT_LE(rng.between(lo, lo + 2), lo + 2);
        EXPECT_EQ(rng.between(7, 7), 7);
        const auto v = rng.between(10, -10);  // swapped bounds
        EXPECT_GE(v, -10);
        EXPECT_LE(v, 10);
    }
}

TEST(SeedRng, BelowCoversTheRangeEvenly) {
    Rng rng(11, 0);
    std::vector<int> counts(10, 0);
    for (int i = 0; i < 100000; ++i) ++counts[rng.below(10)];
    for (int c : counts) {
        EXPECT_GT(c, 9500);
        EXPECT_LT(c, 10500);
    }
    EXPECT_EQ(rng.below(1), 0u);
}

TEST(SeedRng, UnitChanceAndPick) {
    Rng rng(12, 0);
    int hits = 0;
    for (int i = 0; i < 100000; ++i) {
        const double u = rng.unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        if (rng.chance(0.25)) ++hits;
        EXPECT_FALSE(rng.chance(0.0));
        EXPECT_TRUE(rng.chance(1.0));
    }
    EXPECT_GT(hits, 24000);
    EXPECT_LT(hits, 26000);

    const std::vector<int> items{1, 2, 3};
    std::set<int> seen;
    for (int i = 0; i < 100; ++i) seen.insert(rng.pick(items));
    EXPECT_EQ(seen, (std::set<int>{1, 2, 3}));
}
