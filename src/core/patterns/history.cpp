// Patterns of row lifecycle and history: soft delete, slowly changing dimensions, audit
// columns, event sourcing.
#include <algorithm>

#include "core/patterns/detectors.hpp"

namespace flaqes {
namespace {

std::vector<std::string> partial_indexes_on(const Table& t, const std::string& column) {
    std::vector<std::string> out;
    for (const Index& ix : t.indexes) {
        if (ix.predicate && ix.predicate->find(column) != std::string::npos) out.push_back(ix.name);
    }
    return out;
}

json::Value opt_number(const std::optional<double>& d) { return d ? json::Value::number(*d) : json::Value(); }

}  // namespace

void soft_delete(const TableFacts& f, Matches& out) {
    const Column* stamp = f.column_named({"deleted_at", "deleted_on", "archived_at", "removed_at", "discarded_at",
                                          "deletion_date", "date_deleted", "deleted_date", "trashed_at", "delete_time"});
    const Column* flag = f.column_named({"is_deleted", "deleted", "is_archived", "archived", "is_removed", "removed",
                                         "is_trashed", "deleted_flag", "del_flag"});
    const bool by_stamp = stamp != nullptr && is_temporal(*stamp) && !stamp->not_null;
    const Column* marker = by_stamp ? stamp : (flag != nullptr && is_boolean(*flag) ? flag : nullptr);
    if (marker == nullptr) return;
    const auto partial = partial_indexes_on(f.table, marker->name);
    Signals why;
    why.add_if(by_stamp, "deleted_stamp", 0.7, marker->name + ": a time, null while the row is live")
        .add_if(!by_stamp, "deleted_flag", 0.6, marker->name + ": a boolean flag")
        .add_if(!partial.empty(), "live_rows_index", 0.2, "partial indexes keep live rows apart");
    out.push_back(pattern_match(
        f, "soft_delete", {marker->name}, why,
        evidence_of({{"marker", text(marker->name)},
                     {"kind", text(by_stamp ? "timestamp, null while live" : "boolean flag")},
                     {"partial_indexes", partial.empty() ? json::Value() : texts(partial)},
                     {"null_frac", by_stamp ? opt_number(marker->null_frac) : json::Value()}})));
}

void scd2(const TableFacts& f, Matches& out) {
    if (const auto v = f.validity()) {
        std::vector<std::string> columns = {v->from};
        if (!v->to.empty()) columns.push_back(v->to);
        if (v->current_flag) columns.push_back(*v->current_flag);
        if (v->version) columns.push_back(*v->version);
        const auto* key = f.key_including(v->from);
        Signals why;
        why.add_if(!v->to.empty(), "validity_columns", 0.6, v->from + " and " + v->to + " bound each version")
            .add_if(v->to.empty(), "version_start", 0.45, v->from + " starts each version")
            .add_if(v->current_flag.has_value(), "current_flag", 0.15, "flag of the current version")
            .add_if(v->version.has_value(), "version_number", 0.15, "versions are numbered")
            .add_if(key != nullptr, "version_key", 0.2, "a key holds the version start");
        out.push_back(pattern_match(f, "scd2", columns, why,
                                    evidence_of({{"valid_from", text(v->from)},
                                                 {"valid_to", v->to.empty() ? json::Value() : text(v->to)},
                                                 {"current_flag", v->current_flag ? text(*v->current_flag) : json::Value()},
                                                 {"version", v->version ? text(*v->version) : json::Value()},
                                                 {"version_key", key ? texts(*key) : json::Value()}})));
        return;
    }
    for (const ExclusionConstraint& x : f.table.exclusion_constraints) {
        if (x.definition.find("&&") == std::string::npos) continue;
        for (const std::string& c : x.columns) {
            const Column* col = f.table.column(c);
            if (col == nullptr || !is_range(*col)) continue;
            out.push_back(pattern_match(f, "scd2", {c},
                                        Signals().add("no_overlap", 0.85, "exclusion constraint " + x.name +
                                                                              " keeps ranges of " + c + " apart"),
                                        evidence_of({{"validity_range", text(c)},
                                                     {"exclusion_constraint", text(x.name)},
                                                     {"definition", text(x.definition)}})));
            return;
        }
    }
}

// Type 1: a dimension overwritten in place, found by a natural key besides its surrogate key
// (without one, "updated in place" says nothing a plain entity does not).
void scd1(const TableFacts& f, Matches& out) {
    if (f.validity() || !f.table.primary_key || f.table.primary_key->columns.size() != 1) return;
    const bool dimension_like = starts_with(f.snake, "dim_") || ends_with(f.snake, "_dim") || f.referenced_by_fact();
    const Column* updated = f.update_marker();
    if (!dimension_like || updated == nullptr || f.table.unique_constraints.empty()) return;
    const KeyConstraint& natural = f.table.unique_constraints.front();
    std::vector<std::string> columns = natural.columns;
    columns.push_back(updated->name);
    out.push_back(pattern_match(f, "scd1", columns,
                                Signals()
                                    .add("dimension", 0.25, "a dimension (by name or referenced by facts)")
                                    .add("natural_key", 0.2, "a natural key besides the surrogate key")
                                    .add("overwritten", 0.2, updated->name + " records changes made in place"),
                                evidence_of({{"natural_key", texts(natural.columns)},
                                             {"overwritten", text(updated->name)},
                                             {"history", text("none: changes overwrite the row")}})));
}

// Who and when of a row's creation and last change: timestamps (created_at, create_time, ...)
// or actor columns (created_by, updated_by, deleted_by) alone.
void audit_columns(const TableFacts& f, Matches& out) {
    const Column* created = f.column_named({"created_at", "created_on", "inserted_at", "creation_date", "create_date",
                                            "date_created", "created", "create_time", "creation_time", "created_time",
                                            "insert_time"});
    const Column* updated = f.column_named({"updated_at", "updated_on", "modified_at", "modified_on", "last_update",
                                            "last_updated", "last_modified", "modified_date", "update_date",
                                            "update_time", "modified_time", "updated_time", "last_modified_at"});
    if (created != nullptr && !is_temporal(*created)) created = nullptr;
    if (updated != nullptr && !is_temporal(*updated)) updated = nullptr;
    std::vector<std::string> actors;
    for (const Column& c : f.table.columns) {
        const std::string& n = f.snake_of(c);
        if (named(n, {"created_by", "updated_by", "modified_by", "deleted_by", "inserted_by",
                      "created_by_id", "updated_by_id", "modified_by_id", "deleted_by_id", "creator_id",
                      "last_modified_by", "last_updated_by"})) {
            actors.push_back(c.name);
        }
    }
    if (created == nullptr && updated == nullptr && actors.empty()) return;
    std::vector<std::string> columns;
    for (const Column* c : {created, updated}) {
        if (c != nullptr) columns.push_back(c->name);
    }
    columns.insert(columns.end(), actors.begin(), actors.end());
    Signals why;
    why.add_if(created != nullptr && updated != nullptr, "created_and_updated", 0.9, "creation and last-change times")
        .add_if(created == nullptr && updated != nullptr, "updated_time", 0.6, "a last-change time")
        .add_if(created != nullptr && updated == nullptr, "created_time", 0.5, "a creation time")
        .add_if(created == nullptr && updated == nullptr, "actor_columns", 0.55 + 0.1 * double(actors.size() > 1),
                "who created or changed the row")
        .add_if((created != nullptr || updated != nullptr) && !actors.empty(), "actors", 0.05,
                "and who did it");
    out.push_back(pattern_match(f, "audit_columns", columns, why,
                                evidence_of({{"created", created ? text(created->name) : json::Value()},
                                             {"updated", updated ? text(updated->name) : json::Value()},
                                             {"by", actors.empty() ? json::Value() : texts(actors)}})));
}

// A version counter bumped by every update, compared on write: version, lock_version, row_version.
// Numbered row versions (a version beside a validity start) are history, not locking.
void optimistic_locking(const TableFacts& f, Matches& out) {
    const Column* version = f.column_named({"lock_version", "row_version", "version", "optlock", "record_version",
                                            "concurrency_stamp", "etag", "xmin_version"});
    if (version == nullptr || f.validity() || f.in_primary_key(*version) || f.key_including(version->name)) return;
    const std::string& n = f.snake_of(*version);
    const bool counter = is_integer(*version) || (n != "version" && (version->type == "uuid" || is_textual(*version)));
    if (!counter) return;
    const bool explicit_name = n != "version";
    const bool starts = version->default_expr.has_value() && version->not_null;
    out.push_back(pattern_match(f, "optimistic_locking", {version->name},
                                Signals()
                                    .add_if(explicit_name, "lock_column", 0.8, version->name + " names a lock version")
                                    .add_if(!explicit_name, "version_column", 0.55,
                                            version->name + ": a version counter on a row kept in place")
                                    .add_if(starts, "counter_default", 0.1, "NOT NULL with a starting value"),
                                evidence_of({{"version", text(version->name)}, {"type", text(version->type)}})));
}

void event_sourcing(const TableFacts& f, Matches& out) {
    const Column* stream = f.column_named({"aggregate_id", "stream_id", "aggregate_uuid", "stream_name", "stream"});
    const Column* version = f.column_named({"version", "stream_version", "sequence", "sequence_number", "seq",
                                            "event_version", "revision", "position"});
    const Column* type = f.column_named({"event_type", "event_name", "type"});
    const Column* payload = f.column_named({"payload", "data", "event_data", "body"});
    if (stream == nullptr || version == nullptr || type == nullptr || payload == nullptr) return;
    const bool ordered = f.key_including(stream->name) != nullptr &&
                         f.key_including(version->name) == f.key_including(stream->name);
    out.push_back(pattern_match(
        f, "event_sourcing", {stream->name, version->name, type->name, payload->name},
        Signals()
            .add("stream_columns", 0.6, "a stream, a version, an event type and a payload")
            .add_if(ordered, "unique_stream_version", 0.3, "one event per stream and version"),
        evidence_of({{"stream", text(stream->name)},
                     {"version", text(version->name)},
                     {"event_type", text(type->name)},
                     {"payload", text(payload->name)},
                     {"unique_stream_version", json::Value::boolean(ordered)}})));
}

}  // namespace flaqes
