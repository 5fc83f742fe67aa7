// flaqes.report in the core: the findings of an analysis as a document a DBA reads (Markdown
// with a Mermaid diagram), as JSON, or as SARIF 2.1.0 for code scanning (sarif_findings.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"
#include "core/json.hpp"

namespace flaqes {

enum class ReportFormat { markdown, json, sarif };

// "markdown" | "json" | "sarif"; anything else is Error 22023 naming the value, NULL is 22004.
ReportFormat parse_report_format(const std::optional<std::string>& name);

// How much of each table the diagram shows: its key columns (summary) or every column (full).
enum class DiagramDetail { summary, full };

// The schema file a SARIF report points into: its path in the repository and its text.
struct ReportSource {
    std::string path;
    std::string text;
};

struct ReportOptions {
    DiagramDetail diagram = DiagramDetail::summary;  // markdown and json
    std::optional<ReportSource> source;              // sarif
};

// The report's options document for `format`: {"diagram": "summary" | "full"} for markdown and
// json, {"source": {"path": ..., "text": ...}} for sarif; null or {} gives the defaults. Anything
// else (an unknown key, a key of another format, a wrong type, an empty path) is Error 22023
// naming the key.
ReportOptions parse_report_options(const json::Value& options, ReportFormat format);

using SchemaFilter = std::optional<std::vector<std::string>>;

std::string report_markdown(const AnalysisContext& context, const std::vector<Finding>& findings,
                            const SchemaFilter& schemas, const ReportOptions& options = {});
json::Value report_json(const AnalysisContext& context, const std::vector<Finding>& findings,
                        const SchemaFilter& schemas, const ReportOptions& options = {});

// A Mermaid erDiagram of the analyzed tables: role, key columns (every column with its type when
// full), and one edge per foreign key.
std::string mermaid_er_diagram(const AnalysisContext& context, DiagramDetail detail = DiagramDetail::summary);

}  // namespace flaqes
