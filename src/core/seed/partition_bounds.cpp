#include "core/seed/partition_bounds.hpp"

#include <cctype>

namespace flaqes::seed {
namespace {

// The literals of a parenthesised list starting at `open` (quoted strings unescaped; bare words
// such as numbers, MINVALUE, NULL as written).
std::vector<std::string> literals(const std::string& s, std::size_t open) {
    std::vector<std::string> out;
    std::size_t i = open + 1;
    while (i < s.size() && s[i] != ')') {
        if (s[i] == '\'') {
            std::string v;
            for (++i; i < s.size(); ++i) {
                if (s[i] == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
                    v += '\'';
                    ++i;
                } else if (s[i] == '\'') {
                    ++i;
                    break;
                } else {
                    v += s[i];
                }
            }
            out.push_back(v);
        } else if (s[i] == ',' || s[i] == ' ') {
            ++i;
        } else {
            std::size_t j = i;
            while (j < s.size() && s[j] != ',' && s[j] != ')') ++j;
            std::string v = s.substr(i, j - i);
            while (!v.empty() && v.back() == ' ') v.pop_back();
            out.push_back(v);
            i = j;
        }
    }
    return out;
}

}  // namespace

std::optional<std::pair<std::string, std::vector<std::string>>> partition_key_values(
    const std::string& key, const std::vector<std::string>& bounds) {
    const std::size_t open = key.find('(');
    const std::size_t close = key.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close <= open + 1) return std::nullopt;
    const std::string strategy = key.substr(0, open);
    std::string column = key.substr(open + 1, close - open - 1);
    for (char c : column) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return std::nullopt;  // an expression or several columns
    }
    if (strategy.rfind("LIST", 0) != 0 && strategy.rfind("RANGE", 0) != 0) return std::nullopt;
    std::vector<std::string> values;
    for (const std::string& b : bounds) {
        if (b == "DEFAULT") return std::nullopt;
        const std::size_t in = b.find("IN (");
        const std::size_t from = b.find("FROM (");
        if (in != std::string::npos) {
            for (const std::string& v : literals(b, in + 3)) {
                if (v != "NULL") values.push_back(v);
            }
        } else if (from != std::string::npos) {
            const auto lower = literals(b, from + 5);
            if (!lower.empty() && lower.front() != "MINVALUE" && lower.front() != "MAXVALUE") values.push_back(lower.front());
        }
    }
    if (values.empty()) return std::nullopt;
    return std::make_pair(column, values);
}

}  // namespace flaqes::seed
