#include "core/seed/expression_reads.hpp"

#include <cctype>

namespace flaqes::seed {
namespace {

bool identifier_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool identifier_part(unsigned char c) { return identifier_start(c) || std::isdigit(c) || c == '$'; }

// The position after a literal or comment starting at i, or i when none starts there.
std::size_t skip_literal(const std::string& e, std::size_t i) {
    if (e[i] == '\'') {  // 'it''s'; E'...' escapes are rare enough in options to ignore
        for (++i; i < e.size(); ++i) {
            if (e[i] != '\'') continue;
            if (i + 1 < e.size() && e[i + 1] == '\'') ++i;
            else return i + 1;
        }
        return e.size();
    }
    if (e.compare(i, 2, "--") == 0) {
        const std::size_t end = e.find('\n', i);
        return end == std::string::npos ? e.size() : end;
    }
    if (e.compare(i, 2, "/*") == 0) {
        const std::size_t end = e.find("*/", i + 2);
        return end == std::string::npos ? e.size() : end + 2;
    }
    if (e[i] == '$') {  // dollar quoting: $$...$$ or $tag$...$tag$
        const std::size_t close = e.find('$', i + 1);
        if (close == std::string::npos) return i;
        for (std::size_t k = i + 1; k < close; ++k) {
            if (!identifier_part(static_cast<unsigned char>(e[k])) || e[k] == '$') return i;
        }
        const std::string tag = e.substr(i, close - i + 1);
        const std::size_t end = e.find(tag, close + 1);
        return end == std::string::npos ? e.size() : end + tag.size();
    }
    return i;
}

// The next non-space character at or after i, or '\0'.
char next_visible(const std::string& e, std::size_t i) {
    while (i < e.size() && std::isspace(static_cast<unsigned char>(e[i]))) ++i;
    return i < e.size() ? e[i] : '\0';
}

}  // namespace

std::vector<std::string> identifiers_read(const std::string& e) {
    std::vector<std::string> out;
    char before = '\0';  // the last non-space character before the identifier
    bool after_cast = false;
    for (std::size_t i = 0; i < e.size();) {
        const std::size_t skipped = skip_literal(e, i);
        if (skipped != i) {
            i = skipped;
            before = '\'';
            continue;
        }
        const auto c = static_cast<unsigned char>(e[i]);
        std::string name;
        std::size_t end = i;
        if (e[i] == '"') {
            for (end = i + 1; end < e.size(); ++end) {
                if (e[end] != '"') {
                    name += e[end];
                } else if (end + 1 < e.size() && e[end + 1] == '"') {
                    name += '"';
                    ++end;
                } else {
                    break;
                }
            }
            ++end;
        } else if (identifier_start(c)) {
            while (end < e.size() && identifier_part(static_cast<unsigned char>(e[end]))) {
                name += static_cast<char>(std::tolower(static_cast<unsigned char>(e[end])));
                ++end;
            }
        } else if (std::isdigit(c)) {  // a number (1e5, 0x1f): not an identifier
            while (end < e.size() && identifier_part(static_cast<unsigned char>(e[end]))) ++end;
        } else {
            if (!std::isspace(c)) {
                after_cast = e[i] == ':' && before == ':';
                before = e[i];
            }
            i = end + 1;
            continue;
        }
        const bool call = next_visible(e, end) == '(';
        if (!name.empty() && !call && !after_cast && before != '.' && next_visible(e, end) != '.') out.push_back(name);
        after_cast = false;
        before = 'a';
        i = end;
    }
    return out;
}

}  // namespace flaqes::seed
