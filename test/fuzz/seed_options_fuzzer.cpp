// libFuzzer target: arbitrary bytes -> seed options -> a plan for a small fixed schema -> a batch
// of generated values for each table without parents. Every input must either work or raise
// flaqes::Error; anything else (another exception, a crash, a sanitizer report) is a bug.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "../unit/graph_builder.hpp"
#include "core/error.hpp"
#include "core/seed/batch.hpp"
#include "core/seed/options.hpp"
#include "core/seed/plan.hpp"

namespace {

using flaqes::testing::column;
using flaqes::testing::GraphBuilder;

const flaqes::SchemaGraph& schema() {
    static GraphBuilder b;
    static const flaqes::SchemaGraph& graph = []() -> const flaqes::SchemaGraph& {
        auto& customers = b.table(1, "customers", {column("id", "bigint", true), column("email", "text", true),
                                                   column("name", "text"), column("active", "bool", true),
                                                   column("created_at", "timestamptz", true)});
        GraphBuilder::primary_key(customers, {"id"});
        GraphBuilder::unique(customers, {"email"});
        auto& orders = b.table(2, "orders", {column("id", "uuid", true), column("customer_id", "bigint", true),
                                             column("total", "numeric", true), column("placed_on", "date"),
                                             column("data", "jsonb")});
        GraphBuilder::primary_key(orders, {"id"});
        b.foreign_key(2, "customer_id", 1);
        return b.done();
    }();
    return graph;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const flaqes::seed::Options options = flaqes::seed::parse_options(text);
        const flaqes::seed::Plan plan = flaqes::seed::make_plan(schema(), 2, 5, options, 1);
        std::vector<flaqes::seed::TableRun> runs(plan.tables.size());
        std::vector<flaqes::seed::ColumnBatch> batches;
        for (std::size_t t = 0; t < plan.tables.size(); ++t) {
            if (!plan.tables[t].links.empty() || plan.tables[t].reuse) continue;
            const auto rows = static_cast<std::size_t>(std::clamp<std::int64_t>(plan.tables[t].rows, 0, 20));
            flaqes::seed::generate_batch(plan, t, runs, 0, rows, batches);
        }
    } catch (const flaqes::Error&) {
        // the expected way to reject an input
    }
    return 0;
}
