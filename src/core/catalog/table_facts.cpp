#include "core/catalog/table_facts.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_set>

namespace flaqes {
namespace {

constexpr Oid int2_oid = 21, int4_oid = 23, int8_oid = 20, json_oid = 114, jsonb_oid = 3802, bool_oid = 16;

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Validity pairs, first word the start, second the end. A plain pair (start_date/end_date) also
// bounds employments, bookings and events: it counts only with a current flag or a version key.
struct PairNames {
    std::string_view from;
    std::string_view to;
    bool plain;
};
constexpr PairNames validity_pairs[] = {
    {"valid_from", "valid_to", false},         {"valid_from", "valid_until", false},
    {"valid_since", "valid_until", false},     {"effective_from", "effective_to", false},
    {"effective_date", "expiry_date", false},  {"effective_start", "effective_end", false},
    {"effective_date", "end_date", false},     {"effective_date", "expiration_date", false},
    {"valid_start", "valid_end", false},       {"row_start", "row_end", false},
    {"sys_start", "sys_end", false},           {"effective_from_date", "effective_to_date", false},
    {"start_date", "end_date", true},          {"starts_at", "ends_at", true},
    {"from_date", "to_date", true},            {"date_from", "date_to", true},
};

template <typename T>
void add_unique(std::vector<T>& list, T item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

}  // namespace

std::string snake_name(std::string_view name) {
    std::string out;
    out.reserve(name.size() + 4);
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '_' || c == ' ' || c == '-') {
            if (!out.empty() && out.back() != '_') out += '_';
            continue;
        }
        if (is_upper(c) && i > 0 && !out.empty() && out.back() != '_') {
            const bool after_lower = is_lower_or_digit(name[i - 1]);
            const bool acronym_end = is_upper(name[i - 1]) && i + 1 < name.size() && name[i + 1] >= 'a' && name[i + 1] <= 'z';
            if (after_lower || acronym_end) out += '_';
        }
        // Lowercase letters and digits are themselves in every locale: no tolower call for them.
        const bool plain = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        out += plain ? c : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    return out;
}

bool is_temporal(const Column& c) {
    return c.type_category == 'D' && c.type.rfind("time ", 0) != 0 && c.type.rfind("time(", 0) != 0 && c.type != "time";
}
bool is_numeric(const Column& c) { return c.type_category == 'N'; }
bool is_integer(const Column& c) { return c.type_oid == int2_oid || c.type_oid == int4_oid || c.type_oid == int8_oid; }
bool is_boolean(const Column& c) { return c.type_oid == bool_oid || c.type_category == 'B'; }
bool is_textual(const Column& c) { return c.type_category == 'S' || c.type_category == 'E'; }
bool is_json(const Column& c) { return c.type_oid == json_oid || c.type_oid == jsonb_oid; }
bool is_range(const Column& c) { return c.type_category == 'R'; }

bool named(const std::string& snake, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), snake) != words.end();
}
bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

GraphFacts::GraphFacts(const SchemaGraph& graph) : graph_(graph) {
    for (const Table& t : graph.tables) {
        if (t.partition_parent_oid != 0) ++partition_counts_[t.partition_parent_oid];  // sub-partitioned ones too
        if (t.kind == RelKind::partition) {
            TableStats& sum = partitioned_activity_[t.partition_parent_oid];
            const auto add = [](std::optional<std::int64_t>& to, const std::optional<std::int64_t>& v) {
                if (v) to = to.value_or(0) + *v;
            };
            add(sum.inserts, t.stats.inserts);
            add(sum.updates, t.stats.updates);
            add(sum.deletes, t.stats.deletes);
            add(sum.live_tuples, t.stats.live_tuples);
            sum.analyzed = sum.analyzed || t.stats.analyzed;
            if (t.row_estimate) partitioned_rows_[t.partition_parent_oid] += *t.row_estimate;
        }
    }
    // A foreign key declared on a partition only (older partitioning scripts) belongs to its parent.
    // Pairs already listed are remembered, so that a table referenced by thousands stays linear.
    const auto pair = [](Oid a, Oid b) { return (std::uint64_t{a} << 32) | b; };
    std::unordered_set<std::uint64_t> partition_pairs, referencing_pairs;
    for (const Table& t : graph.tables) {
        const Table* owner = t.kind == RelKind::partition ? graph.table(t.partition_parent_oid) : &t;
        if (owner == nullptr) continue;
        for (const ForeignKey& fk : t.foreign_keys) {
            if (fk.ref_oid == owner->oid) continue;
            if (owner != &t && partition_pairs.insert(pair(owner->oid, fk.ref_oid)).second) {
                partition_references_[owner->oid].push_back(fk.ref_oid);
            }
            if (referencing_pairs.insert(pair(fk.ref_oid, owner->oid)).second) referenced_by_[fk.ref_oid].push_back(owner);
        }
    }
}

