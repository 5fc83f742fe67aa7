#include "core/analyze/ddl_keys.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/table_facts.hpp"

namespace flaqes::ddl {

std::vector<KeyColumn> key_chain(const AnalysisContext& context, const Table& table, const Column& column) {
    std::vector<KeyColumn> chain{{&table, &column}};
    std::set<std::pair<Oid, int>> seen{{table.oid, column.attnum}};
    for (std::size_t i = 0; i < chain.size(); ++i) {
        const KeyColumn key = chain[i];
        for (const IncomingReference& ref : context.referenced_by(key.table->oid)) {
            const auto at = std::find(ref.fk->ref_columns.begin(), ref.fk->ref_columns.end(), key.column->name);
            if (at == ref.fk->ref_columns.end()) continue;
            const Column* child = ref.child->column(ref.fk->columns[static_cast<std::size_t>(at - ref.fk->ref_columns.begin())]);
            if (child == nullptr || !seen.insert({ref.child->oid, child->attnum}).second) continue;
            chain.push_back({ref.child, child});
        }
    }
    return chain;
}

std::vector<std::string> foreign_keys_using(const AnalysisContext& context, const Table& table, Oid index_oid) {
    std::vector<std::string> names;
    for (const IncomingReference& ref : context.referenced_by(table.oid)) {
        if (index_oid != 0 && ref.fk->ref_index_oid == index_oid) {
            names.push_back(ref.child->name.sql() + "." + quote_ident(ref.fk->name));
        }
    }
    return names;
}

Oid key_index_oid(const Table& table, const std::string& key_name) {
    if (table.primary_key && table.primary_key->name == key_name) return table.primary_key->index_oid;
    for (const KeyConstraint& k : table.unique_constraints) {
        if (k.name == key_name) return k.index_oid;
    }
    for (const Index& ix : table.indexes) {
        if (ix.name == key_name) return ix.oid;
    }
    return 0;
}

void unless_referenced(const std::vector<std::string>& foreign_keys, Alternative& alternative) {
    if (foreign_keys.empty()) return;
    alternative.example_ddl.reset();
    alternative.trade_off += fmt::format(" First re-point or drop the foreign keys that reference the key ({}): "
                                         "it cannot be dropped while they do.",
                                         fmt::join(foreign_keys, ", "));
}

std::string promote_to_primary_key(const AnalysisContext& context, const Table& table,
                                   const std::vector<std::string>& columns, std::string& trade_off) {
    const std::string add = fmt::format("ALTER TABLE {} ADD PRIMARY KEY ({});", table.name.sql(), ddl::columns(columns));
    for (const KeyConstraint& k : table.unique_constraints) {
        if (k.columns != columns) continue;
        const std::vector<std::string> referencing = foreign_keys_using(context, table, k.index_oid);
        if (referencing.empty()) {
            return fmt::format("ALTER TABLE {} DROP CONSTRAINT {}, ADD PRIMARY KEY ({});", table.name.sql(),
                               quote_ident(k.name), ddl::columns(columns));
        }
        trade_off += fmt::format(" The unique constraint {} stays, with its index, while foreign keys reference it "
                                 "({}); drop it once they reference the primary key.",
                                 k.name, fmt::join(referencing, ", "));
        return add;
    }
    for (const Index& ix : table.indexes) {
        const bool plain = std::all_of(ix.keys.begin(), ix.keys.end(), [](const IndexKey& k) { return k.attnum != 0; });
        if (!ix.unique || !ix.valid || ix.predicate || !plain || ix.constraint || index_key_names(ix) != columns) continue;
        const std::vector<std::string> referencing = foreign_keys_using(context, table, ix.oid);
        if (table.kind != RelKind::partitioned_table) {  // USING INDEX is not supported on partitioned tables
            return fmt::format("ALTER TABLE {} ADD CONSTRAINT {} PRIMARY KEY USING INDEX {};", table.name.sql(),
                               object_name(table, {}, "pkey"), quote_ident(ix.name));
        }
        if (referencing.empty()) return fmt::format("DROP INDEX {};\n{}", index_ref(table, ix.name), add);
        trade_off += fmt::format(" The unique index {} stays while foreign keys reference it ({}).", ix.name,
                                 fmt::join(referencing, ", "));
        return add;
    }
    return add;
}

}  // namespace flaqes::ddl
