#include "core/catalog/schema_graph.hpp"

#include <algorithm>
#include <array>

namespace flaqes {
namespace {

// Keywords Postgres will not take as a bare identifier (every category but "unreserved"), in byte
// order: looked up by binary search (quote_ident runs for every name of every finding).
constexpr std::array<std::string_view, 151> non_unreserved_keywords = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
    "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
    "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
    "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
    "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
    "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
    "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
    "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval", "into",
    "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit", "localtime",
    "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not", "notnull", "null",
    "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer", "overlaps",
    "overlay", "placing", "position", "precision", "primary", "real", "references", "returning",
    "right", "row", "select", "session_user", "setof", "similar", "smallint", "some", "substring",
    "symmetric", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat",
    "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose",
    "when", "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists",
    "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable",
};

bool is_non_unreserved_keyword(std::string_view word) {
    return std::binary_search(non_unreserved_keywords.begin(), non_unreserved_keywords.end(), word);
}

template <typename T>
const T* find_by_oid(const std::vector<T>& items, const std::unordered_map<Oid, std::size_t>& map, Oid oid) {
    const auto it = map.find(oid);
    return it == map.end() ? nullptr : &items[it->second];
}

template <typename T>
void index_by_oid(const std::vector<T>& items, std::unordered_map<Oid, std::size_t>& map) {
    map.clear();
    map.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) map.emplace(items[i].oid, i);
}

}  // namespace

std::string quote_ident(std::string_view name) {
    bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) safe = false;
    }
    if (safe && !is_non_unreserved_keyword(name)) return std::string(name);
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string QualifiedName::sql() const { return quote_ident(schema) + "." + quote_ident(name); }

const char* relkind_name(RelKind kind) {
    switch (kind) {
        case RelKind::table: return "table";
        case RelKind::partitioned_table: return "partitioned_table";
        case RelKind::partition: return "partition";
        case RelKind::view: return "view";
        case RelKind::materialized_view: return "materialized_view";
        case RelKind::foreign_table: return "foreign_table";
    }
    return "table";
}

const char* fk_action_name(FkAction action) {
    switch (action) {
        case FkAction::no_action: return "no action";
        case FkAction::restrict: return "restrict";
        case FkAction::cascade: return "cascade";
        case FkAction::set_null: return "set null";
        case FkAction::set_default: return "set default";
    }
    return "no action";
}

const char* fk_match_name(FkMatch match) {
    switch (match) {
        case FkMatch::simple: return "simple";
        case FkMatch::full: return "full";
        case FkMatch::partial: return "partial";
    }
    return "simple";
}

const Column* Table::column(std::string_view column_name) const {
    for (const Column& c : columns) {
        if (c.name == column_name) return &c;
    }
    return nullptr;
}

const Column* Table::column_at(int attnum) const {
    // Columns are ordered by attnum with gaps where columns were dropped: try the direct slot first.
    if (attnum >= 1 && static_cast<std::size_t>(attnum) <= columns.size() && columns[attnum - 1].attnum == attnum) {
        return &columns[attnum - 1];
    }
    const auto it = std::lower_bound(columns.begin(), columns.end(), attnum,
                                     [](const Column& c, int n) { return c.attnum < n; });
    return it != columns.end() && it->attnum == attnum ? &*it : nullptr;
}

bool Table::is_relation_with_rows() const {
    return kind == RelKind::table || kind == RelKind::partition || kind == RelKind::partitioned_table;
}

void SchemaGraph::index() {
    index_by_oid(tables, table_by_oid_);
    index_by_oid(enums, enum_by_oid_);
    index_by_oid(domains, domain_by_oid_);
    index_by_oid(composites, composite_by_oid_);
    index_by_oid(ranges, range_by_oid_);
    dependents_by_relation_.clear();
    for (std::size_t i = 0; i < dependents.size(); ++i) {
        for (const ColumnUse& use : dependents[i].uses) {
            std::vector<std::size_t>& list = dependents_by_relation_[use.relation];
            if (list.empty() || list.back() != i) list.push_back(i);
        }
    }
}

std::vector<const DependentObject*> SchemaGraph::dependents_of(Oid relation) const {
    std::vector<const DependentObject*> out;
    const auto it = dependents_by_relation_.find(relation);
    if (it == dependents_by_relation_.end()) return out;
    for (std::size_t i : it->second) out.push_back(&dependents[i]);
    return out;
}

const char* dependent_kind_name(DependentKind kind) {
    switch (kind) {
        case DependentKind::view: return "view";
        case DependentKind::materialized_view: return "materialized_view";
        case DependentKind::trigger: return "trigger";
    }
    return "view";
}

const Table* SchemaGraph::table(Oid oid) const { return find_by_oid(tables, table_by_oid_, oid); }
const EnumType* SchemaGraph::enum_type(Oid oid) const { return find_by_oid(enums, enum_by_oid_, oid); }
const DomainType* SchemaGraph::domain(Oid oid) const { return find_by_oid(domains, domain_by_oid_, oid); }
const CompositeType* SchemaGraph::composite(Oid oid) const { return find_by_oid(composites, composite_by_oid_, oid); }
const RangeType* SchemaGraph::range(Oid oid) const { return find_by_oid(ranges, range_by_oid_, oid); }

}  // namespace flaqes
