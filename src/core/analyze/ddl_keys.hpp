// DDL on keys that must not leave the schema half-done: widening a key widens every column that
// references it down the whole foreign key chain; promoting a unique key to the primary key does
// not leave its old index behind; a key that foreign keys reference is not dropped under them.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/analyze/context.hpp"
#include "core/analyze/finding.hpp"

namespace flaqes::ddl {

struct KeyColumn {
    const Table* table = nullptr;
    const Column* column = nullptr;
};

// `column` of `table`, then every column that references it through a foreign key, then the
// columns that reference those (a child's key referenced by grandchildren), to the end; each once.
std::vector<KeyColumn> key_chain(const AnalysisContext& context, const Table& table, const Column& column);

// The names of the foreign keys that rely on the unique index `index_oid` of `table`
// ("child.fk_name"): the index, or the constraint it backs, cannot be dropped while they do.
std::vector<std::string> foreign_keys_using(const AnalysisContext& context, const Table& table, Oid index_oid);

// The index of the primary key, unique constraint or unique index named `key_name`; 0 if none.
Oid key_index_oid(const Table& table, const std::string& key_name);

// A key that foreign keys reference cannot be dropped or made partial under them: the
// alternative's DDL is left out and its trade_off says which ones must be re-pointed first.
void unless_referenced(const std::vector<std::string>& foreign_keys, Alternative& alternative);

// The statement that makes the unique key over `columns` the primary key, taking over its index
// (USING INDEX) or dropping its constraint, so that no duplicate index remains; `trade_off` gets
// a sentence when the old key has to stay (foreign keys reference it).
std::string promote_to_primary_key(const AnalysisContext& context, const Table& table,
                                   const std::vector<std::string>& columns, std::string& trade_off);

}  // namespace flaqes::ddl
