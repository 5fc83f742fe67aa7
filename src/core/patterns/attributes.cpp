// Patterns of flexible or repeated attributes: json documents and attribute bags,
// entity-attribute-value rows, numbered column groups.
#include <algorithm>
#include <cctype>
#include <map>

#include "core/patterns/detectors.hpp"
#include "core/catalog/relationships.hpp"
#include "core/roles/table_traits.hpp"

namespace flaqes {
namespace {

std::size_t content_columns(const TableFacts& f) {
    return static_cast<std::size_t>(std::count_if(f.table.columns.begin(), f.table.columns.end(), [&](const Column& c) {
        return !f.is_audit_column(c) && !f.in_primary_key(c);
    }));
}

const Index* gin_index_on(const Table& t, const std::string& column) {
    for (const Index& ix : t.indexes) {
        if (ix.method != "gin") continue;
        for (const IndexKey& k : ix.keys) {
            if (k.column == column || k.expression.find(column) != std::string::npos) return &ix;
        }
    }
    return nullptr;
}

// A table whose rows are mostly one json value: the document store shape.
// A key/value table (a text key, a json value) is configuration, not a document store.
bool is_document(const TableFacts& f, const Column& c) {
    if (!is_json(c) || is_json_payload(f, c) || content_columns(f) > 2 || !f.table.primary_key ||
        f.table.primary_key->columns.size() != 1) {
        return false;
    }
    const Column* key = f.table.column(f.table.primary_key->columns[0]);
    return key != nullptr && (is_integer(*key) || key->type == "uuid");
}

}  // namespace

void jsonb_document(const TableFacts& f, Matches& out) {
    for (const Column& c : f.table.columns) {
        if (!is_document(f, c)) continue;
        const Index* gin = gin_index_on(f.table, c.name);
        Signals why;
        why.add("document_column", 0.6, c.name + " holds the row beside its key")
            .add_if(c.not_null, "not_null", 0.1, c.name + " is NOT NULL")
            .add_if(gin != nullptr, "gin_index", 0.2, "a GIN index searches inside it");
        out.push_back(pattern_match(f, "jsonb_document", {c.name}, why,
                                    evidence_of({{"document", text(c.name)},
                                                 {"type", text(c.type)},
                                                 {"other_columns", json::Value::integer(static_cast<std::int64_t>(
                                                                       f.table.columns.size() - 1))},
                                                 {"gin_index", gin ? text(gin->name) : json::Value()}})));
        return;
    }
}

void jsonb_attributes(const TableFacts& f, Matches& out) {
    for (const Column& c : f.table.columns) {
        // Beside nothing (a key/value table's value), a json column is no bag of extra attributes;
        // an event's payload is none either (roles() reads the same column the same way).
        if (!is_json(c) || is_document(f, c) || content_columns(f) < 2 || is_json_payload(f, c)) continue;
        const std::string& n = f.snake_of(c);
        if (starts_with(n, "old_") || starts_with(n, "new_")) continue;
        const bool bag_name = named(n, {"attributes", "attrs", "properties", "props", "metadata", "meta", "extra",
                                        "extras", "custom_fields", "settings", "options", "specs", "details", "traits",
                                        "tags", "labels", "features"});
        const Index* gin = gin_index_on(f.table, c.name);
        Signals why;
        why.add_if(bag_name, "bag_name", 0.75, n + " names a bag of attributes")
            .add_if(!bag_name, "json_beside_columns", 0.5, c.name + " sits beside ordinary columns")
            .add_if(gin != nullptr, "gin_index", 0.15, "a GIN index searches inside it");
        out.push_back(pattern_match(f, "jsonb_attributes", {c.name}, why,
                                    evidence_of({{"column", text(c.name)},
                                                 {"type", text(c.type)},
                                                 {"beside_columns", json::Value::integer(static_cast<std::int64_t>(
                                                                        content_columns(f) - 1))},
                                                 {"gin_index", gin ? text(gin->name) : json::Value()}})));
    }
}

// The json column an event row carries: what happened, read once and never changed.
void jsonb_payload(const TableFacts& f, Matches& out) {
    for (const Column& c : f.table.columns) {
        if (!is_json_payload(f, c)) continue;
        const Column* when = event_time(f);
        out.push_back(pattern_match(
            f, "jsonb_payload", {c.name},
            Signals()
                .add("payload_column", 0.6, c.name + " holds what the row records")
                .add_if(when != nullptr, "event_time", 0.2, when ? "rows are dated by " + when->name : std::string())
                .add_if(f.update_marker() == nullptr, "never_updated", 0.1, "no column records a later update"),
            evidence_of({{"column", text(c.name)}, {"type", text(c.type)},
                         {"event_time", when ? text(when->name) : json::Value()}})));
        return;
    }
}

void eav(const TableFacts& f, Matches& out) {
    const auto triple = f.eav();
    if (!triple) return;
    const bool keyed = columns_are_unique(f.table, {triple->entity, triple->attribute});
    std::vector<std::string> columns = {triple->entity, triple->attribute};
    columns.insert(columns.end(), triple->values.begin(), triple->values.end());
    const bool weak_attribute = f.snake_of(*f.table.column(triple->attribute)) == "name";
    out.push_back(pattern_match(f, "eav", columns,
                                Signals()
                                    .add("eav_columns", weak_attribute ? 0.55 : 0.75,
                                         "entity, attribute and value columns")
                                    .add_if(keyed, "one_value_per_attribute", 0.15, "one value per entity and attribute"),
                                evidence_of({{"entity", text(triple->entity)},
                                             {"attribute", text(triple->attribute)},
                                             {"values", texts(triple->values)},
                                             {"one_value_per_attribute", json::Value::boolean(keyed)}})));
}

// phone1, phone2, phone3 (or phone, phone2): one stem, numbered from 1 or 2, one type.
void repeating_group(const TableFacts& f, Matches& out) {
    struct Group {
        std::vector<std::pair<int, const Column*>> members;
    };
    std::map<std::string, Group> groups;
    for (const Column& c : f.table.columns) {
        const std::string& n = f.snake_of(c);
        std::size_t digits = n.size();
        while (digits > 0 && std::isdigit(static_cast<unsigned char>(n[digits - 1]))) --digits;
        if (digits == n.size() || n.size() - digits > 2 || digits == 0) continue;
        std::string stem = n.substr(0, digits);
        if (stem.back() == '_') stem.pop_back();
        groups[stem].members.emplace_back(std::stoi(n.substr(digits)), &c);
    }
    for (auto& [stem, g] : groups) {
        if (const Column* base = f.column_named({stem}); base != nullptr) g.members.emplace_back(1, base);
        std::sort(g.members.begin(), g.members.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        if (g.members.size() < 2 || g.members[0].first != 1) continue;
        bool consecutive = true, same_type = true;
        for (std::size_t i = 1; i < g.members.size(); ++i) {
            consecutive = consecutive && g.members[i].first == g.members[i - 1].first + 1;
            same_type = same_type && g.members[i].second->type_category == g.members[0].second->type_category;
        }
        if (!consecutive || !same_type) continue;
        std::vector<std::string> columns;
        for (const auto& m : g.members) columns.push_back(m.second->name);
        out.push_back(pattern_match(f, "repeating_group", columns,
                                    Signals().add("numbered_columns", g.members.size() >= 3 ? 0.8 : 0.55,
                                                  std::to_string(g.members.size()) + " numbered " + stem +
                                                      " columns of one type"),
                                    evidence_of({{"stem", text(stem)},
                                                 {"count", json::Value::integer(static_cast<std::int64_t>(
                                                               g.members.size()))},
                                                 {"type", text(g.members[0].second->type)}})));
    }
}

}  // namespace flaqes
