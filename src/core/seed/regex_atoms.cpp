#include "core/seed/regex_atoms.hpp"

#include <cctype>

namespace flaqes::seed {
namespace {

bool class_escape(char e, std::string& chars) {
    switch (e) {
        case 'd': chars += "0123456789"; return true;
        case 'w': chars += "abcdefghijklmnopqrstuvwxyz0123456789_"; return true;
        case 's': chars += " "; return true;
        default: return false;
    }
}

}  // namespace

std::optional<SimpleRegex> parse_simple_regex(const std::string& re) {
    SimpleRegex regex;
    std::vector<RegexAtom>& atoms = regex.atoms;
    std::size_t i = 0;
    if (i < re.size() && re[i] == '^') {
        regex.anchored_start = true;
        ++i;
    }
    while (i < re.size()) {
        const char c = re[i];
        if (c == '$' && i + 1 == re.size()) {
            regex.anchored_end = true;
            break;
        }
        RegexAtom atom;
        if (c == '[') {
            ++i;
            if (i < re.size() && re[i] == '^') return std::nullopt;
            bool first = true;
            while (i < re.size() && (re[i] != ']' || first)) {
                first = false;
                char a = re[i];
                if (a == '\\' && i + 1 < re.size()) {
                    if (!class_escape(re[i + 1], atom.chars)) atom.chars += re[i + 1];
                    i += 2;
                    continue;
                }
                if (i + 2 < re.size() && re[i + 1] == '-' && re[i + 2] != ']') {
                    for (char x = a; x <= re[i + 2]; ++x) atom.chars += x;
                    i += 3;
                } else {
                    atom.chars += a;
                    ++i;
                }
            }
            if (i >= re.size()) return std::nullopt;
            ++i;
        } else if (c == '\\' && i + 1 < re.size()) {
            if (!class_escape(re[i + 1], atom.chars)) {
                if (std::isalnum(static_cast<unsigned char>(re[i + 1]))) return std::nullopt;
                atom.chars += re[i + 1];
            }
            i += 2;
        } else if (c == '.') {
            atom.chars = "abcdefghijklmnopqrstuvwxyz";
            atom.any = true;
            ++i;
        } else if (std::string_view("()|*+?{}^$").find(c) != std::string_view::npos) {
            return std::nullopt;
        } else {
            atom.chars = std::string(1, c);
            ++i;
        }
        if (i < re.size()) {
            const char q = re[i];
            if (q == '?') {
                atom.min = 0;
                ++i;
            } else if (q == '*') {
                atom.min = 0;
                atom.max = -1;
                ++i;
            } else if (q == '+') {
                atom.max = -1;
                ++i;
            } else if (q == '{') {
                const std::size_t close = re.find('}', i);
                if (close == std::string::npos) return std::nullopt;
                const std::string body = re.substr(i + 1, close - i - 1);
                const std::size_t comma = body.find(',');
                try {
                    atom.min = std::stoll(body.substr(0, comma));
                    atom.max = comma == std::string::npos ? atom.min
                               : comma + 1 == body.size() ? -1 : std::stoll(body.substr(comma + 1));
                } catch (...) {
                    return std::nullopt;
                }
                i = close + 1;
            }
        }
        if (atom.chars.empty()) return std::nullopt;
        atoms.push_back(atom);
    }
    return regex;
}


bool regex_matches(const SimpleRegex& regex, std::string_view text) {
    const std::size_t n = text.size();
    // reach[p]: the atoms so far can end at position p.
    std::vector<bool> reach(n + 1, !regex.anchored_start);
    reach[0] = true;
    for (const RegexAtom& atom : regex.atoms) {
        std::vector<bool> next(n + 1, false);
        for (std::size_t p = 0; p <= n; ++p) {
            if (!reach[p]) continue;
            for (std::int64_t k = 0;; ++k) {
                const std::size_t q = p + static_cast<std::size_t>(k);
                if (k >= atom.min) next[q] = true;
                if (q >= n || (atom.max >= 0 && k >= atom.max)) break;
                if (!atom.any && atom.chars.find(text[q]) == std::string::npos) break;
            }
        }
        reach.swap(next);
    }
    if (regex.anchored_end) return reach[n];
    for (bool r : reach)
        if (r) return true;
    return false;
}

}  // namespace flaqes::seed
