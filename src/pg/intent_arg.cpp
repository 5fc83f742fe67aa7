#include "pg/intent_arg.hpp"

#include "core/json.hpp"
#include "pg/datum.hpp"

namespace flaqes::pg {

Intent intent_arg(FunctionCallInfo fcinfo, int argno) {
    const auto text = jsonb_arg_text(fcinfo, argno);
    return parse_intent(text ? json::parse(*text) : json::Value());
}

}  // namespace flaqes::pg
