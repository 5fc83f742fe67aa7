// flaqes's findings as SARIF 2.1.0 (sarif.hpp): a rule per flaqes rule that fired, a result per
// finding, and with a schema file the line of that file where each finding's object is created.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"
#include "core/json.hpp"
#include "core/report/sarif.hpp"
#include "core/report/source_map.hpp"

namespace flaqes {

// The schema file the results point into: its repository path and where it creates what.
struct SarifSource {
    std::string path;
    const SourceMap* map = nullptr;
};

sarif::Level sarif_level(Severity severity);

// The flaqes tool component of a log (name, the installed extension version).
sarif::Tool sarif_tool(const std::string& version);

// The SARIF rule of a flaqes rule: an analyze rule (its triggers and category from the registry)
// or a migration risk rule of analyze_ddl (its summary); help shows `example`, the alternatives
// proposed for the result `example_id`.
sarif::Rule sarif_rule(const std::string& rule, const std::string& example_id, const std::vector<Alternative>& example);

// Markdown of alternatives: description, effort and trade-off, the example DDL as an SQL block.
std::string alternatives_markdown(const std::vector<Alternative>& alternatives);

// The key of partialFingerprints: the finding id, which names the object and never the line.
inline constexpr const char* fingerprint_key = "flaqesFindingId/v1";

// Without a source the results carry logical locations only (schema.table.column).
json::Value report_sarif(const AnalysisContext& context, const std::vector<Finding>& findings,
                         const std::string& version, const std::optional<SarifSource>& source);

}  // namespace flaqes