const std::vector<const Table*>& GraphFacts::referenced_by(Oid table) const {
    static const std::vector<const Table*> none;
    const auto it = referenced_by_.find(table);
    return it == referenced_by_.end() ? none : it->second;
}

const std::vector<Oid>& GraphFacts::partition_references(Oid table) const {
    static const std::vector<Oid> none;
    const auto it = partition_references_.find(table);
    return it == partition_references_.end() ? none : it->second;
}

std::int64_t GraphFacts::partition_count(Oid table) const {
    const auto it = partition_counts_.find(table);
    return it == partition_counts_.end() ? 0 : it->second;
}

std::int64_t GraphFacts::tables_with_column(const std::string& name) const {
    const auto [it, inserted] = tables_with_column_.emplace(name, 0);
    if (inserted) {
        for (const Table& t : graph_.tables) {
            if ((t.kind == RelKind::table || t.kind == RelKind::partitioned_table) && t.column(name) != nullptr) {
                ++it->second;
            }
        }
    }
    return it->second;
}

bool GraphFacts::looks_like_fact(const Table& table) const {
    const auto it = looks_like_fact_.find(table.oid);
    if (it != looks_like_fact_.end()) return it->second;
    const bool fact = TableFacts(*this, table).looks_like_fact();
    looks_like_fact_.emplace(table.oid, fact);
    return fact;
}

const TableStats& GraphFacts::activity(const Table& table) const {
    const auto it = partitioned_activity_.find(table.oid);
    return table.kind == RelKind::partitioned_table && it != partitioned_activity_.end() ? it->second : table.stats;
}

std::optional<double> GraphFacts::rows(const Table& table) const {
    const auto it = partitioned_rows_.find(table.oid);
    if (table.kind == RelKind::partitioned_table && it != partitioned_rows_.end()) return it->second;
    return table.row_estimate;
}

namespace {
// A bit per (length, first letter) of a name: a word whose bit is not among a table's columns'
// cannot name one of them, and costs no string comparison.
std::uint64_t name_bit(std::string_view snake) {
    const unsigned first = snake.empty() ? 0u : static_cast<unsigned char>(snake.front());
    return std::uint64_t{1} << ((snake.size() * 7 + first) & 63u);
}
}  // namespace

TableFacts::TableFacts(const GraphFacts& g, const Table& t) : graph(g), table(t), snake(snake_name(t.name.name)) {
    column_snakes_.reserve(t.columns.size());
    for (const Column& c : t.columns) {
        column_snakes_.push_back(snake_name(c.name));
        column_name_bits_ |= name_bit(column_snakes_.back());
    }
}

const std::string& TableFacts::snake_of(const Column& c) const {
    return column_snakes_[static_cast<std::size_t>(&c - table.columns.data())];
}

const Column* TableFacts::column_named(std::initializer_list<std::string_view> words) const {
    for (const std::string_view w : words) {
        if ((column_name_bits_ & name_bit(w)) == 0) continue;
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            if (column_snakes_[i] == w) return &table.columns[i];
        }
    }
    return nullptr;
}

bool TableFacts::in_foreign_key(const Column& c) const {
    return std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), [&](const ForeignKey& fk) {
        return std::find(fk.attnums.begin(), fk.attnums.end(), c.attnum) != fk.attnums.end();
    });
}

bool TableFacts::in_primary_key(const Column& c) const {
    return table.primary_key && std::find(table.primary_key->attnums.begin(), table.primary_key->attnums.end(),
                                          c.attnum) != table.primary_key->attnums.end();
}

std::vector<const Table*> TableFacts::references() const {
    std::vector<Oid> targets;
    for (const ForeignKey& fk : table.foreign_keys) add_unique(targets, fk.ref_oid);
    for (Oid oid : graph.partition_references(table.oid)) add_unique(targets, oid);
    std::vector<const Table*> out;
    for (Oid oid : targets) {
        const Table* target = graph.graph().table(oid);
        if (target != nullptr && target != &table) out.push_back(target);
    }
    return out;
}

