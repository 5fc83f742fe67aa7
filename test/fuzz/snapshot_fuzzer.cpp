// libFuzzer target: arbitrary bytes -> JSON -> the catalog rows of a snapshot -> the model ->
// an analysis. A snapshot's digest stops accidental edits, not a forger, so forged rows must
// still end in a flaqes::Error or a result: anything else (a crash, a sanitizer report) is a bug.
#include <cstdint>
#include <string_view>

#include "core/analyze/analyze.hpp"
#include "core/error.hpp"
#include "core/json.hpp"
#include "core/migration/snapshot.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto steps = flaqes::read_catalog_steps(flaqes::json::parse(text), "snapshot");
        const flaqes::SchemaGraph graph = flaqes::graph_from_steps(steps, "snapshot");
        const flaqes::Intent intent = flaqes::parse_intent(flaqes::json::parse(R"({"workload": "OLTP"})"));
        flaqes::run_rules(flaqes::analysis_context(graph, intent));
    } catch (const flaqes::Error&) {
        // the expected way to reject an input
    }
    return 0;
}
