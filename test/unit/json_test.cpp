#include "core/json.hpp"

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace json = flaqes::json;
namespace sqlstate = flaqes::sqlstate;
using json::Kind;
using json::Value;
using namespace std::string_literals;

namespace {

// Parses text, expecting an invalid-json error; returns it for further checks.
flaqes::Error parse_error(std::string_view text) {
    try {
        json::parse(text);
    } catch (const flaqes::Error& e) {
        return e;
    }
    ADD_FAILURE() << "parse accepted: " << text;
    return flaqes::Error("", "");
}

void expect_invalid(std::string_view text, const std::string& what, std::size_t offset) {
    flaqes::Error e = parse_error(text);
    EXPECT_EQ(e.code(), sqlstate::invalid_text_representation) << text;
    // The reason is nlohmann's; pin its main clause, not the "; expected ..." tail.
    EXPECT_EQ(std::string(e.what()).rfind("invalid json: " + what, 0), 0u) << e.what();
    for (char c : std::string(e.what())) EXPECT_TRUE(c >= 0x20 && c < 0x7F) << e.what();  // plain ASCII
    EXPECT_EQ(e.detail(), "at byte offset " + std::to_string(offset)) << text;
}

std::string roundtrip(std::string_view text) { return json::dump(json::parse(text)); }

std::string nested_arrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

TEST(JsonKind, Names) {
    EXPECT_STREQ(json::kind_name(Kind::Null), "null");
    EXPECT_STREQ(json::kind_name(Kind::Bool), "boolean");
    EXPECT_STREQ(json::kind_name(Kind::Number), "number");
    EXPECT_STREQ(json::kind_name(Kind::String), "string");
    EXPECT_STREQ(json::kind_name(Kind::Array), "array");
    EXPECT_STREQ(json::kind_name(Kind::Object), "object");
}

TEST(JsonParse, Scalars) {
    EXPECT_TRUE(json::parse("null").is_null());
    EXPECT_TRUE(json::parse("true").as_bool());
    EXPECT_FALSE(json::parse("false").as_bool());
    EXPECT_EQ(json::parse("\"hi\"").as_string(), "hi");
    Value n = json::parse("-12.5e3");
    ASSERT_TRUE(n.is_number());
    EXPECT_EQ(n.lexeme(), "-12.5e3");
    EXPECT_DOUBLE_EQ(n.as_double(), -12500.0);
    EXPECT_EQ(json::parse(" \t\r\n 42 \n").as_int64(), 42);
}

TEST(JsonParse, RoundTrips) {
    for (const char* text : {
             "null", "true", "false", "0", "1.5", "1E+2", "-0.0e-0", "\"\"", "[]", "{}",
             "[1,2,3]", "{\"a\":1,\"b\":[true,false,null],\"c\":{\"d\":\"e\"}}",
             "[[],[[]],{}]", "{\"z\":1,\"a\":2}", "{\"a\":1,\"a\":2}",
             "123456789012345678901234567890", "\"caf\xc3\xa9 \xe2\x82\xac\"",
         }) {
        EXPECT_EQ(roundtrip(text), text);
    }
    EXPECT_EQ(roundtrip(" { \"a\" : [ 1 , 2 ] , \"b\" : { } } "), "{\"a\":[1,2],\"b\":{}}");
    EXPECT_EQ(roundtrip("-0"), "0");  // integers are read as int64: the sign of zero is lost
}

TEST(JsonParse, Escapes) {
    EXPECT_EQ(json::parse(R"("\"\\\/\b\f\n\r\t")").as_string(), "\"\\/\b\f\n\r\t");
    EXPECT_EQ(json::parse(R"("\u0041\u00e9\u20AC")").as_string(), "A\xc3\xa9\xe2\x82\xac");
    EXPECT_EQ(json::parse(R"("a\u0000b")").as_string(), "a\0b"s);
    EXPECT_EQ(json::parse(R"("\u007f\u0080\u07ff\u0800\uffff")").as_string(),
              "\x7f\xc2\x80\xdf\xbf\xe0\xa0\x80\xef\xbf\xbf");
}

TEST(JsonParse, SurrogatePairs) {
    EXPECT_EQ(json::parse(R"("\ud83d\ude00")").as_string(), "\xf0\x9f\x98\x80");  // U+1F600
    EXPECT_EQ(json::parse(R"("\uD800\uDC00")").as_string(), "\xf0\x90\x80\x80");  // U+10000
    EXPECT_EQ(json::parse(R"("\udbff\udfff")").as_string(), "\xf4\x8f\xbf\xbf");  // U+10FFFF
}

TEST(JsonParse, Utf8) {
    expect_invalid("\"\xff\xfe\xc3\"", "invalid string: ill-formed UTF-8 byte", 1);
    EXPECT_TRUE(json::parse("\xef\xbb\xbf{}").is_object());  // a UTF-8 BOM is skipped (RFC 8259 allows it)
}

TEST(JsonParseErrors, Structure) {
    expect_invalid("", "unexpected end of input", 0);
    expect_invalid("   ", "unexpected end of input", 3);
    expect_invalid("[", "unexpected end of input", 1);
    expect_invalid("[1", "unexpected end of input", 2);
    expect_invalid("[1,", "unexpected end of input", 3);
    expect_invalid("[1,]", "unexpected ']'", 3);
    expect_invalid("[1 2]", "unexpected number literal", 3);
    expect_invalid("{", "unexpected end of input", 1);
    expect_invalid("{\"a\"", "unexpected end of input", 4);
    expect_invalid("{\"a\":", "unexpected end of input", 5);
    expect_invalid("{\"a\":1", "unexpected end of input", 6);
    expect_invalid("{\"a\":1,}", "unexpected '}'", 7);
    expect_invalid("{a:1}", "invalid literal", 1);
    expect_invalid("{\"a\" 1}", "unexpected number literal", 5);
    expect_invalid("{1:2}", "unexpected number literal", 1);
    expect_invalid("1 2", "unexpected number literal", 2);
    expect_invalid("[]]", "unexpected ']'", 2);
    expect_invalid("nul", "invalid literal", 3);
    expect_invalid("tru", "invalid literal", 3);
    expect_invalid("[fals]", "invalid literal", 5);
    expect_invalid("True", "invalid literal", 0);
    expect_invalid("nulls", "invalid literal", 4);
    expect_invalid("\x01", "invalid literal", 0);
    expect_invalid("\f1", "invalid literal", 0);               // not JSON whitespace
    expect_invalid("'a'", "invalid literal", 0);
    expect_invalid("NaN", "invalid literal", 0);
    expect_invalid("[1]\0"s, "NUL byte", 3);
}

TEST(JsonParseErrors, Numbers) {
    expect_invalid("01", "unexpected number literal", 1);
    expect_invalid("-01", "unexpected number literal", 2);
    expect_invalid("00", "unexpected number literal", 1);
    expect_invalid("-", "invalid number", 1);
    expect_invalid("-a", "invalid number", 1);
    expect_invalid("1.", "invalid number", 2);
    expect_invalid("1.e5", "invalid number", 2);
    expect_invalid("1e", "invalid number", 2);
    expect_invalid("1e+", "invalid number", 3);
    expect_invalid("[1e-]", "invalid number", 4);
    expect_invalid("+1", "invalid literal", 0);
    expect_invalid(".5", "invalid literal", 0);
    expect_invalid("Infinity", "invalid literal", 0);
    expect_invalid("0x10", "invalid literal", 1);
}

TEST(JsonParseErrors, Strings) {
    expect_invalid("\"", "invalid string: missing closing quote", 1);
    expect_invalid("\"abc", "invalid string: missing closing quote", 4);
    expect_invalid("\"abc\\", "invalid string: forbidden character after backslash", 5);
    expect_invalid("\"a\nb\"", "invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n", 2);
    expect_invalid("\"a\0b\""s, "NUL byte", 2);
    expect_invalid("\"\\x\"", "invalid string: forbidden character after backslash", 2);
    expect_invalid("\"\\U0041\"", "invalid string: forbidden character after backslash", 2);
    expect_invalid("\"\\u12\"", "invalid string: '\\u' must be followed by 4 hex digits", 5);
    expect_invalid("\"\\u12", "invalid string: '\\u' must be followed by 4 hex digits", 5);
    expect_invalid("\"\\u12G4\"", "invalid string: '\\u' must be followed by 4 hex digits", 5);
    expect_invalid("\"\\u", "invalid string: '\\u' must be followed by 4 hex digits", 3);
}

TEST(JsonParseErrors, Surrogates) {
    expect_invalid(R"("\ud800")", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 7);
    expect_invalid(R"("\ud800x")", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 7);
    expect_invalid(R"("a\udbff\n")", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 9);
    expect_invalid(R"("\udc00")", "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF", 6);
    expect_invalid(R"("\udfff\ud800")", "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF", 6);
    expect_invalid(R"("\ud800\u0041")", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 12);
    expect_invalid(R"("\ud800\ud800")", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 12);
    expect_invalid(R"("\ud800\u)", "invalid string: '\\u' must be followed by 4 hex digits", 9);
    expect_invalid(R"("\ud800\)", "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF", 8);
}

TEST(JsonDepth, LimitIsEnforcedBeforeRecursing) {
    Value deepest = json::parse(nested_arrays(json::max_depth));
    EXPECT_EQ(json::dump(deepest), nested_arrays(json::max_depth));

    for (std::string text : {nested_arrays(json::max_depth + 1), std::string(json::max_depth + 1, '['),
                             std::string(100000, '['), std::string(100000, '{') /* fails at keys */}) {
        try {
            json::parse(text);
            ADD_FAILURE() << "accepted depth " << text.size();
        } catch (const flaqes::Error& e) {
            if (text[0] == '{') continue;  // "{{" is rejected as a bad key, not by depth
            EXPECT_EQ(e.code(), sqlstate::program_limit_exceeded);
            EXPECT_STREQ(e.what(), "json nesting is too deep");
            EXPECT_EQ(e.detail(), "the limit is 256 levels");
        }
    }
}

TEST(JsonDepth, MixedObjectsAndArrays) {
    std::string ok, too_deep;
    for (int i = 0; i < json::max_depth / 2; ++i) ok += "{\"k\":[";
    ok += "1";
    for (int i = 0; i < json::max_depth / 2; ++i) ok += "]}";
    Value v = json::parse(ok);
    EXPECT_EQ(json::dump(v), ok);

    too_deep = "[" + ok + "]";
    EXPECT_THROW(
        {
            try {
                json::parse(too_deep);
            } catch (const flaqes::Error& e) {
                EXPECT_EQ(e.code(), sqlstate::program_limit_exceeded);
                throw;
            }
        },
        flaqes::Error);
}

TEST(JsonDepth, DumpRefusesWhatParseWouldRefuse) {
    Value root = Value::array();
    Value* cur = &root;
    for (int i = 1; i < json::max_depth; ++i) cur = &cur->push(Value::array());
    EXPECT_EQ(json::dump(root), nested_arrays(json::max_depth));
    cur->push(Value::object());
    try {
        json::dump(root);
        ADD_FAILURE() << "dump accepted depth 257";
    } catch (const flaqes::Error& e) {
        EXPECT_EQ(e.code(), sqlstate::program_limit_exceeded);
    }
}

TEST(JsonNumbers, AsInt64) {
    EXPECT_EQ(json::parse("0").as_int64(), 0);
    EXPECT_EQ(json::parse("-0").as_int64(), 0);
    EXPECT_EQ(json::parse("9223372036854775807").as_int64(), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(json::parse("-9223372036854775808").as_int64(), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(json::parse("9223372036854775808").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("-9223372036854775809").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("123456789012345678901234567890").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("5.0").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("5e0").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("5E0").as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("\"5\"").as_int64(), std::nullopt);
    EXPECT_EQ(Value().as_int64(), std::nullopt);
    EXPECT_EQ(Value::integer(std::numeric_limits<std::int64_t>::min()).lexeme(), "-9223372036854775808");
    EXPECT_EQ(Value::integer(std::numeric_limits<std::int64_t>::min()).as_int64(),
              std::numeric_limits<std::int64_t>::min());
}

TEST(JsonNumbers, AsDouble) {
    EXPECT_DOUBLE_EQ(json::parse("0.1").as_double(), 0.1);
    EXPECT_DOUBLE_EQ(json::parse("1E2").as_double(), 100.0);
    // Beyond a double's range is refused (nlohmann checks what it reads); below it reads as +-0.
    expect_invalid("1e400", "number overflow", 4);
    expect_invalid("[-1e400]", "number overflow", 6);
    expect_invalid(std::string(400, '9'), "number overflow", 399);
    EXPECT_EQ(json::parse("0.00001e-99999999999999999999").as_double(), 0.0);
    EXPECT_EQ(json::parse("1e-400").as_double(), 0.0);
    EXPECT_TRUE(std::signbit(json::parse("-1e-400").as_double()));
    EXPECT_EQ(json::parse("0e99999").as_double(), 0.0);
    std::string long_int(30, '9');
    Value big = json::parse(long_int);
    EXPECT_EQ(big.lexeme(), long_int);
    EXPECT_DOUBLE_EQ(big.as_double(), 1e30);
    EXPECT_EQ(big.as_int64(), std::nullopt);
    EXPECT_EQ(json::parse("0." + std::string(400, '0') + "1e-300").as_double(), 0.0);
    EXPECT_DOUBLE_EQ(json::parse("0." + std::string(400, '0') + "1e400").as_double(), 1e-1);
}

TEST(JsonNumbers, Construction) {
    EXPECT_EQ(Value::number(0.1).lexeme(), "0.1");
    EXPECT_EQ(Value::number(-2.5).lexeme(), "-2.5");
    EXPECT_EQ(Value::number(1e300).as_double(), 1e300);
    EXPECT_EQ(Value::number(5.0).as_int64(), 5);
    EXPECT_TRUE(Value::number(std::nan("")).is_null());
    EXPECT_TRUE(Value::number(HUGE_VAL).is_null());
    EXPECT_TRUE(Value::number(-HUGE_VAL).is_null());
    for (double d : {0.1, 1.0 / 3, 1e-7, 1e21, -0.0, 5e-324, 1.7976931348623157e308}) {
        Value v = json::parse(json::dump(Value::number(d)));
        EXPECT_EQ(v.as_double(), d) << v.lexeme();
    }
    EXPECT_EQ(Value::integer(-42).lexeme(), "-42");
    EXPECT_EQ(Value::number_text("12345678901234567890.123").lexeme(), "12345678901234567890.123");
    for (const char* bad : {"", "NaN", "Infinity", "-Infinity", " 1", "1 ", "01", "1.", "+1", "1e"}) {
        try {
            Value::number_text(bad);
            ADD_FAILURE() << "accepted lexeme: " << bad;
        } catch (const flaqes::Error& e) {
            EXPECT_EQ(e.code(), sqlstate::internal_error);
        }
    }
}

TEST(JsonDump, Quoting) {
    EXPECT_EQ(json::quoted(""), "\"\"");
    EXPECT_EQ(json::quoted("a\"b\\c/d"), R"("a\"b\\c/d")");
    EXPECT_EQ(json::quoted("\b\f\n\r\t"), R"("\b\f\n\r\t")");
    EXPECT_EQ(json::quoted("\x01\x1f\x7f"), "\"\\u0001\\u001f\x7f\"");
    EXPECT_EQ(json::quoted("a\0b"s), R"("a\u0000b")");
    EXPECT_EQ(json::quoted("\xc3\xa9\xff"), "\"\xc3\xa9\xff\"");
    std::string out = "x";
    json::append_quoted(out, "y");
    EXPECT_EQ(out, "x\"y\"");

    // Every ASCII byte and multi-byte UTF-8 survive a quote/parse round trip.
    std::string all;
    for (int c = 0; c < 128; ++c) all += static_cast<char>(c);
    all += "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80";
    EXPECT_EQ(json::parse(json::quoted(all)).as_string(), all);
}

TEST(JsonDump, BuiltValues) {
    Value v = Value::object();
    v.set("name", Value::string("t\"1"));
    v.set("n", Value::integer(3));
    Value& list = v.set("list", Value::array());
    list.push(Value::boolean(true));
    list.push(Value());
    list.push(Value::number(1.5));
    v.set("empty", Value::object());
    EXPECT_EQ(json::dump(v), R"({"name":"t\"1","n":3,"list":[true,null,1.5],"empty":{}})");
    std::string out = "prefix:";
    json::dump_to(out, v);
    EXPECT_EQ(out, "prefix:" + json::dump(v));
}

TEST(JsonValue, FindAndSet) {
    Value v = json::parse(R"({"a":1,"b":2,"a":3})");
    EXPECT_EQ(v.size(), 3u);
    ASSERT_NE(v.find("a"), nullptr);
    EXPECT_EQ(v.find("a")->as_int64(), 3);  // last one wins
    EXPECT_EQ(v.find("b")->as_int64(), 2);
    EXPECT_EQ(v.find("c"), nullptr);
    EXPECT_EQ(v.find(""), nullptr);

    v.set("a", Value::string("x"));  // replaces the last "a"
    EXPECT_EQ(json::dump(v), R"({"a":1,"b":2,"a":"x"})");
    v.set("b", Value());
    v.set("c", Value::boolean(false));
    EXPECT_EQ(json::dump(v), R"({"a":1,"b":null,"a":"x","c":false})");
    EXPECT_EQ(v.size(), 4u);
    EXPECT_TRUE(v.find("b")->is_null());

    Value& stored = v.set("d", Value::array());
    stored.push(Value::integer(1));
    EXPECT_EQ(v.find("d")->size(), 1u);

    std::string key_with_nul = "k\0k"s;
    v.set(key_with_nul, Value::integer(7));
    EXPECT_EQ(v.find(key_with_nul)->as_int64(), 7);
    EXPECT_EQ(v.find("k"), nullptr);
    EXPECT_EQ(json::parse(json::dump(v)).find(key_with_nul)->as_int64(), 7);

    EXPECT_EQ(Value::array().find("a"), nullptr);
    EXPECT_EQ(Value::string("a").find("a"), nullptr);
}

TEST(JsonValue, ArraysAndSizes) {
    Value a = Value::array();
    EXPECT_EQ(a.size(), 0u);
    Value& first = a.push(Value::integer(1));
    first = Value::string("one");
    a.push(Value::array()).push(Value::integer(2));
    EXPECT_EQ(json::dump(a), R"(["one",[2]])");
    EXPECT_EQ(a.size(), 2u);
    a.items().pop_back();
    EXPECT_EQ(a.items().size(), 1u);
    EXPECT_EQ(Value().size(), 0u);
    EXPECT_EQ(Value::string("abc").size(), 0u);
    EXPECT_EQ(Value::object().members().size(), 0u);
}

TEST(JsonValue, WrongKindIsAnInternalError) {
    auto expect_internal = [](auto&& f) {
        try {
            f();
            ADD_FAILURE() << "no error";
        } catch (const flaqes::Error& e) {
            EXPECT_EQ(e.code(), sqlstate::internal_error);
        }
    };
    Value null;
    Value str = Value::string("1");
    Value arr = Value::array();
    Value obj = Value::object();
    expect_internal([&] { (void)null.as_bool(); });
    expect_internal([&] { (void)str.as_double(); });
    expect_internal([&] { (void)str.lexeme(); });
    expect_internal([&] { (void)null.as_string(); });
    expect_internal([&] { (void)obj.items(); });
    expect_internal([&] { (void)arr.members(); });
    expect_internal([&] { obj.push(Value()); });
    expect_internal([&] { arr.set("a", Value()); });
    try {
        (void)str.as_bool();
    } catch (const flaqes::Error& e) {
        EXPECT_STREQ(e.what(), "json value is string, not boolean");
    }
}

TEST(JsonValue, CopiesAreDeep) {
    Value a = json::parse(R"({"x":[1,2]})");
    Value b = a;
    b.set("x", Value::integer(0));
    EXPECT_EQ(json::dump(a), R"({"x":[1,2]})");
    EXPECT_EQ(json::dump(b), R"({"x":0})");
    Value c = std::move(b);
    EXPECT_EQ(json::dump(c), R"({"x":0})");
}
