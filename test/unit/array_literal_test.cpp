#include "core/seed/array_literal.hpp"

#include <gtest/gtest.h>

using flaqes::seed::array_literal_of_json;

TEST(ArrayLiteral, JsonListsBecomeArrayLiterals) {
    EXPECT_EQ(array_literal_of_json("[]"), "{}");
    EXPECT_EQ(array_literal_of_json("[1, 2.5, -3]"), R"({"1","2.5","-3"})");
    EXPECT_EQ(array_literal_of_json(R"(["a b", "c\"d", "e\\f", null, "NULL", "{x}", true])"),
              R"({"a b","c\"d","e\\f",NULL,"NULL","{x}","true"})");
    EXPECT_EQ(array_literal_of_json("[[1, 2], [3, 4]]"), R"({{"1","2"},{"3","4"}})");
    EXPECT_EQ(array_literal_of_json(R"([{"k": [1]}])"), R"({"{\"k\":[1]}"})");
}

TEST(ArrayLiteral, OtherTextIsLeftAlone) {
    EXPECT_EQ(array_literal_of_json("{1,2}"), std::nullopt);
    EXPECT_EQ(array_literal_of_json("[1:2]={1,2}"), std::nullopt);
    EXPECT_EQ(array_literal_of_json(""), std::nullopt);
    EXPECT_EQ(array_literal_of_json("a"), std::nullopt);
}
