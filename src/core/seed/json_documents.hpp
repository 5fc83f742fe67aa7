// JSON documents for json and jsonb columns, shaped by what the column's name says it holds:
// settings (`settings`, `preferences`, `config`), a list of tags (`tags`, `labels`), a postal
// address in the row's place (`address`), or else a small metadata object (`metadata`,
// `payload`, `data`). Always valid JSON; a unique column's documents carry the row counter.
#pragma once

#include <string>

#include "core/seed/generator.hpp"

namespace flaqes::seed {

enum class JsonShape { settings, tags, address, metadata };

JsonShape json_shape_of(const std::string& column_name);

void append_json_document(JsonShape shape, bool unique, GenerateInput& in, std::string& out);

}  // namespace flaqes::seed
