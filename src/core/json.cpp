#include "core/json.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes::json {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

[[noreturn]] void too_deep() {
    throw Error(sqlstate::program_limit_exceeded, "json nesting is too deep",
                fmt::format("the limit is {} levels", max_depth));
}

// Scans the JSON number that starts at s[pos]. On success error is null and end is where the
// number stops; otherwise end is the offset of the offending byte.
struct NumberScan {
    std::size_t end;
    const char* error;
};

NumberScan scan_number(std::string_view s, std::size_t pos) {
    auto digits = [&] {
        std::size_t start = pos;
        while (pos < s.size() && is_digit(s[pos])) ++pos;
        return pos > start;
    };
    if (pos < s.size() && s[pos] == '-') ++pos;
    if (pos >= s.size() || !is_digit(s[pos])) return {pos, "invalid number"};
    if (s[pos] == '0') {
        ++pos;
        if (pos < s.size() && is_digit(s[pos])) return {pos, "leading zero in number"};
    } else {
        digits();
    }
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        if (!digits()) return {pos, "invalid number"};
    }
    if (pos < s.size() && (s[pos] == 'e' || s[pos] == 'E')) {
        ++pos;
        if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) ++pos;
        if (!digits()) return {pos, "invalid number"};
    }
    return {pos, nullptr};
}

