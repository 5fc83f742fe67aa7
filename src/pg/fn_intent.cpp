// flaqes.intent(workload text, write_frequency text, read_patterns text[], consistency text,
//               evolution_rate text, data_volume text, engine text) RETURNS jsonb
// flaqes.validate_intent(intent jsonb) RETURNS jsonb
// flaqes.intent_preset(name text) RETURNS jsonb
#include "core/analyze/finding_filter.hpp"
#include "core/intent.hpp"
#include "core/intent_presets.hpp"
#include "core/json.hpp"
#include "pg/boundary.hpp"
#include "pg/datum.hpp"
#include "pg/intent_arg.hpp"

namespace {

// A SQL NULL argument becomes json null, which parse_intent reports as a wrong type for its key.
flaqes::json::Value text_value(FunctionCallInfo fcinfo, int argno) {
    const auto text = flaqes::pg::text_arg(fcinfo, argno);
    return text ? flaqes::json::Value::string(*text) : flaqes::json::Value();
}

}  // namespace

FLAQES_FUNCTION(flaqes_intent) {
    using namespace flaqes;
    json::Value document = json::Value::object();
    document.set("workload", text_value(fcinfo, 0));
    document.set("write_frequency", text_value(fcinfo, 1));
    if (const auto patterns = pg::text_array_arg(fcinfo, 2, "read_patterns")) {
        json::Value items = json::Value::array();
        for (const std::string& p : *patterns) items.push(json::Value::string(p));
        document.set("read_patterns", std::move(items));
    } else {
        document.set("read_patterns", json::Value());
    }
    document.set("consistency", text_value(fcinfo, 3));
    document.set("evolution_rate", text_value(fcinfo, 4));
    document.set("data_volume", text_value(fcinfo, 5));
    document.set("engine", text_value(fcinfo, 6));
    return pg::jsonb_datum(intent_json(parse_intent(document)));
}

FLAQES_FUNCTION(flaqes_validate_intent) {
    using namespace flaqes;
    const Intent intent = pg::intent_arg(fcinfo, 0);
    check_rule_names(intent);
    return pg::jsonb_datum(intent_json(intent));
}

FLAQES_FUNCTION(flaqes_intent_preset) {
    using namespace flaqes;
    return pg::jsonb_datum(intent_json(intent_preset(pg::text_arg(fcinfo, 0)).intent));
}
