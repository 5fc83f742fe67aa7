// The migration text argument of the migration review functions (analyze_ddl, report_ddl).
#pragma once

#include <string>

#include "pg/boundary.hpp"

namespace flaqes::pg {

// The text argument; SQL NULL is an error (22004) saying what to pass.
std::string migration_text_arg(FunctionCallInfo fcinfo, int argno);

}  // namespace flaqes::pg