// from_chars reports a range error without a value: tell overflow (+-inf) from underflow (+-0)
// by the decimal exponent of the leading significant digit. The lexeme is a valid JSON number.
double out_of_range_value(std::string_view lex) {
    bool negative = lex[0] == '-';
    std::size_t i = negative ? 1 : 0;
    long long magnitude = 0;
    bool significant = false;
    for (; i < lex.size() && is_digit(lex[i]); ++i) {
        if (significant || lex[i] != '0') {
            significant = true;
            ++magnitude;
        }
    }
    if (i < lex.size() && lex[i] == '.') {
        for (++i; i < lex.size() && is_digit(lex[i]); ++i) {
            if (significant) continue;
            if (lex[i] == '0') --magnitude;
            else significant = true;
        }
    }
    if (i < lex.size() && (lex[i] == 'e' || lex[i] == 'E')) {
        ++i;
        bool exp_negative = i < lex.size() && lex[i] == '-';
        if (i < lex.size() && (lex[i] == '+' || lex[i] == '-')) ++i;
        long long exp = 0;
        for (; i < lex.size() && is_digit(lex[i]); ++i) {
            if (exp < 1'000'000'000) exp = exp * 10 + (lex[i] - '0');  // clamp; far past any double
        }
        magnitude += exp_negative ? -exp : exp;
    }
    double r = magnitude > 0 ? HUGE_VAL : 0.0;
    return negative ? -r : r;
}

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Recursive descent. Depth is checked before descending, so recursion stays within max_depth.
class Parser {
public:
    explicit Parser(std::string_view text) : s_(text) {}

    Value document() {
        skip_ws();
        Value v = value(0);
        skip_ws();
        if (!at_end()) fail("unexpected data after the value");
        return v;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;

    [[noreturn]] void fail(std::string_view what) const { fail_at(what, pos_); }
    [[noreturn]] static void fail_at(std::string_view what, std::size_t offset) {
        throw Error(sqlstate::invalid_text_representation, fmt::format("invalid json: {}", what),
                    fmt::format("at byte offset {}", offset));
    }
    [[noreturn]] void unexpected() const {
        if (at_end()) fail("unexpected end of input");
        unsigned char c = static_cast<unsigned char>(s_[pos_]);
        // Keep the message plain ASCII whatever the input holds.
        if (c >= 0x20 && c < 0x7F) fail(fmt::format("unexpected character '{}'", static_cast<char>(c)));
        fail(fmt::format("unexpected byte 0x{:02x}", c));
    }

    bool at_end() const { return pos_ >= s_.size(); }
    bool next_is(char c) const { return !at_end() && s_[pos_] == c; }

    void skip_ws() {
        while (!at_end() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }

    void expect(char c) {
        if (!next_is(c)) unexpected();
        ++pos_;
    }

    void literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) fail("invalid literal");
        pos_ += word.size();
    }

    // depth counts the containers around this value.
    Value value(int depth) {
        if (at_end()) unexpected();
        switch (s_[pos_]) {
        case '[':
            if (depth >= max_depth) too_deep();
            return array(depth + 1);
        case '{':
            if (depth >= max_depth) too_deep();
            return object(depth + 1);
        case '"':
            return Value::string(string());
        case 't':
            literal("true");
            return Value::boolean(true);
        case 'f':
            literal("false");
            return Value::boolean(false);
        case 'n':
            literal("null");
            return Value();
        default:
            if (s_[pos_] == '-' || is_digit(s_[pos_])) return number();
            unexpected();
        }
    }

    Value array(int depth) {
        ++pos_;  // '['
        Value arr = Value::array();
        skip_ws();
        if (next_is(']')) {
            ++pos_;
            return arr;
        }
        for (;;) {
            skip_ws();
            arr.items().push_back(value(depth));
            skip_ws();
            if (next_is(']')) {
                ++pos_;
                return arr;
            }
            expect(',');
        }
    }

    Value object(int depth) {
        ++pos_;  // '{'
        Value obj = Value::object();
        skip_ws();
        if (next_is('}')) {
            ++pos_;
            return obj;
        }
        for (;;) {
            skip_ws();
            if (!next_is('"')) unexpected();
            std::string key = string();
            skip_ws();
            expect(':');
            skip_ws();
            Value v = value(depth);
            // Duplicates are kept, in order; find() and set() use the last one.
            obj.members().emplace_back(std::move(key), std::move(v));
            skip_ws();
            if (next_is('}')) {
                ++pos_;
                return obj;
            }
            expect(',');
        }
    }

    Value number() {
        NumberScan scan = scan_number(s_, pos_);
        if (scan.error) fail_at(scan.error, scan.end);
        std::string lexeme(s_.substr(pos_, scan.end - pos_));
        pos_ = scan.end;
        return Value::number_text(std::move(lexeme));
    }

    unsigned hex4() {
        unsigned cp = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            if (pos_ + i >= s_.size()) fail_at("invalid \\u escape", pos_ + i);
            char c = s_[pos_ + i];
            unsigned d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else fail_at("invalid \\u escape", pos_ + i);
            cp = cp * 16 + d;
        }
        pos_ += 4;
        return cp;
    }

    std::string string() {
        ++pos_;  // opening quote
        std::string out;
        for (;;) {
            std::size_t run = pos_;
            while (!at_end() && s_[pos_] != '"' && s_[pos_] != '\\' &&
                   static_cast<unsigned char>(s_[pos_]) >= 0x20)
                ++pos_;
            out.append(s_.substr(run, pos_ - run));
            if (at_end()) fail("unterminated string");
            char c = s_[pos_];
            if (c == '"') {
                ++pos_;
                return out;
            }
            if (c != '\\') fail("control character in string");
            std::size_t escape = pos_++;
            if (at_end()) fail("unterminated string");
            switch (s_[pos_++]) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = hex4();
                if (cp >= 0xDC00 && cp <= 0xDFFF) fail_at("lone low surrogate", escape);
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    if (s_.substr(pos_, 2) != "\\u") fail_at("lone high surrogate", escape);
                    pos_ += 2;
                    unsigned low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF) fail_at("invalid surrogate pair", escape);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, cp);
                break;
            }
            default:
                fail_at("invalid escape", escape);
            }
        }
    }
};

void dump_at(std::string& out, const Value& v, int depth) {
    switch (v.kind()) {
    case Kind::Null: out += "null"; return;
    case Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Kind::Number: out += v.lexeme(); return;
    case Kind::String: append_quoted(out, v.as_string()); return;
    case Kind::Array: {
        if (depth >= max_depth) too_deep();
        out += '[';
        bool first = true;
        for (const Value& item : v.items()) {
            if (!first) out += ',';
            first = false;
            dump_at(out, item, depth + 1);
        }
        out += ']';
        return;
    }
    case Kind::Object: {
        if (depth >= max_depth) too_deep();
        out += '{';
        bool first = true;
        for (const auto& [key, value] : v.members()) {
            if (!first) out += ',';
            first = false;
            append_quoted(out, key);
            out += ':';
            dump_at(out, value, depth + 1);
        }
        out += '}';
        return;
    }
    }
}

}  // namespace

const char* kind_name(Kind kind) {
    switch (kind) {
    case Kind::Null: return "null";
    case Kind::Bool: return "boolean";
    case Kind::Number: return "number";
    case Kind::String: return "string";
    case Kind::Array: return "array";
    case Kind::Object: return "object";
    }
    return "unknown";
}

