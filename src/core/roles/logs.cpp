// Signals of append-mostly tables: event logs, audit trails, and queues whose rows come and go.
#include <algorithm>

#include <fmt/format.h>

#include "core/roles/role_scores.hpp"
#include "core/roles/table_traits.hpp"

namespace flaqes {
namespace {

bool predicate_mentions(const Index& ix, std::initializer_list<std::string_view> words) {
    if (!ix.predicate) return false;
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return ix.predicate->find(w) != std::string::npos; });
}

}  // namespace

void event_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    int shape = 0;  // evidence that rows record happenings, beside their time
    if (ends_with(n, "_history")) {
        const std::string text = fmt::format("the name {} reads as a history", f.table.name.name);
        s.add_name(Role::event_log, 1.0, "history_name", text);
        s.add_name(Role::audit_log, 1.0, "history_name", text);
    } else if (named(n, {"events", "event", "event_log", "log", "logs", "activity", "activities", "clicks",
                         "page_views", "pageviews", "telemetry", "measurements", "readings", "hits"}) ||
               ends_with(n, "_events") || ends_with(n, "_event") || ends_with(n, "_log") || ends_with(n, "_logs") ||
               ends_with(n, "_activity") || ends_with(n, "_clicks") || ends_with(n, "_readings")) {
        s.add_name(Role::event_log, 1.5, "log_name", fmt::format("the name {} reads as a log", f.table.name.name));
        ++shape;
    }
    const Column* when = event_time(f);
    if (when != nullptr) {
        s.add(Role::event_log, when->not_null ? 1.5 : 1.0, "event_time", fmt::format("event time ({})", when->name));
        if (f.update_marker() == nullptr) s.add(Role::event_log, 0.5, "never_updated", "no column records a later update");
    } else {
        // Rows seen only ever inserted are a log even ordered by their key alone, if a weak one.
        s.add(Role::event_log, append_only(f) ? -1.0 : -3.0, "no_event_time", "no time of an event");
    }
    const Column* kind = f.column_named({"event_type", "event_name", "event_kind", "activity_type", "action", "verb",
                                         "kind", "type"});
    for (const Column& c : f.table.columns) {
        if (kind == nullptr && c.type_type == 'e' && ends_with(f.snake_of(c), "_kind")) kind = &c;  // span_kind enum
    }
    // A row with an expiry and no kind of happening lives until then (a session, a token): a state.
    // (A moderation action of some kind may carry the expiry of the ban it records.)
    if (const Column* expiry = f.column_named({"expires_at", "expires_on", "expire_at", "expires", "expiry",
                                               "expiry_date", "expiration", "expiration_date", "expiration_time"});
        expiry != nullptr && is_temporal(*expiry) && kind == nullptr) {
        const std::string text = fmt::format("rows live until {}: a state, not a happening", expiry->name);
        s.add(Role::event_log, -2.0, "expiring_rows", text);
        s.add(Role::entity, 0.5, "expiring_rows", text);
    }
    if (kind != nullptr && (is_textual(*kind) || is_integer(*kind))) {
        // A bare type or kind is as often the kind of a thing as of a happening.
        const bool bare = named(f.snake_of(*kind), {"kind", "type"});
        s.add(Role::event_log, bare ? 0.5 : 0.75, "event_kind", fmt::format("what happened ({})", kind->name));
        ++shape;
    }
    for (const Column& c : f.table.columns) {
        if (!is_json_payload(f, c)) continue;
        s.add(Role::event_log, 0.75, "json_payload", fmt::format("a json payload ({})", c.name));
        ++shape;
        break;
    }
    for (const Index& ix : f.table.indexes) {
        if (ix.method != "brin" || ix.keys.empty()) continue;
        const Column* c = f.table.column(ix.keys[0].column);
        if (c != nullptr && is_temporal(*c)) {
            s.add(Role::event_log, 1.0, "brin_time",
                  fmt::format("BRIN index {} on {}: rows arrive in time order", ix.name, c->name));
            ++shape;
            break;
        }
    }
    if (f.table.partition_strategy == std::string("range") && f.table.partition_key) {
        for (const Column& c : f.table.columns) {
            if (is_temporal(c) && f.table.partition_key->find(c.name) != std::string::npos) {
                const std::string text = fmt::format("partitioned by range of {}", c.name);
                s.add(Role::event_log, 1.0, "time_partitioned", text);
                s.add(Role::fact, 0.5, "time_partitioned", text);  // retention as often as a log: no shape
                break;
            }
        }
    }
    if (when != nullptr && shape == 0 && !append_only(f)) {
        s.add(Role::event_log, -3.0, "time_only", "a time alone does not make a log: nothing says what happened");
    }
}

void mutable_rows(const TableFacts& f, RoleScores& s) {
    const Column* marker = f.update_marker();
    if (marker == nullptr) return;
    s.add(Role::entity, 1.0, "update_marker", fmt::format("tracks changes in place ({})", marker->name));
    const std::string against = fmt::format("{} says rows change after insert", marker->name);
    s.add(Role::event_log, -2.0, "update_marker", against);
    s.add(Role::audit_log, -2.0, "update_marker", against);
    s.add(Role::snapshot, -0.5, "update_marker", against);
    s.add(Role::fact, -0.5, "update_marker", against);
}

