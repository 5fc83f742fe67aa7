#include "core/roles.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/roles/role_scores.hpp"

namespace flaqes {
namespace {

// How much evidence makes a role well supported: support(e) = 1 - exp(-e / evidence_scale),
// so 2.5 points give 0.63 and 6 points 0.91.
constexpr double evidence_scale = 2.5;
constexpr double shown_alternative = 0.05;  // alternatives below this confidence are noise
constexpr std::size_t max_alternatives = 3;
// Names say what a table was meant for, structure what it is: a role seen in names only stays below this.
constexpr double names_only_ceiling = 0.45;

double round2(double x) { return std::round(x * 100.0) / 100.0; }

// Confidence = support of the role's own evidence, scaled by its margin over the strongest
// rival: a clear case (much evidence, weak rivals) scores near its support, a tie scores half.
double confidence(double own, double rival) {
    if (own <= 0.0) return 0.0;
    const double support = 1.0 - std::exp(-own / evidence_scale);
    const double margin = (own - rival) / std::max(own, rival);
    return round2(support * (1.0 + margin) / 2.0);
}

RoleHypothesis hypothesis(Role role, const RoleScores& scores, double rival) {
    RoleHypothesis h;
    h.role = role;
    h.confidence = confidence(scores.total(role), rival);
    if (scores.names_only(role)) h.confidence = std::min(h.confidence, names_only_ceiling);
    for (const Evidence& e : scores.evidence(role)) h.signals.push_back(e.signal);
    std::stable_sort(h.signals.begin(), h.signals.end(),
                     [](const Signal& a, const Signal& b) { return a.weight > b.weight; });
    return h;
}

TableRole judge(const TableFacts& facts) {
    RoleScores scores;
    for (const RoleSignal& signal : role_signals()) signal.apply(facts, scores);

    // A role seen in names only ranks by half its weight: it cannot outrank structure by name.
    const auto rank = [&](Role r) { return scores.names_only(r) ? scores.total(r) / 2 : scores.total(r); };
    std::vector<Role> ranked;
    for (std::size_t i = 0; i < role_count; ++i) ranked.push_back(static_cast<Role>(i));
    // Ties go to the earlier role of the enum: entity, the least committal, first.
    std::stable_sort(ranked.begin(), ranked.end(), [&](Role a, Role b) { return rank(a) > rank(b); });

    TableRole out;
    out.table = facts.table.oid;
    const double best = scores.total(ranked[0]);
    const double second = ranked.size() > 1 ? scores.total(ranked[1]) : 0.0;
    out.best = hypothesis(ranked[0], scores, second);
    for (std::size_t i = 1; i < ranked.size() && out.alternatives.size() < max_alternatives; ++i) {
        RoleHypothesis alt = hypothesis(ranked[i], scores, best);
        if (alt.confidence < shown_alternative) break;
        out.alternatives.push_back(std::move(alt));
    }
    return out;
}

}  // namespace

const char* role_name(Role role) {
    switch (role) {
        case Role::entity: return "entity";
        case Role::fact: return "fact";
        case Role::dimension: return "dimension";
        case Role::event_log: return "event_log";
        case Role::junction: return "junction";
        case Role::scd2: return "scd2";
        case Role::snapshot: return "snapshot";
        case Role::lookup: return "lookup";
        case Role::config: return "config";
        case Role::audit_log: return "audit_log";
        case Role::polymorphic: return "polymorphic";
        case Role::queue: return "queue";
        case Role::eav: return "eav";
    }
    return "entity";
}

std::vector<std::string> signal_texts(const RoleHypothesis& hypothesis) {
    std::vector<std::string> out;
    for (const Signal& s : hypothesis.signals) out.push_back(s.weight < 0 ? "against: " + s.detail : s.detail);
    return out;
}

void RoleScores::add(Role role, double weight, const char* name, std::string text) {
    by_role_[static_cast<std::size_t>(role)].push_back({{name, weight, std::move(text)}, false});
}

void RoleScores::add_name(Role role, double weight, const char* name, std::string text) {
    by_role_[static_cast<std::size_t>(role)].push_back({{name, weight, std::move(text)}, true});
}

double RoleScores::total(Role role) const {
    double sum = 0.0;
    for (const Evidence& e : by_role_[static_cast<std::size_t>(role)]) sum += e.signal.weight;
    return std::max(sum, 0.0);
}

bool RoleScores::names_only(Role role) const {
    bool any = false;
    for (const Evidence& e : by_role_[static_cast<std::size_t>(role)]) {
        if (e.signal.weight <= 0) continue;
        if (!e.by_name) return false;
        any = true;
    }
    return any;
}

const std::vector<Evidence>& RoleScores::evidence(Role role) const { return by_role_[static_cast<std::size_t>(role)]; }

std::string name_list(const std::vector<std::string>& names, std::size_t shown) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) {
        if (i > 0) out += ", ";
        out += names[i];
    }
    if (names.size() > shown) out += fmt::format(" and {} more", names.size() - shown);
    return out;
}

const std::vector<RoleSignal>& role_signals() {
    static const std::vector<RoleSignal> signals = {
        {"entity_baseline", entity_baseline},
        {"referenced_by_others", referenced_by_others},
        {"natural_key", natural_key},
        {"junction_key", junction_key},
        {"link_only", link_only},
        {"lookup_shape", lookup_shape},
        {"lookup_name", lookup_name},
        {"config_shape", config_shape},
        {"eav_triple", eav_triple},
        {"polymorphic_reference", polymorphic_reference},
        {"fact_shape", fact_shape},
        {"dimension_shape", dimension_shape},
        {"scd2_validity", scd2_validity},
        {"snapshot_key", snapshot_key},
        {"event_shape", event_shape},
        {"mutable_rows", mutable_rows},
        {"audit_shape", audit_shape},
        {"queue_shape", queue_shape},
        {"write_activity", write_activity},
        {"row_count", row_count},
    };
    return signals;
}

std::vector<TableRole> detect_roles(const GraphFacts& facts) {
    std::vector<TableRole> out;
    for (const Table& t : facts.graph().tables) {
        if (t.kind != RelKind::table && t.kind != RelKind::partitioned_table) continue;
        out.push_back(judge(TableFacts(facts, t)));
    }
    return out;
}

std::vector<TableRole> detect_roles(const SchemaGraph& graph) { return detect_roles(GraphFacts(graph)); }

}  // namespace flaqes
