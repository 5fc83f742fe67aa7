// Signals of analytic structures: facts with measures, the dimensions they reference, slowly
// changing dimensions (type 2) and periodic snapshots.
#include <algorithm>

#include <fmt/format.h>

#include "core/catalog/relationships.hpp"
#include "core/roles/role_scores.hpp"

namespace flaqes {
namespace {

std::vector<std::string> names_of(const std::vector<const Column*>& columns) {
    std::vector<std::string> out;
    for (const Column* c : columns) out.push_back(c->name);
    return out;
}

std::vector<std::string> names_of(const std::vector<const Table*>& tables) {
    std::vector<std::string> out;
    for (const Table* t : tables) out.push_back(t->name.name);
    return out;
}

}  // namespace

void fact_shape(const TableFacts& f, RoleScores& s) {
    if (f.named_fact()) s.add(Role::fact, 3.0, fmt::format("the name {} reads as a fact table", f.table.name.name));
    const auto refs = f.references();
    const auto measures = f.measures();
    if (refs.size() >= 2) {
        // Without measures a table of references is rarely a fact (a "factless fact" at best).
        const double weight = std::min(1.0 + 0.5 * static_cast<double>(refs.size() - 2), 2.5);
        s.add(Role::fact, measures.empty() ? weight / 2 : weight,
              fmt::format("references {} tables ({})", refs.size(), name_list(names_of(refs))));
    }
    if (!measures.empty()) {
        s.add(Role::fact, std::min(0.75 * static_cast<double>(measures.size()), 2.25),
              fmt::format("numeric measures ({})", name_list(names_of(measures))));
    }
    if (refs.size() >= 2) {
        for (const Column& c : f.table.columns) {
            if (is_temporal(c) && !f.is_audit_column(c)) {
                s.add(Role::fact, 0.5, fmt::format("dated by {}", c.name));
                break;
            }
        }
    }
}

void dimension_shape(const TableFacts& f, RoleScores& s) {
    if (starts_with(f.snake, "dim_") || starts_with(f.snake, "d_") || ends_with(f.snake, "_dim") ||
        ends_with(f.snake, "_dimension")) {
        s.add(Role::dimension, 3.0, fmt::format("the name {} reads as a dimension", f.table.name.name));
    }
    std::vector<std::string> facts;
    for (const Table* t : f.graph.referenced_by(f.table.oid)) {
        if (f.graph.looks_like_fact(*t)) facts.push_back(t->name.name);
    }
    if (!facts.empty()) {
        // A dimension describes; a table that itself references several others is more likely a header.
        s.add(Role::dimension, f.references().size() <= 1 ? 2.0 : 1.0,
              fmt::format("referenced by fact-like {}", name_list(facts)));
    }
    if (const auto measures = f.measures(); !measures.empty() && !facts.empty()) {
        s.add(Role::dimension, -1.0, fmt::format("has measures of its own ({}): a header rather than a dimension",
                                                 name_list(names_of(measures))));
    }
    const auto text_columns = std::count_if(f.table.columns.begin(), f.table.columns.end(),
                                            [](const Column& c) { return is_textual(c); });
    if (text_columns >= 4 && f.references().size() <= 1) {
        s.add(Role::dimension, 0.5, fmt::format("{} descriptive text columns", text_columns));
    }
}

void scd2_validity(const TableFacts& f, RoleScores& s) {
    if (const auto v = f.validity()) {
        s.add(Role::scd2, 3.0, fmt::format("validity columns ({}, {})", v->from, v->to));
        s.add(Role::dimension, 1.0, "keeps versions of its rows");
        if (v->current_flag) s.add(Role::scd2, 1.5, fmt::format("current-version flag ({})", *v->current_flag));
        if (const auto* key = f.key_including(v->from)) {
            s.add(Role::scd2, 1.5, fmt::format("one version per ({})", name_list(*key, 8)));
        }
    }
    for (const Column& c : f.table.columns) {
        if (!is_range(c) || (c.type.find("date") == std::string::npos && c.type.find("ts") == std::string::npos)) continue;
        const std::string& n = f.snake_of(c);
        if (named(n, {"valid", "validity", "valid_period", "valid_during", "period", "sys_period", "valid_range",
                      "effective", "effective_period", "during"})) {
            s.add(Role::scd2, 2.0, fmt::format("validity range ({})", c.name));
            s.add(Role::dimension, 1.0, "keeps versions of its rows");
        }
    }
    for (const ExclusionConstraint& x : f.table.exclusion_constraints) {
        if (x.definition.find("&&") != std::string::npos) {
            s.add(Role::scd2, 2.0, fmt::format("exclusion constraint {} keeps versions from overlapping", x.name));
        }
    }
}

void snapshot_key(const TableFacts& f, RoleScores& s) {
    const Column* date = f.column_named({"snapshot_date", "snapshot_at", "snapshot_on", "as_of", "as_of_date",
                                         "as_of_at", "reporting_date", "report_date",
                                         "balance_date", "valuation_date", "stat_date", "period_end", "period_start",
                                         "period", "day", "date", "month"});
    const bool named_date = date != nullptr && !named(f.snake_of(*date), {"period", "day", "date", "month"});
    if (date != nullptr && is_temporal(*date)) {
        if (const auto* key = f.key_including(date->name)) {
            s.add(Role::snapshot, 3.0, fmt::format("one row per ({})", name_list(*key, 8)));
        } else if (named_date) {
            s.add(Role::snapshot, 1.0, fmt::format("dated by snapshot column {}", date->name));
        }
    }
    if (named(f.snake, {"snapshot", "snapshots"}) || ends_with(f.snake, "_snapshot") ||
        ends_with(f.snake, "_snapshots") || starts_with(f.snake, "daily_") || starts_with(f.snake, "monthly_") ||
        ends_with(f.snake, "_daily") || ends_with(f.snake, "_monthly") || ends_with(f.snake, "_weekly")) {
        s.add(Role::snapshot, 2.0, fmt::format("the name {} reads as periodic snapshots", f.table.name.name));
    }
}

}  // namespace flaqes
