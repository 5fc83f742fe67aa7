// Conversions between SQL arguments/results and C++ values. Each runs its Postgres calls through
// pg_call, so errors surface as PgError.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

// A text[] argument; nullopt when the argument is SQL NULL. A NULL element is an error
// (22004) naming `what`, e.g. "schema names".
std::optional<std::vector<std::string>> text_array_arg(FunctionCallInfo fcinfo, int argno, const char* what);

// A jsonb argument as JSON text; nullopt when SQL NULL.
std::optional<std::string> jsonb_arg_text(FunctionCallInfo fcinfo, int argno);

// A text argument; nullopt when SQL NULL.
std::optional<std::string> text_arg(FunctionCallInfo fcinfo, int argno);

// A jsonb Datum of a JSON value in the current memory context, built from the value directly
// (no JSON text written and parsed again).
Datum jsonb_datum(const json::Value& value);

Datum text_datum(const std::string& text);

// A text[] Datum of the given strings.
Datum text_array_datum(const std::vector<std::string>& items);

}  // namespace flaqes::pg
