#include "core/seed/array_literal.hpp"

#include "core/error.hpp"
#include "core/json.hpp"

namespace flaqes::seed {
namespace {

void append_element(std::string& out, const json::Value& v) {
    if (v.is_null()) {
        out += "NULL";
        return;
    }
    if (v.is_array()) {
        out += '{';
        bool first = true;
        for (const json::Value& item : v.items()) {
            if (!first) out += ',';
            first = false;
            append_element(out, item);
        }
        out += '}';
        return;
    }
    const std::string text = v.is_string() ? v.as_string()
                             : v.is_number() ? v.lexeme()
                             : v.is_bool()   ? std::string(v.as_bool() ? "true" : "false")
                                             : json::dump(v);
    // Every element quoted: no element text can then be taken for NULL, a brace or a delimiter.
    out += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
}

}  // namespace

std::optional<std::string> array_literal_of_json(std::string_view text) {
    if (text.empty() || text.front() != '[') return std::nullopt;
    try {
        const json::Value v = json::parse(text);
        std::string out;
        append_element(out, v);
        return out;
    } catch (const Error&) {
        return std::nullopt;  // not JSON: Postgres reads it as it stands
    }
}

}  // namespace flaqes::seed
