// flaqes.roles(schemas text[]) RETURNS TABLE(table_name regclass, role text, confidence real,
//                                            signals jsonb, reasons text[], alternatives jsonb)
#include "core/json.hpp"
#include "core/roles.hpp"
#include "core/catalog/schema_graph_json.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/result_set.hpp"
#include "pg/spi.hpp"

namespace {

flaqes::json::Value alternatives_json(const std::vector<flaqes::RoleHypothesis>& alternatives) {
    using namespace flaqes;
    json::Value out = json::Value::array();
    for (const RoleHypothesis& h : alternatives) {
        json::Value item = json::Value::object();
        item.set("role", json::Value::string(role_name(h.role)));
        item.set("confidence", json::Value::number(h.confidence));
        item.set("signals", signals_json(h.signals));
        item.set("reasons", jsonv::strings(signal_texts(h)));
        out.push(std::move(item));
    }
    return out;
}

}  // namespace

FLAQES_FUNCTION(flaqes_roles) {
    using namespace flaqes;
    const auto schemas = pg::text_array_arg(fcinfo, 0, "schema names");
    const SchemaGraph graph = pg::with_spi([&] { return pg::read_schema_graph(schemas, pg::Detail::lean); });
    pg::ResultSet rs(fcinfo);
    for (const TableRole& r : detect_roles(graph)) {
        rs.emit(pg::ResultSet::Row()
                    .oid(r.table)
                    .text(std::string(role_name(r.best.role)))
                    .real(r.best.confidence)
                    .jsonb(signals_json(r.best.signals))
                    .text_array(signal_texts(r.best))
                    .jsonb(alternatives_json(r.alternatives)));
    }
    return pg::ResultSet::done();
}
