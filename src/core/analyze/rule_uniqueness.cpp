// Uniqueness rules: unique keys that fight soft deletes, junction tables keyed by a surrogate.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_keys.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/soft_delete.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

// A unique key over the named columns, whichever way it is declared.
struct UniqueKey {
    std::string name;
    std::vector<std::string> columns;
    bool is_constraint = false;
};

std::vector<UniqueKey> unique_keys(const Table& table) {
    std::vector<UniqueKey> keys;
    for (const KeyConstraint& k : table.unique_constraints) keys.push_back({k.name, k.columns, true});
    for (const Index& ix : table.indexes) {
        const bool plain = std::all_of(ix.keys.begin(), ix.keys.end(), [](const IndexKey& k) { return k.attnum != 0; });
        if (ix.unique && ix.valid && !ix.primary && !ix.constraint && !ix.predicate && plain) {
            keys.push_back({ix.name, index_key_names(ix), false});
        }
    }
    return keys;
}

// The predicate that selects live rows for a soft-delete column.
std::string live_rows_predicate(const Column& column) {
    if (column.type != "boolean") return quote_ident(column.name) + " IS NULL";
    const bool marks_live = column.name.find("active") != std::string::npos || column.name.find("live") != std::string::npos;
    return marks_live ? quote_ident(column.name) : "NOT " + quote_ident(column.name);
}

