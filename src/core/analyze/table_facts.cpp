#include "core/analyze/table_facts.hpp"

#include <algorithm>
#include <limits>

namespace flaqes {

bool same_index_key(const IndexKey& a, const IndexKey& b) {
    return a.attnum == b.attnum && (a.attnum != 0 || a.expression == b.expression) && a.opclass == b.opclass &&
           a.collation == b.collation && a.descending == b.descending && a.nulls_first == b.nulls_first;
}

std::vector<std::string> index_key_names(const Index& index) {
    std::vector<std::string> names;
    for (const IndexKey& k : index.keys) names.push_back(k.column.empty() ? k.expression : k.column);
    return names;
}

bool backs_constraint(const Index& index) { return index.primary || index.constraint.has_value(); }

namespace {

// The predicate only says that some of `columns` are NOT NULL ("(a IS NOT NULL)", "((a IS NOT
// NULL) AND (b IS NOT NULL))"): a row the columns' equality matches always satisfies it, so the
// index serves that equality, and the foreign key check uses it.
bool implied_by_equality(const std::string& predicate, const std::vector<std::string>& columns) {
    std::string bare;
    for (char c : predicate) {
        if (c != '(' && c != ')') bare += c;
    }
    const std::string suffix = " IS NOT NULL";
    std::size_t start = 0;
    while (start <= bare.size()) {
        std::size_t end = bare.find(" AND ", start);
        if (end == std::string::npos) end = bare.size();
        std::string part = bare.substr(start, end - start);
        part.erase(0, part.find_first_not_of(' '));
        part.erase(part.find_last_not_of(' ') + 1);
        if (part.size() <= suffix.size() || part.compare(part.size() - suffix.size(), suffix.size(), suffix) != 0) {
            return false;
        }
        std::string column = part.substr(0, part.size() - suffix.size());
        if (column.size() > 1 && column.front() == '"' && column.back() == '"') column = column.substr(1, column.size() - 2);
        if (std::find(columns.begin(), columns.end(), column) == columns.end()) return false;
        start = end + 5;
    }
    return true;
}

}  // namespace

const Index* index_leading_with(const Table& table, const std::vector<std::string>& columns) {
    for (const Index& ix : table.indexes) {
        if (!ix.valid || ix.method == "brin" || ix.keys.size() < columns.size()) continue;
        if (ix.predicate && !implied_by_equality(*ix.predicate, columns)) continue;
        const bool leads = std::all_of(ix.keys.begin(), ix.keys.begin() + static_cast<long>(columns.size()),
                                       [&](const IndexKey& k) {
                                           return !k.column.empty() &&
                                                  std::find(columns.begin(), columns.end(), k.column) != columns.end();
                                       });
        // Distinct leading keys, all of them FK columns: the same set in some order.
        std::vector<std::string> leading;
        for (std::size_t i = 0; i < columns.size(); ++i) leading.push_back(ix.keys[i].column);
        std::sort(leading.begin(), leading.end());
        if (leads && std::adjacent_find(leading.begin(), leading.end()) == leading.end()) return &ix;
    }
    return nullptr;
}

std::optional<std::int64_t> integer_type_max(const std::string& type) {
    if (type == "smallint") return std::numeric_limits<std::int16_t>::max();
    if (type == "integer") return std::numeric_limits<std::int32_t>::max();
    if (type == "bigint") return std::numeric_limits<std::int64_t>::max();
    return std::nullopt;
}

}  // namespace flaqes
