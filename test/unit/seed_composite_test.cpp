#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/seed/composite_generator.hpp"
#include "core/seed/generator.hpp"

using namespace flaqes::seed;

namespace {

std::string field(const std::string& value) {
    std::string out;
    append_record_field(out, value);
    return out;
}

// Always writes the same text.
class Fixed : public Generator {
public:
    explicit Fixed(std::string text) : text_(std::move(text)) {}
    bool generate(GenerateInput&, std::string& out, std::int64_t*) const override {
        out += text_;
        return true;
    }

private:
    std::string text_;
};

// Always NULL.
class Null : public Generator {
public:
    bool generate(GenerateInput&, std::string&, std::int64_t*) const override { return false; }
};

std::string row_of(std::vector<GeneratorPtr> attributes) {
    Rng rng(1, 2);
    RowState row;
    RowContext context(1, stream_of("t"), 1);
    GenerateInput in{rng, 0, row, context};
    std::string out;
    EXPECT_TRUE(make_composite_generator(std::move(attributes), std::nullopt)->generate(in, out, nullptr));
    return out;
}

}  // namespace

TEST(CompositeLiteral, PlainValuesStayUnquoted) {
    EXPECT_EQ(field("abc"), "abc");
    EXPECT_EQ(field("12.5"), "12.5");
    EXPECT_EQ(field("2024-01-01"), "2024-01-01");
}

TEST(CompositeLiteral, SpecialCharactersAreQuoted) {
    EXPECT_EQ(field(""), "\"\"");
    EXPECT_EQ(field("a b"), "\"a b\"");
    EXPECT_EQ(field("a\tb"), "\"a\tb\"");
    EXPECT_EQ(field("a,b"), "\"a,b\"");
    EXPECT_EQ(field("(x)"), "\"(x)\"");
    EXPECT_EQ(field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(field("back\\slash"), "\"back\\\\slash\"");
}

TEST(CompositeLiteral, NestedRowIsQuotedOnceMore) {
    EXPECT_EQ(field("(1,\"a b\")"), "\"(1,\"\"a b\"\")\"");
}

TEST(CompositeGenerator, BuildsTheRowLiteral) {
    EXPECT_EQ(row_of({std::make_shared<Fixed>("1"), std::make_shared<Fixed>("a,b")}), "(1,\"a,b\")");
}

TEST(CompositeGenerator, NullAttributesAreEmpty) {
    EXPECT_EQ(row_of({nullptr, std::make_shared<Null>(), std::make_shared<Fixed>("x")}), "(,,x)");
    EXPECT_EQ(row_of({std::make_shared<Fixed>("")}), "(\"\")");
}
