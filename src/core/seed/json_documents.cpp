#include "core/seed/json_documents.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/seed/values/semantic.hpp"
#include "core/seed/values/words.hpp"

namespace flaqes::seed {
namespace {

const char* const themes[] = {"light", "dark", "system"};
const char* const language_codes[] = {"en", "en", "de", "fr", "es", "ja", "pt"};
const char* const tag_words[] = {"priority", "beta", "internal", "customer", "billing", "onboarding",
                                 "mobile", "enterprise", "trial", "support", "marketing", "legacy"};
const char* const sources[] = {"web", "web", "ios", "android", "api", "import"};

template <std::size_t N>
const char* any(Rng& rng, const char* const (&list)[N]) {
    return list[rng.below(N)];
}

// A JSON string literal of text (UTF-8 passes through; quotes, backslashes and controls escaped).
void append_string(std::string& out, const std::string& text) {
    out += '"';
    for (const char ch : text) {
        if (ch == '"' || ch == '\\') {
            out += '\\';
            out += ch;
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned char>(ch));
        } else {
            out += ch;
        }
    }
    out += '"';
}

bool names_any(const std::string& name, std::initializer_list<const char*> stems) {
    return std::any_of(stems.begin(), stems.end(), [&](const char* stem) { return name.find(stem) != std::string::npos; });
}

}  // namespace

JsonShape json_shape_of(const std::string& column_name) {
    std::string name = column_name;
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char ch) { return std::tolower(ch); });
    if (names_any(name, {"setting", "preference", "pref", "config", "option"})) return JsonShape::settings;
    if (names_any(name, {"tag", "label", "keyword"})) return JsonShape::tags;
    if (names_any(name, {"address", "location"})) return JsonShape::address;
    return JsonShape::metadata;
}

void append_json_document(JsonShape shape, bool unique, GenerateInput& in, std::string& out) {
    Rng& rng = in.draw;
    const std::uint64_t id = in.counter + 1;
    switch (shape) {
        case JsonShape::settings:
            fmt::format_to(std::back_inserter(out), R"({{"theme": "{}", "language": "{}", "notifications": {})",
                           any(rng, themes), any(rng, language_codes), rng.chance(0.7) ? "true" : "false");
            break;
        case JsonShape::tags: {
            out += '[';
            const std::uint64_t n = 1 + rng.below(3);
            for (std::uint64_t k = 0; k < n; ++k) fmt::format_to(std::back_inserter(out), "{}\"{}\"", k ? ", " : "", any(rng, tag_words));
            if (unique) fmt::format_to(std::back_inserter(out), ", \"batch-{}\"", id);
            out += ']';
            return;
        }
        case JsonShape::address: {
            const Place& place = in.context.place();
            out += R"({"street": )";
            append_string(out, text_value(Semantic::street_address, rng, in.context, static_cast<std::int64_t>(id), Shape{}));
            out += R"(, "city": )";
            append_string(out, place.city->name);
            out += R"(, "region": )";
            append_string(out, place.city->region);
            out += R"(, "country": )";
            append_string(out, place.country->alpha2);
            break;
        }
        case JsonShape::metadata:
            fmt::format_to(std::back_inserter(out), R"({{"source": "{}", "version": {})", any(rng, sources), 1 + rng.below(5));
            break;
    }
    if (unique) fmt::format_to(std::back_inserter(out), R"(, "id": {})", id);
    out += '}';
}

}  // namespace flaqes::seed
