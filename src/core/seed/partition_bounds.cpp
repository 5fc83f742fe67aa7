#include "core/seed/partition_bounds.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>

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

namespace {

// Orders bound literals as numbers when both are numbers, else as text (ISO dates and
// timestamps sort as text).
bool bound_less(const std::string& a, const std::string& b) {
    char* end_a = nullptr;
    char* end_b = nullptr;
    const double x = std::strtod(a.c_str(), &end_a);
    const double y = std::strtod(b.c_str(), &end_b);
    if (end_a != a.c_str() && *end_a == '\0' && end_b != b.c_str() && *end_b == '\0') return x < y;
    return a < b;
}

// [min from, max to) when the ranges meet end to end.
std::optional<std::pair<std::string, std::string>> contiguous(std::vector<std::pair<std::string, std::string>> ranges) {
    if (ranges.empty()) return std::nullopt;
    std::sort(ranges.begin(), ranges.end(), [](const auto& l, const auto& r) { return bound_less(l.first, r.first); });
    for (std::size_t i = 1; i < ranges.size(); ++i) {
        if (ranges[i].first != ranges[i - 1].second) return std::nullopt;
    }
    return std::make_pair(ranges.front().first, ranges.back().second);
}

}  // namespace

std::optional<PartitionKeyValues> partition_key_values(const std::string& key, const std::vector<std::string>& bounds) {
    const std::size_t open = key.find('(');
    const std::size_t close = key.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close <= open + 1) return std::nullopt;
    const std::string strategy = key.substr(0, open);
    PartitionKeyValues out;
    out.column = key.substr(open + 1, close - open - 1);
    for (char c : out.column) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return std::nullopt;  // an expression or several columns
    }
    if (strategy.rfind("LIST", 0) != 0 && strategy.rfind("RANGE", 0) != 0) return std::nullopt;
    std::vector<std::pair<std::string, std::string>> ranges;
    bool all_ranges = true;
    for (const std::string& b : bounds) {
        if (b == "DEFAULT") return std::nullopt;
        const std::size_t in = b.find("IN (");
        const std::size_t from = b.find("FROM (");
        const std::size_t to = b.find(") TO (");
        if (in != std::string::npos) {
            for (const std::string& v : literals(b, in + 3)) {
                if (v != "NULL") out.values.push_back(v);
            }
        } else if (from != std::string::npos) {
            const auto lower = literals(b, from + 5);
            const auto upper = to != std::string::npos ? literals(b, to + 5) : std::vector<std::string>{};
            const bool finite = !lower.empty() && lower.front() != "MINVALUE" && lower.front() != "MAXVALUE";
            if (finite) out.values.push_back(lower.front());
            if (finite && !upper.empty() && upper.front() != "MAXVALUE") {
                ranges.emplace_back(lower.front(), upper.front());
            } else {
                all_ranges = false;
            }
        }
    }
    if (out.values.empty()) return std::nullopt;
    if (all_ranges && ranges.size() == bounds.size()) out.span = contiguous(ranges);
    return out;
}

}  // namespace flaqes::seed
