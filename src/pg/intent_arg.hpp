// The intent argument of an analysis function: jsonb, validated by the core.
#pragma once

#include "core/intent.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// Reads and validates a jsonb intent argument; SQL NULL is an error (22004), as is any invalid
// key or value (22023).
Intent intent_arg(FunctionCallInfo fcinfo, int argno);

}  // namespace flaqes::pg
