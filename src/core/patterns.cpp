#include "core/patterns.hpp"

#include <algorithm>
#include <cmath>

#include "core/patterns/detectors.hpp"

namespace flaqes {

const std::vector<PatternDetector>& pattern_detectors() {
    static const std::vector<PatternDetector> detectors = {
        {"soft_delete", soft_delete},
        {"scd2", scd2},
        {"scd1", scd1},
        {"audit_columns", audit_columns},
        {"event_sourcing", event_sourcing},
        {"jsonb_document", jsonb_document},
        {"jsonb_attributes", jsonb_attributes},
        {"eav", eav},
        {"repeating_group", repeating_group},
        {"polymorphic_association", polymorphic_association},
        {"exclusive_arc", exclusive_arc},
        {"adjacency_tree", adjacency_tree},
        {"closure_table", closure_table},
        {"multi_tenant", multi_tenant},
        {"time_partitioning", time_partitioning},
        {"trinity_identifiers", trinity_identifiers},
    };
    return detectors;
}

PatternMatch pattern_match(const TableFacts& table, const char* pattern, std::vector<std::string> columns,
                           double confidence, json::Value evidence) {
    PatternMatch m;
    m.table = table.table.oid;
    m.pattern = pattern;
    m.columns = std::move(columns);
    m.confidence = std::round(std::min(confidence, 1.0) * 100.0) / 100.0;
    m.evidence = std::move(evidence);
    return m;
}

json::Value evidence_of(std::initializer_list<std::pair<const char*, json::Value>> members) {
    json::Value out = json::Value::object();
    for (const auto& [key, value] : members) {
        if (!value.is_null()) out.set(key, value);
    }
    return out;
}

json::Value text(const std::string& s) { return json::Value::string(s); }

json::Value texts(const std::vector<std::string>& items) {
    json::Value out = json::Value::array();
    for (const std::string& s : items) out.push(json::Value::string(s));
    return out;
}

std::vector<PatternMatch> detect_patterns(const GraphFacts& graph_facts) {
    std::vector<PatternMatch> out;
    for (const Table& t : graph_facts.graph().tables) {
        if (t.kind != RelKind::table && t.kind != RelKind::partitioned_table) continue;
        const TableFacts facts(graph_facts, t);
        for (const PatternDetector& d : pattern_detectors()) d.detect(facts, out);
    }
    return out;
}

std::vector<PatternMatch> detect_patterns(const SchemaGraph& graph) { return detect_patterns(GraphFacts(graph)); }

}  // namespace flaqes
