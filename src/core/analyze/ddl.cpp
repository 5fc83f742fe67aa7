#include "core/analyze/ddl.hpp"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

namespace flaqes::ddl {

std::string literal(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        if (c == '\'') out += '\'';
        out += c;
    }
    out += '\'';
    return out;
}

std::string columns(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& n : names) out += (out.empty() ? "" : ", ") + quote_ident(n);
    return out;
}

std::string object_name(const Table& table, const std::vector<std::string>& columns, std::string_view suffix) {
    std::string name = table.name.name;
    for (const std::string& c : columns) name += "_" + c;
    const std::size_t room = 63 - suffix.size() - 1;
    if (name.size() > room) {
        name.resize(room);
        while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
        if (!name.empty() && static_cast<unsigned char>(name.back()) >= 0xC0) name.pop_back();
    }
    return quote_ident(name + "_" + std::string(suffix));
}

std::string index_ref(const Table& table, const std::string& index_name) {
    return quote_ident(table.name.schema) + "." + quote_ident(index_name);
}

bool default_is_clock(const std::optional<std::string>& default_expr) {
    if (!default_expr) return false;
    std::string lower = *default_expr;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* clock : {"now()", "current_timestamp", "localtimestamp", "statement_timestamp()",
                              "transaction_timestamp()", "clock_timestamp()"}) {
        if (lower.find(clock) != std::string::npos) return true;
    }
    return false;
}

std::string count(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::string count(double n) { return count(static_cast<std::int64_t>(std::llround(n))); }

}  // namespace flaqes::ddl