void audit_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (n.find("audit") != std::string::npos ||
        named(n, {"changes", "change_log", "changelog", "revisions", "versions", "logged_actions", "audit_trail"}) ||
        ends_with(n, "_changes") || ends_with(n, "_changelog") || ends_with(n, "_revisions") ||
        ends_with(n, "_versions")) {
        s.add_name(Role::audit_log, 1.5, "audit_name", fmt::format("the name {} reads as an audit trail", f.table.name.name));
    }
    int record = 0;  // evidence that a row records a change to another row
    if (const Column* c = f.column_named({"table_name", "relname", "auditable_type", "schema_name", "table_oid",
                                          "relid"})) {
        s.add(Role::audit_log, 1.0, "changed_table", fmt::format("names the changed table ({})", c->name));
        ++record;
    }
    if (const Column* c = f.column_named({"operation", "op", "change_type", "dml", "tg_op", "action_type", "action"});
        c != nullptr && (is_textual(*c) || c->type == "\"char\"")) {
        // An operation alone is any action (a rate limit's); with the changed table it is a change.
        s.add(Role::audit_log, record > 0 ? 1.0 : 0.5, "operation", fmt::format("the operation ({})", c->name));
    }
    std::vector<std::string> images;
    for (const Column& c : f.table.columns) {
        const std::string& cn = f.snake_of(c);
        if (starts_with(cn, "old_") || starts_with(cn, "new_") ||
            named(cn, {"before", "after", "row_data", "changed_fields", "diff", "object_changes", "original_data",
                       "previous", "old", "new", "object", "old_values", "new_values", "changes"})) {
            images.push_back(c.name);
        }
    }
    if (images.size() >= 2 || (images.size() == 1 && is_json(*f.table.column(images[0])))) {
        s.add(Role::audit_log, 2.0, "row_images", fmt::format("before/after images ({})", name_list(images)));
        ++record;
    }
    if (const Column* c = f.column_named({"changed_by", "performed_by", "actor", "actor_id", "db_user",
                                          "session_user_name", "whodunnit", "changed_by_user"})) {
        s.add(Role::audit_log, 0.5, "actor", fmt::format("who made the change ({})", c->name));
    }
    if (record > 0) {
        // The time of the change: an audit trail is dated like any log (event_shape dates event_log).
        if (const Column* when = event_time(f)) {
            s.add(Role::audit_log, 1.5, "change_time", fmt::format("time of the change ({})", when->name));
        }
    } else {  // appending alone makes a log, not an audit trail
        s.add(Role::audit_log, -2.0, "no_change_record", "nothing records which row changed or how");
    }
}

void queue_shape(const TableFacts& f, RoleScores& s) {
    const std::string& n = f.snake;
    if (named(n, {"jobs", "job", "queue", "queues", "tasks", "task_queue", "job_queue", "outbox", "work_items",
                  "background_jobs", "delayed_jobs", "queue_item", "queue_items"}) ||
        ends_with(n, "_queue") || ends_with(n, "_jobs") || ends_with(n, "_outbox") || ends_with(n, "_tasks") ||
        ends_with(n, "_queue_item") || ends_with(n, "_queue_items")) {
        s.add_name(Role::queue, 1.5, "queue_name", fmt::format("the name {} reads as a queue", f.table.name.name));
    }
    std::vector<std::string> timing;
    for (const Column& c : f.table.columns) {
        if (named(f.snake_of(c), {"locked_at", "locked_by", "locked_until", "lease_until", "lease_expires_at",
                                  "run_at", "scheduled_at", "scheduled_for", "visible_at", "available_at", "attempts",
                                  "attempt", "retry_count", "retries", "max_attempts", "processed_at", "picked_at",
                                  "heartbeat_at", "claimed_at", "claimed_by", "next_attempt_at", "dequeued_at",
                                  "error_count", "last_error", "failed_at", "queue", "queue_name", "is_queued",
                                  "retry_after", "requeue_after"})) {
            timing.push_back(c.name);
        }
    }
    if (!timing.empty()) {
        s.add(Role::queue, std::min(0.75 * static_cast<double>(timing.size()), 2.25), "delivery_bookkeeping",
              fmt::format("delivery bookkeeping ({})", name_list(timing)));
    }
    const Column* status = f.column_named({"status", "state", "job_status"});
    if (status != nullptr && !timing.empty()) {
        s.add(Role::queue, 1.0, "processing_state", fmt::format("a processing state ({})", status->name));
    }
    for (const Index& ix : f.table.indexes) {
        if (predicate_mentions(ix, {"status", "state", "processed_at", "locked", "done", "completed"})) {
            s.add(Role::queue, 1.5, "pending_index", fmt::format("partial index {} keeps pending rows apart", ix.name));
            break;
        }
    }
}

}  // namespace flaqes
