// The catalog rows a read fed to the SchemaGraphBuilder, step by step and in order. A snapshot
// stores them, so that replaying them through the same builder gives the very graph (and so the
// very findings) the live read gave: no second description of the model to keep in step.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog_row.hpp"
#include "core/catalog/schema_graph_builder.hpp"

namespace flaqes {

using BuilderStep = void (SchemaGraphBuilder::*)(const CatalogRow&);

struct CapturedStep {
    std::string name;  // "relations", "columns", ...: see builder_step_name
    std::vector<CatalogRow> rows;
};

class CatalogCapture {
public:
    // Appends a row fed to `step` (consecutive rows of one step share one CapturedStep).
    void record(BuilderStep step, const CatalogRow& row);
    // Declares that `step` ran, even with no rows, so that a replay runs it too.
    void begin(BuilderStep step);

    const std::vector<CapturedStep>& steps() const { return steps_; }
    std::vector<CapturedStep>& steps() { return steps_; }

private:
    std::vector<CapturedStep> steps_;
};

// The name a builder step is stored under. A step missing from the table in catalog_capture.cpp
// is an internal error: a new catalog query must be registered there to reach snapshots.
const char* builder_step_name(BuilderStep step);
// The step of a stored name; nullptr when unknown.
BuilderStep builder_step(std::string_view name);

// Feeds every captured row to a fresh builder, in order, and returns the graph.
SchemaGraph replay(const std::vector<CapturedStep>& steps);

}  // namespace flaqes
