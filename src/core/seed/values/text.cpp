#include "core/seed/values/text.hpp"

#include <cstdint>

namespace flaqes::seed {
namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point at text[i] (assumed valid UTF-8); advances i past it.
std::uint32_t decode(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i++]);
    if (lead < 0x80) return lead;
    int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
    std::uint32_t cp = lead & (0x3F >> extra);
    while (extra-- > 0 && i < text.size()) cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return cp;
}

// U+00C0..U+00FF fold by position within each 32-letter case half; U+00D7/F7 (multiply, divide)
// fold to nothing, U+00DF is sharp s and U+00FF is y with diaeresis (special-cased below).
const char* const latin1_folds[32] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
};

struct Fold {
    std::uint32_t code_point;
    const char* ascii;
};

// The Latin Extended-A letters our word lists (and common European names) use.
const Fold extended_folds[] = {
    {0x100, "a"}, {0x101, "a"}, {0x104, "a"}, {0x105, "a"}, {0x106, "c"}, {0x107, "c"},
    {0x10C, "c"}, {0x10D, "c"}, {0x110, "d"}, {0x111, "d"}, {0x112, "e"}, {0x113, "e"},
    {0x118, "e"}, {0x119, "e"}, {0x11A, "e"}, {0x11B, "e"}, {0x11E, "g"}, {0x11F, "g"},
    {0x12A, "i"}, {0x12B, "i"}, {0x130, "i"}, {0x131, "i"}, {0x141, "l"}, {0x142, "l"},
    {0x143, "n"}, {0x144, "n"}, {0x14C, "o"}, {0x14D, "o"}, {0x150, "o"}, {0x151, "o"},
    {0x152, "oe"}, {0x153, "oe"}, {0x158, "r"}, {0x159, "r"}, {0x15A, "s"}, {0x15B, "s"},
    {0x15E, "s"}, {0x15F, "s"}, {0x160, "s"}, {0x161, "s"}, {0x16A, "u"}, {0x16B, "u"},
    {0x16E, "u"}, {0x16F, "u"}, {0x170, "u"}, {0x171, "u"}, {0x179, "z"}, {0x17A, "z"},
    {0x17B, "z"}, {0x17C, "z"}, {0x17D, "z"}, {0x17E, "z"},
};

// The ASCII spelling of one code point: lowercase letters and digits, or "" to drop it.
std::string_view fold(std::uint32_t cp) {
    static const char* const ascii_alnum = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (cp >= '0' && cp <= '9') return std::string_view(ascii_alnum + (cp - '0'), 1);
    if (cp >= 'a' && cp <= 'z') return std::string_view(ascii_alnum + 10 + (cp - 'a'), 1);
    if (cp >= 'A' && cp <= 'Z') return std::string_view(ascii_alnum + 10 + (cp - 'A'), 1);
    if (cp == 0xFF) return "y";
    if (cp >= 0xC0 && cp <= 0xFF) return latin1_folds[(cp - 0xC0) % 32];
    for (const Fold& f : extended_folds)
        if (f.code_point == cp) return f.ascii;
    return "";
}

std::string trim_right(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == '-' || text.back() == ','))
        text.pop_back();
    return text;
}

}  // namespace

bool valid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        int extra;
        std::uint32_t min;
        if (lead < 0x80) { ++i; continue; }
        if ((lead & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
        else if ((lead & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
        else if ((lead & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
        else return false;
        if (i + extra >= text.size()) return false;
        for (int k = 1; k <= extra; ++k)
            if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return false;
        std::size_t j = i;
        const std::uint32_t cp = decode(text, j);
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i = j;
    }
    return true;
}

std::string fit(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    std::size_t end = max_bytes;
    while (end > 0 && is_continuation(static_cast<unsigned char>(text[end]))) --end;
    return trim_right(std::string(text.substr(0, end)));
}

std::string fit_words(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    const std::size_t space = text.rfind(' ', max_bytes);
    if (space != std::string_view::npos && space > 0) return trim_right(std::string(text.substr(0, space)));
    return fit(text, max_bytes);
}

std::string ascii_fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) out += fold(decode(text, i));
    return out;
}

std::string slugify(std::string_view text, char separator) {
    std::string out;
    bool pending_dash = false;
    for (std::size_t i = 0; i < text.size();) {
        const std::string_view piece = fold(decode(text, i));
        if (piece.empty()) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += separator;
        pending_dash = false;
        out += piece;
    }
    return out;
}

}  // namespace flaqes::seed
