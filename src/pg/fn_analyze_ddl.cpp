// flaqes.analyze_ddl(ddl text, intent jsonb, schemas text[], fail_on text) RETURNS TABLE(line,
// statement, kind, rule, severity, table_name, change, id, lock, rows_estimate, size_bytes,
// description, alternatives): a migration reviewed inside a rolled-back subtransaction.
#include "core/error.hpp"
#include "core/migration/ddl_gate.hpp"
#include "pg/datum.hpp"
#include "pg/ddl_review.hpp"
#include "pg/intent_arg.hpp"
#include "pg/result_set.hpp"

namespace {

std::optional<std::string> optional_text(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

}  // namespace

// No SET clause: the migration runs under the caller's search_path; review_ddl pins flaqes's
// settings around its own catalog reads only.
FLAQES_FUNCTION(flaqes_analyze_ddl) {
    using namespace flaqes;
    const std::optional<std::string> ddl = pg::text_arg(fcinfo, 0);
    if (!ddl) {
        throw Error(sqlstate::null_value_not_allowed, "the migration text must not be NULL", "",
                    "Pass the migration's SQL, e.g. pg_read_file('db/migrate/0042.sql') or a literal.");
    }
    const Intent intent = pg::intent_arg(fcinfo, 1);
    const auto schemas = pg::text_array_arg(fcinfo, 2, "schema names");
    const std::optional<std::string> fail_on = pg::text_arg(fcinfo, 3);
    const std::optional<Severity> gate = fail_on ? std::optional<Severity>(parse_fail_on(*fail_on)) : std::nullopt;
    const std::vector<DdlReviewRow> review = pg::review_ddl(*ddl, intent, schemas);
    if (gate) {
        if (std::optional<Error> failure = ddl_gate_error(review, *gate)) throw *failure;
    }
    pg::ResultSet rows(fcinfo);
    for (const DdlReviewRow& r : review) {
        pg::ResultSet::Row row;
        row.int32(r.line).text(r.statement).text(r.kind).text(r.rule).text(std::string(severity_name(r.severity)));
        row.text(optional_text(r.table_name)).text(r.change).text(r.id).text(r.lock);
        if (r.rows_estimate) row.int64(*r.rows_estimate);
        else row.null();
        if (r.size_bytes) row.int64(*r.size_bytes);
        else row.null();
        row.text(r.description).jsonb(alternatives_json(r.alternatives));
        rows.emit(row);
    }
    return pg::ResultSet::done();
}
