// Signals from statistics: write activity (pg_stat_user_tables) and row estimates (reltuples).
// Absent statistics add nothing: structure alone decides then.
#include <fmt/format.h>

#include "core/roles/role_scores.hpp"

namespace flaqes {
namespace {

// Fewer inserts than this say nothing about how a table is written.
constexpr std::int64_t min_inserts = 20;

}  // namespace

void write_activity(const TableFacts& f, RoleScores& s) {
    const TableStats& a = f.graph.activity(f.table);
    if (!a.inserts) return;
    const std::int64_t ins = *a.inserts, upd = a.updates.value_or(0), del = a.deletes.value_or(0);
    if (ins >= min_inserts && upd == 0 && del == 0) {
        const std::string text = fmt::format("append-only: {} inserts, no updates or deletes", ins);
        s.add(Role::event_log, 2.0, "append_only", text);
        s.add(Role::audit_log, 1.5, "append_only", text);
        s.add(Role::fact, 0.5, "append_only", text);
        s.add(Role::snapshot, 0.5, "append_only", text);
        return;
    }
    if (upd >= 10 && static_cast<double>(upd) >= 0.1 * static_cast<double>(ins)) {
        const std::string text = fmt::format("rows are updated in place: {} updates for {} inserts", upd, ins);
        s.add(Role::entity, 1.0, "updated_in_place", text);
        s.add(Role::queue, 0.5, "updated_in_place", text);
        s.add(Role::event_log, -2.0, "updated_in_place", text);
        s.add(Role::audit_log, -2.0, "updated_in_place", text);
        s.add(Role::fact, -1.0, "updated_in_place", text);
    }
    if (ins >= min_inserts && static_cast<double>(del) >= 0.5 * static_cast<double>(ins)) {
        const std::string text = fmt::format("rows are consumed: {} deletes for {} inserts", del, ins);
        s.add(Role::queue, 2.0, "rows_consumed", text);
        s.add(Role::event_log, -1.0, "rows_consumed", text);
    }
}

void row_count(const TableFacts& f, RoleScores& s) {
    const auto rows = f.graph.rows(f.table);
    if (!rows || !f.graph.activity(f.table).analyzed) return;
    const bool referenced = !f.graph.referenced_by(f.table.oid).empty();
    if (*rows >= 1 && *rows <= 300 && referenced) {
        s.add(Role::lookup, 1.0, "few_rows", fmt::format("about {:.0f} rows", *rows));
    } else if (*rows >= 1e6) {
        const std::string text = fmt::format("about {:.0f} rows", *rows);
        s.add(Role::fact, 0.5, "many_rows", text);
        s.add(Role::event_log, 0.5, "many_rows", text);
        s.add(Role::lookup, -2.0, "many_rows", text);
        s.add(Role::config, -2.0, "many_rows", text);
    }
}

}  // namespace flaqes
