// A small JSON value for the Postgres-free core, read by nlohmann/json (strict RFC 8259). Numbers keep
// their text so nothing is lost between Postgres numeric output and JSON, and objects keep duplicate
// keys in order: nlohmann's own value type keeps neither, so it is only the parser here, and the
// writer (which has to write those lexemes) is the few lines of dump().
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace flaqes::json {

// Deepest nesting of arrays and objects that parse accepts and dump writes.
inline constexpr int max_depth = 256;

enum class Kind { Null, Bool, Number, String, Array, Object };

// "null", "boolean", "number", "string", "array", "object".
const char* kind_name(Kind kind);

class Value {
public:
    using Member = std::pair<std::string, Value>;

    Value() = default;  // null

    static Value boolean(bool b);
    // Finite values only: NaN and infinities become null. Written as the shortest round-trip text.
    static Value number(double d);
    static Value integer(std::int64_t i);
    // A lexeme already valid as a JSON number within a double's range (e.g. Postgres numeric output;
    // its digits are all kept). Anything else, including "NaN" or surrounding whitespace, throws
    // Error(internal_error).
    static Value number_text(std::string lexeme);
    static Value string(std::string s);
    static Value array();
    static Value object();

    Kind kind() const { return kind_; }
    bool is_null() const { return kind_ == Kind::Null; }
    bool is_bool() const { return kind_ == Kind::Bool; }
    bool is_number() const { return kind_ == Kind::Number; }
    bool is_string() const { return kind_ == Kind::String; }
    bool is_array() const { return kind_ == Kind::Array; }
    bool is_object() const { return kind_ == Kind::Object; }

    // The accessors below throw Error(internal_error) when the value is of another kind.
    bool as_bool() const;
    // Lexemes below a double's range give +-0.
    double as_double() const;
    // Only for lexemes of the form -?[0-9]+ within int64 range; nullopt otherwise, and for
    // values that are not numbers.
    std::optional<std::int64_t> as_int64() const;
    const std::string& lexeme() const;  // numbers
    const std::string& as_string() const;
    const std::vector<Value>& items() const;
    std::vector<Value>& items();
    const std::vector<Member>& members() const;
    std::vector<Member>& members();

    // The object's member with this key (the last one if duplicated), or nullptr; nullptr for
    // non-objects too.
    const Value* find(std::string_view key) const;
    // Appends to an array. The reference lasts until the array next changes.
    Value& push(Value v);
    // Object: replaces the value of an existing key (the last one if duplicated) or appends.
    // The reference lasts until the object next changes.
    Value& set(std::string key, Value v);
    // Items or members count; 0 for scalars.
    std::size_t size() const;

private:
    explicit Value(Kind kind) : kind_(kind) {}
    [[noreturn]] void wrong_kind(Kind wanted) const;

    Kind kind_ = Kind::Null;
    bool bool_ = false;
    std::string text_;  // string contents or number lexeme
    std::vector<Value> items_;
    std::vector<Member> members_;
};

// Strict RFC 8259 (and valid UTF-8): the whole input must be one value, surrounding whitespace allowed.
// Throws Error(invalid_text_representation) "invalid json: <what nlohmann found>" with the byte
// offset in the detail (numbers past a double's range too: "number overflow"), or
// Error(program_limit_exceeded) for nesting deeper than max_depth.
Value parse(std::string_view text);

// Compact, members in insertion order. Throws Error(program_limit_exceeded) for nesting deeper
// than max_depth, so whatever dump writes, parse reads back.
std::string dump(const Value& v);
void dump_to(std::string& out, const Value& v);

// A JSON string literal: \" \\ \b \f \n \r \t, other control characters as \u00xx, bytes from
// 0x80 up copied as they are.
void append_quoted(std::string& out, std::string_view s);
std::string quoted(std::string_view s);

}  // namespace flaqes::json
