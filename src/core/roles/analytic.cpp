// Signals of analytic structures: facts with measures, the dimensions they reference, slowly
// changing dimensions (type 2) and periodic snapshots.
#include <algorithm>
#include <optional>

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

// Columns that hold a level or a balance at a point in time rather than a movement.
bool level_column(const std::string& snake) {
    for (std::string_view w : {"balance", "on_hand", "level", "stock", "inventory", "outstanding", "position", "total",
                               "count", "headcount", "open_", "closing", "opening"}) {
        if (snake.find(w) != std::string::npos) return true;
    }
    return false;
}

// Dates of milestones a row passes through: ordered, shipped, delivered (not bookkeeping, not
// validity bounds, not soft-delete stamps).
std::vector<std::string> milestone_dates(const TableFacts& f) {
    std::vector<std::string> out;
    for (const Column& c : f.table.columns) {
        const std::string& n = f.snake_of(c);
        if (!is_temporal(c) || f.is_audit_column(c) || n.find("valid") != std::string::npos ||
            n.find("delet") != std::string::npos || n.find("expir") != std::string::npos) {
            continue;
        }
        out.push_back(c.name);
    }
    return out;
}

// A unique key (constraint or unique index, not partial) of at least two columns holding this one.
std::optional<std::vector<std::string>> unique_key_with(const TableFacts& f, const std::string& column) {
    if (const auto* key = f.key_including(column)) return *key;
    for (const Index& ix : f.table.indexes) {
        if (!ix.unique || !ix.valid || ix.predicate || ix.keys.size() < 2) continue;
        std::vector<std::string> columns;
        for (const IndexKey& k : ix.keys) columns.push_back(k.column);
        if (std::find(columns.begin(), columns.end(), column) != columns.end()) return columns;
    }
    return std::nullopt;
}

struct PeriodKey {
    std::string period;             // the date or period column
    std::vector<std::string> key;   // the unique key it leads: (period, entity references...)
};

// (date or period, entity) is a key: one row per entity per period.
std::optional<PeriodKey> period_key(const TableFacts& f) {
    for (const Column& c : f.table.columns) {
        const std::string& n = f.snake_of(c);
        const bool period_name = named(n, {"year", "month", "period", "week", "day", "year_month", "period_id",
                                           "date_key", "date_id", "month_key", "day_key", "quarter"});
        const bool period = is_temporal(c) || ((is_integer(c) || is_textual(c)) && period_name);
        if (!period || n.find("valid") != std::string::npos || n.find("effective") != std::string::npos ||
            f.is_audit_column(c)) {
            continue;
        }
        // The rest of the key names the entity: a reference, not a surrogate of the row itself
        // (a partitioned table's key (payment_date, payment_id) is a row's, not a period's).
        const auto key = unique_key_with(f, c.name);
        if (!key) continue;
        const bool entity_key = std::all_of(key->begin(), key->end(), [&](const std::string& k) {
            const Column* kc = f.table.column(k);
            return k == c.name || (kc != nullptr && f.in_foreign_key(*kc));
        });
        if (entity_key) return PeriodKey{c.name, *key};
    }
    return std::nullopt;
}

// Tables referenced other than through the period column: a date_key -> dim_date reference is
// the period itself, not one more thing the row is measured against.
std::size_t entities_referenced(const TableFacts& f, const std::string& period) {
    std::vector<Oid> seen;
    for (const ForeignKey& fk : f.table.foreign_keys) {
        if (fk.ref_oid == f.table.oid ||
            std::find(fk.columns.begin(), fk.columns.end(), period) != fk.columns.end() ||
            std::find(seen.begin(), seen.end(), fk.ref_oid) != seen.end()) {
            continue;
        }
        seen.push_back(fk.ref_oid);
    }
    return seen.size();
}

}  // namespace

