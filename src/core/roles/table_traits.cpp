#include "core/roles/table_traits.hpp"

namespace flaqes {
namespace {

const Column* stamped_at_insert(const TableFacts& f) {
    for (const Column& c : f.table.columns) {
        if (!is_temporal(c) || !c.not_null || !c.default_expr || f.is_audit_column(c)) continue;
        const std::string& d = *c.default_expr;
        if (d.find("now()") != std::string::npos || d.find("CURRENT_TIMESTAMP") != std::string::npos ||
            d.find("clock_timestamp()") != std::string::npos) {
            return &c;
        }
    }
    return nullptr;
}

}  // namespace

const Column* event_time(const TableFacts& f) {
    const Column* when = f.column_named({"occurred_at", "happened_at", "event_time", "event_at", "event_timestamp",
                                         "logged_at", "recorded_at", "received_at", "emitted_at", "published_at",
                                         "taken_at", "measured_at", "observed_at", "ts", "timestamp", "at",
                                         "event_date", "log_time", "log_date", "seen_at", "sent_at", "start_time",
                                         "triggered_at"});
    if (when != nullptr && is_temporal(*when)) return when;
    if (const Column* stamped = stamped_at_insert(f)) return stamped;
    // A row never updated is dated by its creation: an audit entry's created_at is its event time.
    if (f.update_marker() != nullptr) return nullptr;
    const Column* created = f.column_named({"created_at", "created_on", "inserted_at", "create_time", "creation_time",
                                            "created", "date_created"});
    return created != nullptr && is_temporal(*created) ? created : nullptr;
}

bool append_only(const TableFacts& f) {
    const TableStats& a = f.graph.activity(f.table);
    return a.inserts && *a.inserts >= 20 && a.updates.value_or(0) == 0 && a.deletes.value_or(0) == 0;
}

bool is_json_payload(const TableFacts& f, const Column& c) {
    if (!is_json(c)) return false;
    const std::string& n = f.snake_of(c);
    if (named(n, {"payload", "event_data", "event_payload", "body", "message"})) return true;
    return named(n, {"data", "params", "args", "arguments", "details", "context"}) && event_time(f) != nullptr &&
           f.update_marker() == nullptr;
}

}  // namespace flaqes
