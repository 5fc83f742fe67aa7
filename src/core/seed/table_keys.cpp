#include "core/seed/table_keys.hpp"

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes::seed {

std::vector<std::vector<std::string>> unique_keys(const Table& t) {
    std::vector<std::vector<std::string>> keys;
    if (t.primary_key) keys.push_back(t.primary_key->columns);
    for (const KeyConstraint& k : t.unique_constraints) keys.push_back(k.columns);
    for (const Index& ix : t.indexes) {
        if (!ix.unique || ix.primary || ix.constraint) continue;
        std::vector<std::string> cols;
        bool plain = true;
        for (const IndexKey& k : ix.keys) {
            plain = plain && k.attnum > 0;
            cols.push_back(k.column);
        }
        if (plain && !cols.empty()) keys.push_back(cols);
    }
    return keys;
}

bool has_unlisted_uniqueness(const Table& t) {
    if (!t.exclusion_constraints.empty()) return true;
    for (const Index& ix : t.indexes) {
        for (const IndexKey& k : ix.keys) {
            if (ix.unique && k.attnum == 0) return true;
        }
    }
    return false;
}

bool has_deferrable_key(const Table& t) {
    if (t.primary_key && t.primary_key->deferrable) return true;
    for (const KeyConstraint& k : t.unique_constraints) {
        if (k.deferrable) return true;
    }
    return false;
}

std::size_t column_index(const Table& t, const std::string& name) {
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].name == name) return i;
    }
    throw Error(sqlstate::internal_error, fmt::format("flaqes: column {} missing from {}", name, t.name.sql()));
}

}  // namespace flaqes::seed