std::vector<std::string> TableFacts::referenced_names() const {
    std::vector<Oid> targets;
    std::vector<std::string> out;
    for (const ForeignKey& fk : table.foreign_keys) {
        if (fk.ref_oid == table.oid || std::find(targets.begin(), targets.end(), fk.ref_oid) != targets.end()) continue;
        targets.push_back(fk.ref_oid);
        out.push_back(fk.ref.name);
    }
    for (Oid oid : graph.partition_references(table.oid)) {
        const Table* target = graph.graph().table(oid);
        if (target == nullptr || oid == table.oid || std::find(targets.begin(), targets.end(), oid) != targets.end()) {
            continue;
        }
        targets.push_back(oid);
        out.push_back(target->name.name);
    }
    return out;
}

std::string TableFacts::dated_by() const {
    for (const Column& c : table.columns) {
        const std::string& n = snake_of(c);
        // Validity bounds date a version of reference data, not an event.
        if (is_temporal(c) && !is_audit_column(c) && n.find("valid") == std::string::npos &&
            n.find("effective") == std::string::npos && n.find("expir") == std::string::npos) {
            return c.name;
        }
    }
    for (const ForeignKey& fk : table.foreign_keys) {
        const std::string target = snake_name(fk.ref.name);
        for (std::string_view word : {"date", "calendar", "day", "time", "period", "month"}) {
            if (target.find(word) != std::string::npos) return fk.columns[0] + " -> " + fk.ref.name;
        }
    }
    return {};
}

std::vector<const Column*> TableFacts::measures() const {
    std::vector<const Column*> out;
    for (const Column& c : table.columns) {
        if (!is_numeric(c) || in_primary_key(c) || in_foreign_key(c) || c.identity != Identity::none) continue;
        const std::string& s = snake_of(c);
        const bool value = starts_with(s, "value");  // value_as_number is a reading, not an identifier
        if (s == "id" || ends_with(s, "_id") || ends_with(s, "id") || ends_with(s, "_no") ||
            (ends_with(s, "_number") && !value) ||
            ends_with(s, "year") || ends_with(s, "version") || ends_with(s, "_code") ||
            s.find("_of_") != std::string::npos ||
            // Times kept as numbers, ordinals and delivery bookkeeping are not quantities either.
            ends_with(s, "_at") || ends_with(s, "_on") || ends_with(s, "_ts") || ends_with(s, "_in") ||
            ends_with(s, "_index") || ends_with(s, "_order") || ends_with(s, "_priority") ||
            s.find("retry") != std::string::npos || s.find("attempt") != std::string::npos ||
            named(s, {"position", "sort_order", "ordinal", "sequence", "seq", "priority", "level", "depth", "month",
                      "day", "week", "quarter", "hour", "minute", "weekday"})) {
            continue;
        }
        out.push_back(&c);
    }
    return out;
}

bool TableFacts::is_audit_column(const Column& c) const {
    return named(snake_of(c), {"created_at", "created_on", "created", "creation_date", "create_date", "date_created",
                               "inserted_at", "updated_at", "updated_on", "updated", "modified_at", "modified_on",
                               "modified", "last_update", "last_updated", "last_modified", "modified_date",
                               "update_date", "created_by", "updated_by", "modified_by", "changed_at", "changed_by",
                               "create_time", "update_time", "last_modified_at", "last_updated_at", "last_modified_by",
                               "last_updated_by", "deleted_by"});
}

const Column* TableFacts::update_marker() const {
    const Column* c = column_named({"updated_at", "updated_on", "modified_at", "modified_on", "last_update",
                                    "last_updated", "last_modified", "modified_date", "update_date", "updated",
                                    "modified", "row_version", "lock_version", "updated_by", "modified_by",
                                    "update_time", "last_modified_at", "last_updated_at", "last_modified_by",
                                    "last_updated_by"});
    return c;
}

