#include "core/migration/catalog_capture.hpp"

#include "core/error.hpp"

namespace flaqes {
namespace {

struct NamedStep {
    const char* name;
    BuilderStep step;
};

// Every add_ function of SchemaGraphBuilder that src/pg/catalog_reader.cpp feeds.
const NamedStep named_steps[] = {
    {"relations", &SchemaGraphBuilder::add_relation},
    {"columns", &SchemaGraphBuilder::add_column},
    {"sequences", &SchemaGraphBuilder::add_sequence},
    {"indexes", &SchemaGraphBuilder::add_index},
    {"constraints", &SchemaGraphBuilder::add_constraint},
    {"dependents", &SchemaGraphBuilder::add_dependent},
    {"enums", &SchemaGraphBuilder::add_enum},
    {"domains", &SchemaGraphBuilder::add_domain},
    {"composite_attributes", &SchemaGraphBuilder::add_composite_attribute},
    {"ranges", &SchemaGraphBuilder::add_range},
};

}  // namespace

const char* builder_step_name(BuilderStep step) {
    for (const NamedStep& s : named_steps) {
        if (s.step == step) return s.name;
    }
    throw Error(sqlstate::internal_error, "flaqes: a catalog read step has no snapshot name",
                "Register it in src/core/migration/catalog_capture.cpp.");
}

BuilderStep builder_step(std::string_view name) {
    for (const NamedStep& s : named_steps) {
        if (name == s.name) return s.step;
    }
    return nullptr;
}

void CatalogCapture::begin(BuilderStep step) {
    const char* name = builder_step_name(step);
    if (steps_.empty() || steps_.back().name != name) steps_.push_back(CapturedStep{name, {}});
}

void CatalogCapture::record(BuilderStep step, const CatalogRow& row) {
    begin(step);
    steps_.back().rows.push_back(row);
}

SchemaGraph replay(const std::vector<CapturedStep>& steps) {
    SchemaGraphBuilder builder;
    for (const CapturedStep& s : steps) {
        const BuilderStep step = builder_step(s.name);
        if (step == nullptr) {
            throw Error(sqlstate::internal_error, "flaqes: unknown catalog step \"" + s.name + "\"");
        }
        for (const CatalogRow& row : s.rows) (builder.*step)(row);
    }
    return builder.finish();
}

}  // namespace flaqes
