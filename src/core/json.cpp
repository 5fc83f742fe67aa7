#include "core/json.hpp"

#include <charconv>
#include <cmath>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/error.hpp"

namespace flaqes::json {

namespace {

[[noreturn]] void too_deep() {
    throw Error(sqlstate::program_limit_exceeded, "json nesting is too deep",
                fmt::format("the limit is {} levels", max_depth));
}

// True when lexeme is exactly one JSON number, without surrounding whitespace.
bool is_number_lexeme(std::string_view lexeme) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    return !lexeme.empty() && (lexeme.front() == '-' || digit(lexeme.front())) && digit(lexeme.back()) &&
           nlohmann::json::accept(lexeme);
}

// nlohmann's message without its "[json.exception...] parse error at line L, column C: syntax error
// while parsing value - " prefix and without the "; last read: '...'" suffix, which quotes the
// input: the message stays plain ASCII.
std::string parse_error_text(const nlohmann::json::exception& e) {
    std::string_view what = e.what();
    if (auto column = what.find("column "); column != std::string_view::npos) {
        if (auto colon = what.find(": ", column); colon != std::string_view::npos) what.remove_prefix(colon + 2);
    } else if (auto bracket = what.find("] "); bracket != std::string_view::npos) {
        what.remove_prefix(bracket + 2);
    }
    if (auto last_read = what.find("; last read"); last_read != std::string_view::npos) what = what.substr(0, last_read);
    if (auto parsing = what.find(" parsing '"); parsing != std::string_view::npos)
        what = what.substr(0, parsing);  // "number overflow parsing '1e400'"
    if (auto dash = what.find(" - "); what.substr(0, 14) == "syntax error w" && dash != std::string_view::npos)
        what.remove_prefix(dash + 3);  // "syntax error while parsing value - "
    return std::string(what);
}

// Builds a Value from nlohmann's SAX events. nlohmann checks the grammar, escapes, surrogates and
// UTF-8; this keeps what its own value type cannot: number lexemes, duplicate keys in order, and
// the nesting limit, checked before a container opens.
class Builder final : public nlohmann::json_sax<nlohmann::json> {
public:
    Value result;

    bool null() override { return add(Value()); }
    bool boolean(bool b) override { return add(Value::boolean(b)); }
    bool number_integer(number_integer_t i) override { return add(Value::integer(i)); }
    bool number_unsigned(number_unsigned_t u) override { return add(number_from(std::to_string(u))); }
    bool number_float(number_float_t, const string_t& lexeme) override { return add(number_from(lexeme)); }
    bool string(string_t& s) override { return add(Value::string(std::move(s))); }
    bool binary(binary_t&) override { return false; }  // not produced by the JSON format
    bool start_object(std::size_t) override { return open(Value::object()); }
    bool key(string_t& k) override {
        key_ = std::move(k);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(Value::array()); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::json::exception& e) override {
        // position counts the bytes read, the offending one included.
        throw Error(sqlstate::invalid_text_representation, "invalid json: " + parse_error_text(e),
                    fmt::format("at byte offset {}", position > 0 ? position - 1 : 0));
    }

private:
    std::vector<Value*> open_;  // the containers being filled, innermost last
    std::string key_;           // the key of the next member of the innermost object

    // Unsigned values past int64 and every number with a fraction or exponent keep their text.
    static Value number_from(std::string lexeme) { return Value::number_text(std::move(lexeme)); }

    // The reference is stable while it is open: its parent only grows after it closes.
    Value& place(Value v) {
        if (open_.empty()) return result = std::move(v);
        Value& parent = *open_.back();
        if (parent.is_array()) return parent.items().emplace_back(std::move(v));
        // Duplicates are kept, in order; find() and set() use the last one.
        return parent.members().emplace_back(std::move(key_), std::move(v)).second;
    }
    bool add(Value v) {
        place(std::move(v));
        return true;
    }
    bool open(Value container) {
        if (open_.size() >= static_cast<std::size_t>(max_depth)) too_deep();
        open_.push_back(&place(std::move(container)));
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
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
    if (!is_number_lexeme(lexeme))
        throw Error(sqlstate::internal_error, "not a valid json number",
                    fmt::format("the text is {}", json::quoted(lexeme)));
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
    const auto [end, ec] = std::from_chars(text_.data(), text_.data() + text_.size(), d);
    (void)end;
    // Lexemes past a double's range are refused when read, so this is underflow: nlohmann's strtod
    // gives the signed zero or subnormal from_chars leaves out.
    if (ec == std::errc::result_out_of_range) return nlohmann::json::parse(text_).get<double>();
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
    // nlohmann takes a NUL byte outside a string for the end of the input; it is never valid JSON.
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        throw Error(sqlstate::invalid_text_representation, "invalid json: NUL byte",
                    fmt::format("at byte offset {}", nul));
    Builder builder;
    nlohmann::json::sax_parse(text, &builder);
    return std::move(builder.result);
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