std::optional<ValidityColumns> TableFacts::validity() const {
    std::optional<std::string> flag_name, version_name;
    if (const Column* flag = column_named({"is_current", "current_flag", "is_active_version", "current", "is_latest",
                                           "current_row", "is_current_version"});
        flag != nullptr && is_boolean(*flag)) {
        flag_name = flag->name;
    }
    if (const Column* version = column_named({"version", "version_number", "version_no", "row_version_number"});
        version != nullptr && is_integer(*version)) {
        version_name = version->name;
    }
    for (const PairNames& p : validity_pairs) {
        const Column* from = column_named({p.from});
        const Column* to = column_named({p.to});
        if (from == nullptr || to == nullptr || !is_temporal(*from) || !is_temporal(*to)) continue;
        ValidityColumns v{from->name, to->name, flag_name, version_name};
        if (p.plain && !v.current_flag && !v.version && key_including(from->name) == nullptr) continue;
        return v;
    }
    // A start alone: the next version's start ends this one. Only a current flag or a version
    // number says these are versions of one row rather than a start date of a contract.
    const Column* from = column_named({"valid_from", "effective_from", "effective_date", "valid_since", "version_date"});
    if (from != nullptr && is_temporal(*from) && (flag_name || version_name)) {
        return ValidityColumns{from->name, {}, flag_name, version_name};
    }
    return std::nullopt;
}

const std::vector<std::string>* TableFacts::key_including(const std::string& column) const {
    const auto holds = [&](const KeyConstraint& k) {
        return k.columns.size() >= 2 && std::find(k.columns.begin(), k.columns.end(), column) != k.columns.end();
    };
    if (table.primary_key && holds(*table.primary_key)) return &table.primary_key->columns;
    for (const KeyConstraint& k : table.unique_constraints) {
        if (holds(k)) return &k.columns;
    }
    return nullptr;
}

bool TableFacts::named_fact() const {
    return starts_with(snake, "fact_") || starts_with(snake, "f_") || ends_with(snake, "_fact") ||
           ends_with(snake, "_facts");
}

bool TableFacts::looks_like_fact() const {
    // A processing state (status) says rows change as work proceeds: a queue or a workflow, not a fact.
    return (named_fact() || (referenced_names().size() >= 2 && graph.referenced_by(table.oid).empty())) &&
           !measures().empty() && !dated_by().empty() && column_named({"status", "state"}) == nullptr;
}

bool TableFacts::referenced_by_fact() const {
    const auto& referrers = graph.referenced_by(table.oid);
    return std::any_of(referrers.begin(), referrers.end(),
                       [&](const Table* t) { return graph.looks_like_fact(*t); });
}

std::vector<PolymorphicPair> TableFacts::polymorphic_pairs() const {
    std::vector<PolymorphicPair> out;
    for (const Column& type : table.columns) {
        const std::string& s = snake_of(type);
        std::string stem;
        for (std::string_view suffix : {"_type", "_kind", "_class", "_table"}) {
            if (ends_with(s, suffix) && s.size() > suffix.size()) stem = s.substr(0, s.size() - suffix.size());
        }
        if (stem.empty() || !is_textual(type)) continue;
        for (const Column& id : table.columns) {
            if (snake_of(id) != stem + "_id" || in_foreign_key(id)) continue;
            if (is_integer(id) || id.type == "uuid" || is_textual(id)) out.push_back({type.name, id.name});
        }
    }
    return out;
}

std::optional<EavTriple> TableFacts::eav() const {
    const Column* attribute = column_named({"attribute", "attribute_name", "attr", "attr_name", "attribute_id", "key",
                                            "property", "property_name", "property_id", "field", "field_name",
                                            "field_id", "meta_key", "param", "name"});
    if (attribute == nullptr) return std::nullopt;
    EavTriple t;
    t.attribute = attribute->name;
    for (const Column& c : table.columns) {
        const std::string& s = snake_of(c);
        if (s == "value" || starts_with(s, "value_") || ends_with(s, "_value") || s == "val" || s == "meta_value") {
            t.values.push_back(c.name);
        }
    }
    if (t.values.empty()) return std::nullopt;
    // The entity: a single-column foreign key other than the attribute, else a tenant-scoped one
    // ((tenant_id, user_id) names it last), else an *_id column that leads the key.
    for (const bool single : {true, false}) {
        for (const ForeignKey& fk : table.foreign_keys) {
            if ((fk.columns.size() == 1) == single && fk.columns.back() != attribute->name && t.entity.empty()) {
                t.entity = fk.columns.back();
            }
        }
    }
    if (t.entity.empty()) {
        const Column* entity = column_named({"entity_id", "object_id", "owner_id", "item_id", "record_id", "subject_id"});
        if (entity == nullptr) return std::nullopt;
        t.entity = entity->name;
    }
    return t;
}

}  // namespace flaqes
