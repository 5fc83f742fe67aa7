// flaqes.report(intent jsonb, schemas text[], format text, options jsonb) RETURNS text
#include "core/analyze/analyze.hpp"
#include "core/report/report.hpp"
#include "core/report/sarif_findings.hpp"
#include "pg/boundary.hpp"
#include "pg/catalog_reader.hpp"
#include "pg/datum.hpp"
#include "pg/extension_version.hpp"
#include "pg/intent_arg.hpp"
#include "pg/source_map_reader.hpp"
#include "pg/spi.hpp"

namespace {

using namespace flaqes;

std::string sarif_text(const AnalysisContext& context, const std::vector<Finding>& findings,
                       const ReportOptions& options, const std::string& version) {
    if (!options.source) return json::dump(report_sarif(context, findings, version, std::nullopt));
    const SourceMap map = pg::read_source_map(options.source->text, options.source->path);
    return json::dump(report_sarif(context, findings, version, SarifSource{options.source->path, &map}));
}

}  // namespace

FLAQES_FUNCTION(flaqes_report) {
    using namespace flaqes;
    const Intent intent = pg::intent_arg(fcinfo, 0);
    const auto schemas = pg::text_array_arg(fcinfo, 1, "schema names");
    const ReportFormat format = parse_report_format(pg::text_arg(fcinfo, 2));
    // An installation still at 0.1.0 (before ALTER EXTENSION UPDATE) calls with three arguments.
    const auto options_text = PG_NARGS() > 3 ? pg::jsonb_arg_text(fcinfo, 3) : std::nullopt;
    const ReportOptions options =
        parse_report_options(options_text ? json::parse(*options_text) : json::Value(), format);
    std::string version;
    const SchemaGraph graph = pg::with_spi([&] {
        version = pg::installed_version();
        return pg::read_schema_graph(schemas, pg::Detail::lean);
    });
    const pg::ServerLookups lookups;
    const AnalysisContext context = analysis_context(graph, intent, &lookups);
    const std::vector<Finding> findings = run_rules(context);
    switch (format) {
        case ReportFormat::json: return pg::text_datum(json::dump(report_json(context, findings, schemas, options)));
        case ReportFormat::sarif: return pg::text_datum(sarif_text(context, findings, options, version));
        case ReportFormat::markdown: break;
    }
    return pg::text_datum(report_markdown(context, findings, schemas, options));
}
