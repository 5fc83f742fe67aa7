#include "core/analyze/finding.hpp"

#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {

const char* category_name(Category category) {
    switch (category) {
        case Category::normalization: return "normalization";
        case Category::performance: return "performance";
        case Category::evolution: return "evolution";
        case Category::consistency: return "consistency";
    }
    return "performance";
}

const char* severity_name(Severity severity) {
    switch (severity) {
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::critical: return "critical";
    }
    return "info";
}

const char* effort_name(Effort effort) {
    switch (effort) {
        case Effort::low: return "low";
        case Effort::medium: return "medium";
        case Effort::high: return "high";
    }
    return "medium";
}

json::Value alternatives_json(const std::vector<Alternative>& alternatives) {
    json::Value out = json::Value::array();
    for (const Alternative& a : alternatives) {
        json::Value item = json::Value::object();
        item.set("description", jsonv::str(a.description));
        item.set("trade_off", jsonv::str(a.trade_off));
        item.set("effort", json::Value::string(effort_name(a.effort)));
        item.set("example_ddl", jsonv::opt_str(a.example_ddl));
        out.push(std::move(item));
    }
    return out;
}

json::Value finding_json(const Finding& finding, const SchemaGraph& graph) {
    json::Value out = json::Value::object();
    const Table* table = graph.table(finding.table);
    out.set("id", jsonv::str(finding.id));
    out.set("rule", jsonv::str(finding.rule));
    out.set("category", json::Value::string(category_name(finding.category)));
    out.set("severity", json::Value::string(severity_name(finding.severity)));
    out.set("table", table != nullptr ? jsonv::str(table->name.sql()) : json::Value());
    out.set("columns", jsonv::strings(finding.columns));
    out.set("description", jsonv::str(finding.description));
    out.set("current_benefit", jsonv::str(finding.current_benefit));
    out.set("risk", jsonv::str(finding.risk));
    out.set("breaking_point", jsonv::str(finding.breaking_point));
    out.set("alternatives", alternatives_json(finding.alternatives));
    out.set("confidence", json::Value::number(finding.confidence));
    out.set("evidence", finding.evidence);
    return out;
}

}  // namespace flaqes
