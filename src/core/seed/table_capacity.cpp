#include "core/seed/table_capacity.hpp"

#include <fmt/format.h>

#include <set>
#include <vector>

#include "core/seed/check_model.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

struct Limited {
    std::int64_t values = 0;
    std::string why;
};

// The values a column can take, when they are few and known. A nullable column counts too: NULLs
// never collide in a unique key, but rows that leave the key NULL are not what such a table holds.
std::optional<Limited> limited_values(const SchemaGraph& graph, const Column& c, const CheckModel& checks) {
    const auto rules = checks.columns.find(c.name);
    if (rules != checks.columns.end() && rules->second.allowed) {
        const std::set<std::string> values(rules->second.allowed->begin(), rules->second.allowed->end());
        std::string list;
        for (const std::string& v : values) list += list.empty() ? v : ", " + v;
        return Limited{static_cast<std::int64_t>(values.size()), fmt::format("{} only takes {} (its CHECK)", c.name, list)};
    }
    if (c.type_oid == type_oid::boolean) return Limited{2, fmt::format("{} is boolean", c.name)};
    if (const EnumType* e = graph.enum_type(c.type_oid)) {
        return Limited{static_cast<std::int64_t>(e->labels.size()),
                       fmt::format("{} is the enum {} of {} labels", c.name, e->name.sql(), e->labels.size())};
    }
    return std::nullopt;
}

std::optional<Capacity> key_capacity(const SchemaGraph& graph, const Table& t, const CheckModel& checks,
                                     const std::vector<std::string>& key, const std::string& name) {
    Capacity cap{1, name, ""};
    for (const std::string& column : key) {
        const Column* c = t.column(column);
        if (c == nullptr) return std::nullopt;
        const auto limited = limited_values(graph, *c, checks);
        if (!limited) return std::nullopt;
        cap.rows *= limited->values;
        cap.why += cap.why.empty() ? limited->why : "; " + limited->why;
    }
    return cap;
}

}  // namespace

std::optional<Capacity> table_capacity(const SchemaGraph& graph, const Table& t) {
    CheckModel checks;
    for (const CheckConstraint& cc : t.check_constraints) checks.merge(model_check(cc.expression));
    std::optional<Capacity> best;
    auto consider = [&](const std::vector<std::string>& key, const std::string& name) {
        const auto cap = key_capacity(graph, t, checks, key, name);
        if (cap && (!best || cap->rows < best->rows)) best = cap;
    };
    if (t.primary_key) consider(t.primary_key->columns, t.primary_key->name);
    for (const KeyConstraint& k : t.unique_constraints) consider(k.columns, k.name);
    for (const Index& ix : t.indexes) {
        if (!ix.unique || ix.primary || ix.constraint || ix.predicate || !ix.valid) continue;
        std::vector<std::string> columns;
        bool plain = true;  // an expression's values are not the column's
        for (const IndexKey& k : ix.keys) {
            plain = plain && k.attnum > 0;
            columns.push_back(k.column);
        }
        if (plain) consider(columns, ix.name);
    }
    return best;
}

bool lacks_partitions(const SchemaGraph& graph, const Table& t) {
    if (t.kind != RelKind::partitioned_table) return false;
    for (const Table& p : graph.tables) {
        if (p.partition_parent_oid == t.oid && !lacks_partitions(graph, p)) return false;
    }
    return true;
}

}  // namespace flaqes::seed
