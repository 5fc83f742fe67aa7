// Reads a schema file (db/structure.sql, a pg_dump) with PostgreSQL's own parser into a SourceMap:
// the lines that create each table (views and materialized views too), column, named constraint
// and index, and what ALTER ... RENAME calls them afterwards.
#pragma once

#include <string>

#include "core/report/source_map.hpp"

namespace flaqes::pg {

// `path` names the file in errors. Text the parser rejects is Error 22023 naming the line.
SourceMap read_source_map(const std::string& text, const std::string& path);

}  // namespace flaqes::pg
