#include "core/migration/ddl_tensions.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

namespace flaqes {

namespace {

std::string table_of(const Finding& f, const SchemaGraph& graph) {
    const Table* t = graph.table(f.table);
    return t != nullptr ? t->name.sql() : std::string();
}

// A grouped finding (consolidate.hpp) lists its objects in evidence.objects, as they read inside
// the schema; a finding of its own is its one object.
std::vector<std::string> objects_of(const Finding& f, const SchemaGraph& graph) {
    std::vector<std::string> out;
    if (const json::Value* objects = f.evidence.is_object() ? f.evidence.find("objects") : nullptr;
        objects != nullptr && objects->is_array()) {
        for (const json::Value& o : objects->items()) {
            if (o.is_string()) out.push_back(o.as_string());
        }
        return out;
    }
    const Table* t = graph.table(f.table);
    const std::string prefix = t != nullptr ? t->name.schema + "." : std::string();
    const bool in_schema = !prefix.empty() && f.object.compare(0, prefix.size(), prefix) == 0;
    out.push_back(in_schema ? f.object.substr(prefix.size()) : f.object);
    return out;
}

// The schema a finding speaks of: its table's, or the one its group object starts with.
bool in_same_schema(const Finding& single, const SchemaGraph& graph, const Finding& other, const SchemaGraph& other_graph) {
    const Table* t = graph.table(single.table);
    const Table* u = other_graph.table(other.table);
    if (t != nullptr && u != nullptr) return t->name.schema == u->name.schema;
    const Finding& grouped = t != nullptr ? other : single;
    const std::string schema = t != nullptr ? t->name.schema : u != nullptr ? u->name.schema : std::string();
    const std::string& o = grouped.object;
    return !schema.empty() && o.compare(0, schema.size(), schema) == 0 &&
           (o.size() == schema.size() || o[schema.size()] == '.' || o[schema.size()] == '(');
}

bool share_an_object(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& o) { return std::find(b.begin(), b.end(), o) != b.end(); });
}

std::string listed(const std::vector<std::string>& from, const std::vector<std::string>& without) {
    std::string out;
    for (const std::string& o : from) {
        if (std::find(without.begin(), without.end(), o) == without.end()) out += (out.empty() ? "" : ", ") + o;
    }
    return out;
}

// "Severity warning -> critical and 3 object(s) instead of 2 (added: b(x)) after the migration: ..."
std::string changed_description(const Finding& before, const std::vector<std::string>& old_objects,
                                 const Finding& after, const std::vector<std::string>& new_objects) {
    std::vector<std::string> parts;
    if (before.severity != after.severity) {
        parts.push_back(fmt::format("Severity {} -> {}", severity_name(before.severity), severity_name(after.severity)));
    }
    if (old_objects != new_objects || before.id != after.id) {
        std::string what = fmt::format("{} object(s) instead of {}", new_objects.size(), old_objects.size());
        if (before.id != after.id) what += " in " + before.id;
        std::vector<std::string> moves;
        if (const std::string added = listed(new_objects, old_objects); !added.empty()) moves.push_back("added: " + added);
        if (const std::string gone = listed(old_objects, new_objects); !gone.empty()) moves.push_back("no longer: " + gone);
        if (!moves.empty()) what += fmt::format(" ({})", fmt::join(moves, "; "));
        parts.push_back(std::move(what));
    }
    return fmt::format("{} after the migration: {}", fmt::join(parts, " and "), after.description);
}

}  // namespace

std::vector<DdlReviewRow> tension_rows(const std::vector<Finding>& before, const SchemaGraph& before_graph,
                                       const std::vector<Finding>& after, const SchemaGraph& after_graph,
                                       const std::function<StatementRef(Oid)>& statement_of) {
    std::unordered_map<std::string, std::size_t> old_by_id, new_by_id;
    for (std::size_t i = 0; i < before.size(); ++i) old_by_id.emplace(before[i].id, i);
    for (std::size_t i = 0; i < after.size(); ++i) new_by_id.emplace(after[i].id, i);
    std::vector<std::vector<std::string>> old_objects, new_objects;
    for (const Finding& f : before) old_objects.push_back(objects_of(f, before_graph));
    for (const Finding& f : after) new_objects.push_back(objects_of(f, after_graph));
    // Each finding after the migration and the one it continues: the same id, or else a finding
    // of the same rule and schema that shares an object with it and whose id is gone (a group that
    // formed from one finding, or fell back to one).
    std::vector<std::optional<std::size_t>> previous(after.size());
    std::unordered_set<std::size_t> continued;
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (const auto same = old_by_id.find(after[i].id); same != old_by_id.end()) {
            previous[i] = same->second;
            continued.insert(same->second);
        }
    }
    for (std::size_t i = 0; i < after.size(); ++i) {
        if (previous[i]) continue;
        for (std::size_t j = 0; j < before.size(); ++j) {
            if (continued.count(j) > 0 || new_by_id.count(before[j].id) > 0 || before[j].rule != after[i].rule ||
                !in_same_schema(after[i], after_graph, before[j], before_graph) ||
                !share_an_object(new_objects[i], old_objects[j])) {
                continue;
            }
            previous[i] = j;
            continued.insert(j);
            break;
        }
    }
    std::vector<DdlReviewRow> rows;
    const auto row_for = [&](const Finding& f, const std::string& table, const char* change) {
        const StatementRef statement = statement_of(f.table);
        DdlReviewRow row;
        row.line = statement.line;
        row.statement = statement.text;
        row.kind = "tension";
        row.rule = f.rule;
        row.severity = f.severity;
        row.table_name = table;
        row.change = change;
        row.id = f.id;
        row.description = f.description;
        row.alternatives = f.alternatives;
        return row;
    };
    for (std::size_t i = 0; i < after.size(); ++i) {
        const Finding& a = after[i];
        if (!previous[i]) {
            rows.push_back(row_for(a, table_of(a, after_graph), "introduced"));
            continue;
        }
        const Finding& b = before[*previous[i]];
        if (b.severity == a.severity && b.id == a.id && old_objects[*previous[i]] == new_objects[i]) continue;
        DdlReviewRow row = row_for(a, table_of(a, after_graph), "changed");
        row.description = changed_description(b, old_objects[*previous[i]], a, new_objects[i]);
        row.previous_severity = b.severity;
        rows.push_back(std::move(row));
    }
    for (std::size_t j = 0; j < before.size(); ++j) {
        if (continued.count(j) == 0) rows.push_back(row_for(before[j], table_of(before[j], before_graph), "resolved"));
    }
    return rows;
}

}  // namespace flaqes