void fact_shape(const TableFacts& f, RoleScores& s) {
    if (f.named_fact()) {
        s.add_name(Role::fact, 1.5, "fact_name", fmt::format("the name {} reads as a fact table", f.table.name.name));
    }
    const auto refs = f.referenced_names();
    const auto measures = f.measures();
    const std::string dated = f.dated_by();
    if (refs.size() >= 2) {
        const double weight = std::min(1.0 + 0.5 * static_cast<double>(refs.size() - 2), 2.5);
        s.add(Role::fact, weight, "references_tables",
              fmt::format("references {} tables ({})", refs.size(), name_list(refs)));
    }
    if (!measures.empty()) {
        s.add(Role::fact, std::min(0.75 * static_cast<double>(measures.size()), 2.25), "numeric_measures",
              fmt::format("numeric measures ({})", name_list(names_of(measures))));
    }
    if (!dated.empty()) s.add(Role::fact, 0.5, "event_time", fmt::format("dated by {}", dated));
    // A fact records something measured at a time: without either it is no fact, whatever its keys.
    if (measures.empty()) s.add(Role::fact, -3.0, "no_measures", "no numeric measures");
    if (dated.empty()) s.add(Role::fact, -3.0, "no_event_time", "no date or time of an event");
    if (const Column* state = f.column_named({"status", "state"})) {
        s.add(Role::fact, -1.0, "processing_state",
              fmt::format("a processing state ({}): rows change as work proceeds", state->name));
    }
    if (refs.empty() && !f.named_fact()) {
        s.add(Role::fact, -2.0, "no_references", "references no other table: nothing to measure against");
    } else if (refs.size() < 2 && !f.named_fact()) {
        s.add(Role::fact, -1.0, "few_references", "references fewer than two tables");
    }
    if (const auto pk = period_key(f); pk && entities_referenced(f, pk->period) <= 2) {
        s.add(Role::fact, -1.0, "period_grain",
              fmt::format("one row per ({}): the grain of a snapshot", name_list(pk->key, 8)));
    }
}

void dimension_shape(const TableFacts& f, RoleScores& s) {
    if (starts_with(f.snake, "dim_") || starts_with(f.snake, "d_") || ends_with(f.snake, "_dim") ||
        ends_with(f.snake, "_dimension")) {
        s.add_name(Role::dimension, 1.5, "dimension_name",
                   fmt::format("the name {} reads as a dimension", f.table.name.name));
    }
    const auto& referrers = f.graph.referenced_by(f.table.oid);
    std::vector<std::string> facts;
    for (const Table* t : referrers) {
        if (f.graph.looks_like_fact(*t)) facts.push_back(t->name.name);
    }
    if (facts.empty()) return;
    // A dimension describes; a table that itself references several others is more likely a header.
    const bool describes = f.references().size() <= 1;
    const double more = 0.5 * static_cast<double>(std::min<std::size_t>(facts.size() - 1, 2));
    s.add(Role::dimension, (describes ? 2.0 : 1.0) + more, "referenced_by_facts",
          fmt::format("referenced by fact-like {}", name_list(facts)));
    if (2 * facts.size() >= referrers.size() && describes) {
        s.add(Role::dimension, 1.0, "mostly_facts_refer",
              fmt::format("{} of the {} tables referencing it are fact-like", facts.size(), referrers.size()));
    }
    if (const auto measures = f.measures(); !measures.empty()) {
        s.add(Role::dimension, -1.0, "own_measures",
              fmt::format("has measures of its own ({}): a header rather than a dimension",
                          name_list(names_of(measures))));
    }
    const auto descriptive = std::count_if(f.table.columns.begin(), f.table.columns.end(), [&](const Column& c) {
        return (is_textual(c) || is_boolean(c) || is_temporal(c)) && !f.is_audit_column(c) && !f.in_foreign_key(c);
    });
    if (descriptive >= 2 && describes) {
        s.add(Role::dimension, 1.0, "descriptive_attributes", fmt::format("{} descriptive attributes", descriptive));
    }
}

