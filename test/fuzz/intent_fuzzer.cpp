// libFuzzer target: arbitrary bytes -> JSON -> Intent. Every input must either give an intent or
// raise flaqes::Error; anything else (another exception, a crash, a sanitizer report) is a bug.
// A valid intent must survive a round trip through intent_json.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/error.hpp"
#include "core/intent.hpp"
#include "core/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const flaqes::Intent intent = flaqes::parse_intent(flaqes::json::parse(text));
        const std::string canonical = flaqes::json::dump(flaqes::intent_json(intent));
        const flaqes::Intent again = flaqes::parse_intent(flaqes::json::parse(canonical));
        if (flaqes::json::dump(flaqes::intent_json(again)) != canonical) std::abort();
    } catch (const flaqes::Error&) {
        // the expected way to reject an input
    }
    return 0;
}