Value Value::boolean(bool b) {
    Value v(Kind::Bool);
    v.bool_ = b;
    return v;
}

Value Value::number(double d) {
    if (!std::isfinite(d)) return Value();
    Value v(Kind::Number);
    v.text_ = fmt::format("{}", d);
    return v;
}

Value Value::integer(std::int64_t i) {
    Value v(Kind::Number);
    v.text_ = std::to_string(i);
    return v;
}

Value Value::number_text(std::string lexeme) {
    NumberScan scan = scan_number(lexeme, 0);
    if (scan.error || scan.end != lexeme.size())
        throw Error(sqlstate::internal_error, "not a valid json number",
                    fmt::format("the text is {}", quoted(lexeme)));
    Value v(Kind::Number);
    v.text_ = std::move(lexeme);
    return v;
}

Value Value::string(std::string s) {
    Value v(Kind::String);
    v.text_ = std::move(s);
    return v;
}

Value Value::array() { return Value(Kind::Array); }
Value Value::object() { return Value(Kind::Object); }

void Value::wrong_kind(Kind wanted) const {
    throw Error(sqlstate::internal_error,
                fmt::format("json value is {}, not {}", kind_name(kind_), kind_name(wanted)));
}

bool Value::as_bool() const {
    if (kind_ != Kind::Bool) wrong_kind(Kind::Bool);
    return bool_;
}

double Value::as_double() const {
    if (kind_ != Kind::Number) wrong_kind(Kind::Number);
    double d = 0;
    auto [end, ec] = std::from_chars(text_.data(), text_.data() + text_.size(), d);
    (void)end;
    if (ec == std::errc::result_out_of_range) return out_of_range_value(text_);
    return d;
}

std::optional<std::int64_t> Value::as_int64() const {
    if (kind_ != Kind::Number) return std::nullopt;
    // from_chars stops at '.', 'e' and 'E', so requiring it to consume everything leaves
    // exactly -?[0-9]+.
    std::int64_t i = 0;
    const char* last = text_.data() + text_.size();
    auto [end, ec] = std::from_chars(text_.data(), last, i);
    if (ec != std::errc() || end != last) return std::nullopt;
    return i;
}

const std::string& Value::lexeme() const {
    if (kind_ != Kind::Number) wrong_kind(Kind::Number);
    return text_;
}

const std::string& Value::as_string() const {
    if (kind_ != Kind::String) wrong_kind(Kind::String);
    return text_;
}

const std::vector<Value>& Value::items() const {
    if (kind_ != Kind::Array) wrong_kind(Kind::Array);
    return items_;
}

std::vector<Value>& Value::items() {
    if (kind_ != Kind::Array) wrong_kind(Kind::Array);
    return items_;
}

const std::vector<Value::Member>& Value::members() const {
    if (kind_ != Kind::Object) wrong_kind(Kind::Object);
    return members_;
}

std::vector<Value::Member>& Value::members() {
    if (kind_ != Kind::Object) wrong_kind(Kind::Object);
    return members_;
}

const Value* Value::find(std::string_view key) const {
    if (kind_ != Kind::Object) return nullptr;
    for (auto it = members_.rbegin(); it != members_.rend(); ++it) {
        if (it->first == key) return &it->second;
    }
    return nullptr;
}

Value& Value::push(Value v) {
    return items().emplace_back(std::move(v));
}

Value& Value::set(std::string key, Value v) {
    auto& ms = members();
    for (auto it = ms.rbegin(); it != ms.rend(); ++it) {
        if (it->first == key) return it->second = std::move(v);
    }
    return ms.emplace_back(std::move(key), std::move(v)).second;
}

std::size_t Value::size() const {
    if (kind_ == Kind::Array) return items_.size();
    if (kind_ == Kind::Object) return members_.size();
    return 0;
}

Value parse(std::string_view text) {
    return Parser(text).document();
}

std::string dump(const Value& v) {
    std::string out;
    dump_to(out, v);
    return out;
}

void dump_to(std::string& out, const Value& v) {
    dump_at(out, v, 0);
}

void append_quoted(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            auto u = static_cast<unsigned char>(c);
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
        }
    }
    out += '"';
}

std::string quoted(std::string_view s) {
    std::string out;
    append_quoted(out, s);
    return out;
}

}  // namespace flaqes::json