void scd2_validity(const TableFacts& f, RoleScores& s) {
    if (const auto v = f.validity()) {
        s.add(Role::scd2, v->to.empty() ? 2.0 : 3.0, "validity_columns",
              v->to.empty() ? fmt::format("version start ({})", v->from)
                            : fmt::format("validity columns ({}, {})", v->from, v->to));
        s.add(Role::dimension, 1.0, "keeps_versions", "keeps versions of its rows");
        if (v->current_flag) {
            s.add(Role::scd2, 1.5, "current_flag", fmt::format("current-version flag ({})", *v->current_flag));
        }
        if (v->version) s.add(Role::scd2, 1.0, "version_number", fmt::format("numbered versions ({})", *v->version));
        if (const auto* key = f.key_including(v->from)) {
            s.add(Role::scd2, 1.5, "version_key", fmt::format("one version per ({})", name_list(*key, 8)));
        }
    }
    for (const Column& c : f.table.columns) {
        if (!is_range(c) || (c.type.find("date") == std::string::npos && c.type.find("ts") == std::string::npos)) continue;
        const std::string& n = f.snake_of(c);
        if (named(n, {"valid", "validity", "valid_period", "valid_during", "period", "sys_period", "valid_range",
                      "effective", "effective_period", "during"})) {
            s.add(Role::scd2, 2.0, "validity_range", fmt::format("validity range ({})", c.name));
            s.add(Role::dimension, 1.0, "keeps_versions", "keeps versions of its rows");
        }
    }
    for (const ExclusionConstraint& x : f.table.exclusion_constraints) {
        if (x.definition.find("&&") != std::string::npos) {
            s.add(Role::scd2, 2.0, "no_overlap",
                  fmt::format("exclusion constraint {} keeps versions from overlapping", x.name));
        }
    }
}

void snapshot_key(const TableFacts& f, RoleScores& s) {
    const auto pk = period_key(f);
    const auto measures = f.measures();
    if (pk) {
        s.add(Role::snapshot, 2.5, "period_key", fmt::format("one row per ({})", name_list(pk->key, 8)));
        std::vector<std::string> levels;
        for (const Column* c : measures) {
            if (level_column(f.snake_of(*c))) levels.push_back(c->name);
        }
        if (!levels.empty()) {
            s.add(Role::snapshot, 1.5, "levels", fmt::format("levels or balances ({})", name_list(levels)));
        } else if (!measures.empty()) {
            s.add(Role::snapshot, 1.0, "period_measures",
                  fmt::format("measures per period ({})", name_list(names_of(measures))));
        } else {
            s.add(Role::snapshot, -2.0, "no_measures", "no numeric values per period");
        }
    } else if (const Column* date = f.column_named({"snapshot_date", "snapshot_at", "snapshot_on", "as_of",
                                                    "as_of_date", "as_of_at", "reporting_date", "report_date",
                                                    "balance_date", "valuation_date", "stat_date"});
               date != nullptr && is_temporal(*date)) {
        s.add(Role::snapshot, 1.0, "snapshot_date", fmt::format("dated by snapshot column {}", date->name));
        if (!measures.empty()) {
            s.add(Role::snapshot, 1.0, "period_measures",
                  fmt::format("values as of that date ({})", name_list(names_of(measures))));
        }
    }
    if (named(f.snake, {"snapshot", "snapshots"}) || ends_with(f.snake, "_snapshot") ||
        ends_with(f.snake, "_snapshots") || starts_with(f.snake, "daily_") || starts_with(f.snake, "monthly_") ||
        ends_with(f.snake, "_daily") || ends_with(f.snake, "_monthly") || ends_with(f.snake, "_weekly") ||
        ends_with(f.snake, "_balance") || ends_with(f.snake, "_balances") || ends_with(f.snake, "stock_level") ||
        ends_with(f.snake, "stock_levels")) {
        s.add_name(Role::snapshot, 1.5, "snapshot_name",
                   fmt::format("the name {} reads as periodic snapshots", f.table.name.name));
    }
    // Accumulating snapshot: one row per process instance, a date per milestone it reaches,
    // measures of the process, and no other table hanging off it.
    const auto milestones = milestone_dates(f);
    if (milestones.size() >= 3 && !measures.empty() && f.graph.referenced_by(f.table.oid).empty() &&
        f.referenced_names().size() >= 1 && !junction_pair(f.table)) {
        s.add(Role::snapshot, 2.0 + 0.5 * static_cast<double>(std::min<std::size_t>(milestones.size() - 3, 2)),
              "milestone_dates", fmt::format("milestone dates on one row ({})", name_list(milestones, 5)));
    }
}

}  // namespace flaqes
