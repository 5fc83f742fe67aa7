// flaqes.schema_graph(schemas text[]) RETURNS jsonb
#include "core/json.hpp"
#include "core/catalog/schema_graph_json.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/spi.hpp"

FLAQES_FUNCTION(flaqes_schema_graph) {
    using namespace flaqes;
    const auto schemas = pg::text_array_arg(fcinfo, 0, "schema names");
    const json::Value document =
        pg::with_spi([&] { return schema_graph_json(pg::read_schema_graph(schemas, pg::Detail::full), schemas); });
    return pg::jsonb_datum(document);
}
