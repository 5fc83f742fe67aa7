// Facts a lean catalog read leaves out because deparsing or opening every object costs as much
// as the rest of the read while few findings show them: index definitions and sequence
// positions. src/pg/ looks them up one object at a time, for the objects an analysis cites.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

class CatalogLookups {
public:
    virtual ~CatalogLookups() = default;
    virtual std::string index_definition(const Index& index) const = 0;
    // NULL when never called or not readable, as SequenceInfo::last_value.
    virtual std::optional<std::int64_t> sequence_last_value(const SequenceInfo& sequence) const = 0;
};

}  // namespace flaqes