void check_soft_delete_unique_conflict(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const Column* marker = soft_delete_marker(context, *table);
        if (marker == nullptr) continue;
        for (const UniqueKey& key : unique_keys(*table)) {
            if (!conflicts_with_soft_delete(*table, key.columns, *marker)) continue;
            Finding f = finding_on(*table, key.name);
            f.columns = key.columns;
            f.description = fmt::format("{} is soft-deleted through {}, yet {} keeps ({}) unique across deleted rows too.",
                                        table->name.name, marker->name, key.name, fmt::join(key.columns, ", "));
            f.current_benefit = "A value is never reused, even after deletion: old references stay unambiguous.";
            f.risk = "A deleted row still holds its value: re-creating it (re-registering an email, re-adding a SKU) "
                     "fails with a unique violation the user cannot see the cause of.";
            f.breaking_point = "Breaks the first time a deleted row's value is entered again.";
            Alternative a;
            a.description = fmt::format("Enforce uniqueness among live rows only (WHERE {}).", live_rows_predicate(*marker));
            a.trade_off = "Deleted rows may then share the value with a live one; a foreign key can no longer "
                          "reference these columns (it needs a non-partial key).";
            a.effort = Effort::medium;
            const std::string drop = key.is_constraint
                                         ? fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", table->name.sql(), quote_ident(key.name))
                                         : fmt::format("DROP INDEX {};", ddl::index_ref(*table, key.name));
            a.example_ddl = fmt::format("{}\nCREATE UNIQUE INDEX {} ON {} ({}) WHERE {};", drop,
                                        ddl::object_name(*table, key.columns, "live_key"), table->name.sql(),
                                        ddl::columns(key.columns), live_rows_predicate(*marker));
            ddl::unless_referenced(ddl::foreign_keys_using(context, *table, ddl::key_index_oid(*table, key.name)), a);
            f.alternatives.push_back(std::move(a));
            f.confidence = context.pattern(table->oid, "soft_delete")->confidence;
            f.evidence.set("soft_delete_column", jsonv::str(marker->name));
            f.evidence.set("unique_key", jsonv::str(key.name));
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// More than two columns beyond keys, references and timestamps: the rows are things of their own.
bool carries_its_own_data(const Table& table) {
    std::size_t own = 0;
    for (const Column& c : table.columns) {
        const bool keyish = table.primary_key && std::find(table.primary_key->columns.begin(),
                                                           table.primary_key->columns.end(), c.name) !=
                                                     table.primary_key->columns.end();
        if (!keyish && !is_temporal(c) && !std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                                                        [&](const ForeignKey& fk) {
                                                            return std::find(fk.columns.begin(), fk.columns.end(),
                                                                             c.name) != fk.columns.end();
                                                        })) {
            ++own;
        }
    }
    return own > 2;
}

void check_junction_surrogate_key(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        if (!table->primary_key || table->foreign_keys.size() < 2) continue;
        const auto pair = junction_pair(*table);
        const bool junction_role = context.confident_role(table->oid) == Role::junction;
        if (!pair && !(junction_role && table->foreign_keys.size() == 2)) continue;
        if (carries_its_own_data(*table)) continue;  // a report, a review: an entity that happens to link two
        const ForeignKey& left = table->foreign_keys[pair ? pair->first : 0];
        const ForeignKey& right = table->foreign_keys[pair ? pair->second : 1];
        std::vector<std::string> link = left.columns;
        link.insert(link.end(), right.columns.begin(), right.columns.end());
        const auto& pk = table->primary_key->columns;
        const bool pk_overlaps = std::any_of(pk.begin(), pk.end(), [&](const std::string& c) {
            return std::find(link.begin(), link.end(), c) != link.end();
        });
        if (pk_overlaps) continue;
        Finding f = finding_on(*table, fmt::format("{}", fmt::join(pk, ",")));
        f.columns = pk;
        f.description = pair ? fmt::format("Junction {} is keyed by its own surrogate ({}); the pair ({}) is only unique.",
                                           table->name.name, fmt::join(pk, ", "), fmt::join(link, ", "))
                             : fmt::format("Junction {} is keyed by a surrogate ({}) and the pair ({}) is not unique: "
                                           "the same link can be stored twice.",
                                           table->name.name, fmt::join(pk, ", "), fmt::join(link, ", "));
        f.current_benefit = "Other tables or ORMs can reference one link by a single column.";
        f.risk = pair ? "A second index and a wider row for every link; lookups by the pair go through the unique "
                        "index and then the heap, and the surrogate invites code to address links by an id that "
                        "means nothing."
                      : "Duplicate links double-count in joins and aggregates.";
        f.breaking_point = fmt::format("Costs on every link written to {}.", context.table_with_rows(*table));
        Alternative a;
        a.effort = context.referenced_by(table->oid).empty() ? Effort::low : Effort::high;
        if (pair) {
            f.cap = Severity::info;  // a convention (ORMs key every table by id), not a defect
            a.description = fmt::format("Make the pair ({}) the primary key and drop the surrogate once nothing uses it.",
                                        fmt::join(link, ", "));
            a.trade_off = "Foreign keys that reference the surrogate must move to the pair first.";
            a.example_ddl = fmt::format("ALTER TABLE {} DROP CONSTRAINT {}, ADD PRIMARY KEY ({});", table->name.sql(),
                                        quote_ident(table->primary_key->name), ddl::columns(link));
            ddl::unless_referenced(ddl::foreign_keys_using(context, *table, table->primary_key->index_oid), a);
        } else {
            f.floor = Severity::warning;
            a.description = fmt::format("Make the pair ({}) unique.", fmt::join(link, ", "));
            a.trade_off = "Fails while duplicates exist: remove them first.";
            a.example_ddl = fmt::format("ALTER TABLE {} ADD CONSTRAINT {} UNIQUE ({});", table->name.sql(),
                                        ddl::object_name(*table, link, "key"), ddl::columns(link));
        }
        f.alternatives.push_back(std::move(a));
        f.confidence = pair ? 0.85 : 0.6;
        f.evidence.set("pair", jsonv::strings(link));
        f.evidence.set("pair_unique", json::Value::boolean(pair.has_value()));
        out.push_back(std::move(f));
    }
}

}  // namespace

extern const Rule rule_soft_delete_unique_conflict{
    "soft_delete_unique_conflict", Category::consistency,
    "A soft-deleted table (pattern soft_delete) with a non-partial unique key that leaves the soft-delete column "
    "out (generated single-column keys, and keys made only of minted identifiers such as x_id, *_url, *_token "
    "and integer counters (number, *_no), excepted).",
    {{workload(Workload::olap), Severity::info}, {otherwise(), Severity::warning}},
    check_soft_delete_unique_conflict};

extern const Rule rule_junction_surrogate_key{
    "junction_surrogate_key", Category::consistency,
    "A junction (two foreign keys linking a pair) keyed by its own surrogate: info at most when the pair is "
    "unique (a convention), warning at least when the pair is not unique at all.",
    {{all_of({workload(Workload::oltp), writes_at_least(WriteFrequency::high)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_junction_surrogate_key};

}  // namespace flaqes
