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
        {"optimistic_locking", optimistic_locking},
        {"event_sourcing", event_sourcing},
        {"jsonb_document", jsonb_document},
        {"jsonb_attributes", jsonb_attributes},
        {"jsonb_payload", jsonb_payload},
        {"eav", eav},
        {"repeating_group", repeating_group},
        {"polymorphic_association", polymorphic_association},
        {"exclusive_arc", exclusive_arc},
        {"adjacency_tree", adjacency_tree},
        {"adjacency_tree", adjacency_tree_unchecked},
        {"materialized_path", materialized_path},
        {"closure_table", closure_table},
        {"multi_tenant", multi_tenant},
        {"time_partitioning", time_partitioning},
        {"trinity_identifiers", trinity_identifiers},
        {"job_queue", job_queue},
        {"framework_bookkeeping", framework_bookkeeping},
        {"partition_template", partition_template},
        {"document_snapshot", document_snapshot},
    };
    return detectors;
}

Signals& Signals::add(const char* name, double weight, std::string detail) {
    list.push_back({name, weight, std::move(detail)});
    return *this;
}

Signals& Signals::add_if(bool seen, const char* name, double weight, std::string detail) {
    return seen ? add(name, weight, std::move(detail)) : *this;
}

PatternMatch pattern_match(const TableFacts& table, const char* pattern, std::vector<std::string> columns,
                           Signals signals, json::Value evidence) {
    double confidence = 0.0;
    for (const Signal& s : signals.list) confidence += s.weight;
    PatternMatch m;
    m.table = table.table.oid;
    m.pattern = pattern;
    m.columns = std::move(columns);
    m.confidence = std::round(std::clamp(confidence, 0.0, 1.0) * 100.0) / 100.0;
    m.evidence = std::move(evidence);
    m.signals = std::move(signals.list);
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
