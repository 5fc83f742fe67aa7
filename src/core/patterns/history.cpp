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
                                          "deletion_date", "date_deleted", "deleted_date", "trashed_at"});
    const Column* flag = f.column_named({"is_deleted", "deleted", "is_archived", "archived", "is_removed", "removed",
                                         "is_trashed", "deleted_flag", "del_flag"});
    const bool by_stamp = stamp != nullptr && is_temporal(*stamp) && !stamp->not_null;
    const Column* marker = by_stamp ? stamp : (flag != nullptr && is_boolean(*flag) ? flag : nullptr);
    if (marker == nullptr) return;
    const auto partial = partial_indexes_on(f.table, marker->name);
    double confidence = by_stamp ? 0.7 : 0.6;
    if (!partial.empty()) confidence += 0.2;
    out.push_back(pattern_match(
        f, "soft_delete", {marker->name}, confidence,
        evidence_of({{"marker", text(marker->name)},
                     {"kind", text(by_stamp ? "timestamp, null while live" : "boolean flag")},
                     {"partial_indexes", partial.empty() ? json::Value() : texts(partial)},
                     {"null_frac", by_stamp ? opt_number(marker->null_frac) : json::Value()}})));
}

void scd2(const TableFacts& f, Matches& out) {
    if (const auto v = f.validity()) {
        std::vector<std::string> columns = {v->from, v->to};
        double confidence = 0.6;
        if (v->current_flag) {
            columns.push_back(*v->current_flag);
            confidence += 0.15;
        }
        const auto* key = f.key_including(v->from);
        if (key != nullptr) confidence += 0.2;
        out.push_back(pattern_match(f, "scd2", columns, confidence,
                                    evidence_of({{"valid_from", text(v->from)},
                                                 {"valid_to", text(v->to)},
                                                 {"current_flag", v->current_flag ? text(*v->current_flag) : json::Value()},
                                                 {"version_key", key ? texts(*key) : json::Value()}})));
        return;
    }
    for (const ExclusionConstraint& x : f.table.exclusion_constraints) {
        if (x.definition.find("&&") == std::string::npos) continue;
        for (const std::string& c : x.columns) {
            const Column* col = f.table.column(c);
            if (col == nullptr || !is_range(*col)) continue;
            out.push_back(pattern_match(f, "scd2", {c}, 0.85,
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
    out.push_back(pattern_match(f, "scd1", columns, 0.65,
                                evidence_of({{"natural_key", texts(natural.columns)},
                                             {"overwritten", text(updated->name)},
                                             {"history", text("none: changes overwrite the row")}})));
}

void audit_columns(const TableFacts& f, Matches& out) {
    const Column* created = f.column_named({"created_at", "created_on", "inserted_at", "creation_date", "create_date",
                                            "date_created", "created"});
    const Column* updated = f.column_named({"updated_at", "updated_on", "modified_at", "modified_on", "last_update",
                                            "last_updated", "last_modified", "modified_date", "update_date"});
    const Column* by = f.column_named({"created_by", "updated_by", "modified_by"});
    if (created != nullptr && !is_temporal(*created)) created = nullptr;
    if (updated != nullptr && !is_temporal(*updated)) updated = nullptr;
    if (created == nullptr && updated == nullptr) return;
    std::vector<std::string> columns;
    for (const Column* c : {created, updated, by}) {
        if (c != nullptr) columns.push_back(c->name);
    }
    const double confidence = created && updated ? 0.9 : (updated ? 0.6 : 0.5);
    out.push_back(pattern_match(f, "audit_columns", columns, confidence + (by ? 0.05 : 0.0),
                                evidence_of({{"created", created ? text(created->name) : json::Value()},
                                             {"updated", updated ? text(updated->name) : json::Value()},
                                             {"by", by ? text(by->name) : json::Value()}})));
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
        f, "event_sourcing", {stream->name, version->name, type->name, payload->name}, ordered ? 0.9 : 0.6,
        evidence_of({{"stream", text(stream->name)},
                     {"version", text(version->name)},
                     {"event_type", text(type->name)},
                     {"payload", text(payload->name)},
                     {"unique_stream_version", json::Value::boolean(ordered)}})));
}

}  // namespace flaqes
