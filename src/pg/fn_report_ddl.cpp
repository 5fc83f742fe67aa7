// flaqes.report_ddl(ddl text, intent jsonb, schemas text[], format text, options jsonb) RETURNS text:
// flaqes.analyze_ddl's review as SARIF 2.1.0, each result at its statement's line of the migration.
#include "core/error.hpp"
#include "core/report/sarif_migration.hpp"
#include "pg/datum.hpp"
#include "pg/ddl_review.hpp"
#include "pg/extension_version.hpp"
#include "pg/intent_arg.hpp"
#include "pg/migration_arg.hpp"
#include "pg/spi.hpp"

// No SET clause, as analyze_ddl: the migration runs under the caller's search_path.
FLAQES_FUNCTION(flaqes_report_ddl) {
    using namespace flaqes;
    const std::string ddl = pg::migration_text_arg(fcinfo, 0);
    const Intent intent = pg::intent_arg(fcinfo, 1);
    const auto schemas = pg::text_array_arg(fcinfo, 2, "schema names");
    const std::optional<std::string> format = pg::text_arg(fcinfo, 3);
    if (!format || *format != "sarif") {
        throw Error(format ? sqlstate::invalid_parameter_value : sqlstate::null_value_not_allowed,
                    format ? fmt::format("unknown report_ddl format \"{}\"", *format) : "report_ddl format must not be NULL",
                    "Allowed formats: sarif.",
                    "Use format => 'sarif' (the default); flaqes.analyze_ddl returns the same review as rows.");
    }
    const auto options_text = pg::jsonb_arg_text(fcinfo, 4);
    const std::optional<std::string> path =
        parse_review_sarif_path(options_text ? json::parse(*options_text) : json::Value());
    const std::vector<DdlReviewRow> review = pg::review_ddl(ddl, intent, schemas);
    const std::string version = pg::with_spi([] { return pg::installed_version(); });
    return pg::text_datum(json::dump(review_sarif(review, version, path)));
}
