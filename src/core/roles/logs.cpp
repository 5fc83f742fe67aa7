// Signals of append-mostly tables: event logs, audit trails, and queues whose rows come and go.
#include <algorithm>

#include <fmt/format.h>

#include "core/roles/role_scores.hpp"

namespace flaqes {
namespace {

bool predicate_mentions(const Index& ix, std::initializer_list<std::string_view> words) {
    if (!ix.predicate) return false;
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return ix.predicate->find(w) != std::string::npos; });
}

// A NOT NULL time column defaulting to the insert time that is not bookkeeping: searched_at.
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

void event_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (ends_with(n, "_history")) {
        s.add(Role::event_log, 1.0, fmt::format("the name {} reads as a history", f.table.name.name));
        s.add(Role::audit_log, 1.0, fmt::format("the name {} reads as a history", f.table.name.name));
    } else if (named(n, {"events", "event", "event_log", "log", "logs", "activity", "activities", "clicks",
                         "page_views", "pageviews", "telemetry", "measurements", "readings", "hits"}) ||
               ends_with(n, "_events") || ends_with(n, "_log") || ends_with(n, "_logs") ||
               ends_with(n, "_activity") || ends_with(n, "_clicks") || ends_with(n, "_readings")) {
        s.add(Role::event_log, 1.5, fmt::format("the name {} reads as a log", f.table.name.name));
    }
    const Column* when = f.column_named({"occurred_at", "happened_at", "event_time", "event_at", "event_timestamp",
                                         "logged_at", "recorded_at", "received_at", "emitted_at", "published_at",
                                         "taken_at", "measured_at", "observed_at", "ts", "timestamp", "at",
                                         "event_date", "log_time", "log_date"});
    if (when == nullptr || !is_temporal(*when)) when = stamped_at_insert(f);
    if (when != nullptr) {
        s.add(Role::event_log, when->not_null ? 1.5 : 1.0, fmt::format("event time ({})", when->name));
        if (f.update_marker() == nullptr) s.add(Role::event_log, 0.5, "no column records a later update");
    }
    if (const Column* kind = f.column_named({"event_type", "event_name", "event_kind", "activity_type", "action",
                                             "verb", "kind", "type"});
        kind != nullptr && (is_textual(*kind) || is_integer(*kind))) {
        s.add(Role::event_log, 0.75, fmt::format("what happened ({})", kind->name));
    }
    if (const Column* payload = f.column_named({"payload", "event_data", "data", "body", "properties", "details",
                                                "context", "attributes", "metadata"});
        payload != nullptr && is_json(*payload)) {
        s.add(Role::event_log, 0.5, fmt::format("a json payload ({})", payload->name));
    }
    for (const Index& ix : f.table.indexes) {
        if (ix.method != "brin" || ix.keys.empty()) continue;
        const Column* c = f.table.column(ix.keys[0].column);
        if (c != nullptr && is_temporal(*c)) {
            s.add(Role::event_log, 1.0, fmt::format("BRIN index {} on {}: rows arrive in time order", ix.name, c->name));
            break;
        }
    }
    if (f.table.partition_strategy == std::string("range") && f.table.partition_key) {
        for (const Column& c : f.table.columns) {
            if (is_temporal(c) && f.table.partition_key->find(c.name) != std::string::npos) {
                s.add(Role::event_log, 1.0, fmt::format("partitioned by range of {}", c.name));
                s.add(Role::fact, 0.5, fmt::format("partitioned by range of {}", c.name));
                break;
            }
        }
    }
}

void mutable_rows(const TableFacts& f, RoleScores& s) {
    const Column* marker = f.update_marker();
    if (marker == nullptr) return;
    s.add(Role::entity, 1.0, fmt::format("tracks changes in place ({})", marker->name));
    const std::string against = fmt::format("{} says rows change after insert", marker->name);
    s.add(Role::event_log, -2.0, against);
    s.add(Role::audit_log, -2.0, against);
    s.add(Role::snapshot, -0.5, against);
    s.add(Role::fact, -0.5, against);
}

void audit_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (n.find("audit") != std::string::npos ||
        named(n, {"changes", "change_log", "changelog", "revisions", "versions", "logged_actions", "audit_trail"}) ||
        ends_with(n, "_changes") || ends_with(n, "_changelog") || ends_with(n, "_revisions") ||
        ends_with(n, "_versions")) {
        s.add(Role::audit_log, 3.0, fmt::format("the name {} reads as an audit trail", f.table.name.name));
    }
    if (const Column* c = f.column_named({"table_name", "relname", "entity_type", "entity_name", "object_type",
                                          "record_type", "auditable_type", "item_type", "schema_name"})) {
        s.add(Role::audit_log, 1.0, fmt::format("names the changed table or kind ({})", c->name));
    }
    if (const Column* c = f.column_named({"operation", "op", "change_type", "dml", "tg_op", "action_type", "action"})) {
        s.add(Role::audit_log, 1.0, fmt::format("the operation ({})", c->name));
    }
    std::vector<std::string> images;
    for (const Column& c : f.table.columns) {
        const std::string& cn = f.snake_of(c);
        if (starts_with(cn, "old_") || starts_with(cn, "new_") ||
            named(cn, {"before", "after", "row_data", "changed_fields", "diff", "object_changes", "original_data",
                       "previous", "old", "new"})) {
            images.push_back(c.name);
        }
    }
    if (images.size() >= 2 || (images.size() == 1 && is_json(*f.table.column(images[0])))) {
        s.add(Role::audit_log, 2.0, fmt::format("before/after images ({})", name_list(images)));
    }
    if (const Column* c = f.column_named({"changed_by", "performed_by", "actor", "actor_id", "db_user",
                                          "session_user_name", "whodunnit", "changed_by_user"})) {
        s.add(Role::audit_log, 0.5, fmt::format("who made the change ({})", c->name));
    }
}

void queue_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (named(n, {"jobs", "job", "queue", "queues", "tasks", "task_queue", "job_queue", "outbox", "work_items",
                  "background_jobs", "delayed_jobs"}) ||
        ends_with(n, "_queue") || ends_with(n, "_jobs") || ends_with(n, "_outbox") || ends_with(n, "_tasks")) {
        s.add(Role::queue, 2.0, fmt::format("the name {} reads as a queue", f.table.name.name));
    }
    std::vector<std::string> timing;
    for (const Column& c : f.table.columns) {
        if (named(f.snake_of(c), {"locked_at", "locked_by", "locked_until", "lease_until", "lease_expires_at",
                                  "run_at", "scheduled_at", "scheduled_for", "visible_at", "available_at", "attempts",
                                  "attempt", "retry_count", "retries", "max_attempts", "processed_at", "picked_at",
                                  "heartbeat_at", "claimed_at", "claimed_by", "next_attempt_at", "dequeued_at"})) {
            timing.push_back(c.name);
        }
    }
    if (!timing.empty()) {
        s.add(Role::queue, std::min(0.75 * static_cast<double>(timing.size()), 2.25),
              fmt::format("delivery bookkeeping ({})", name_list(timing)));
    }
    const Column* status = f.column_named({"status", "state", "job_status"});
    if (status != nullptr && !timing.empty()) s.add(Role::queue, 1.0, fmt::format("a processing state ({})", status->name));
    for (const Index& ix : f.table.indexes) {
        if (predicate_mentions(ix, {"status", "state", "processed_at", "locked", "done", "completed"})) {
            s.add(Role::queue, 1.5, fmt::format("partial index {} keeps pending rows apart", ix.name));
            break;
        }
    }
}

}  // namespace flaqes
