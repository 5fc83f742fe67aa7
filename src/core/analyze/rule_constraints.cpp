// Constraint rules: constraints added NOT VALID and never validated, and unique keys that another,
// narrower unique key already implies.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

Finding not_valid_finding(const Table& table, const std::string& name, const std::vector<std::string>& columns,
                          bool foreign_key) {
    Finding f = finding_on(table, name);
    f.columns = columns;
    f.description = fmt::format("{} {} was added NOT VALID and never validated.",
                                foreign_key ? "Foreign key" : "CHECK constraint", name);
    f.current_benefit = "It was added without scanning the table; new and updated rows are checked.";
    f.risk = "Rows written before it may violate it: queries and the planner cannot rely on it, and a dump "
             "restored elsewhere fails when the constraint is re-created over those rows.";
    f.breaking_point = "Breaks at the first restore or the first code that trusts the constraint for old rows.";
    Alternative a;
    a.description = fmt::format("Validate {} (fix the violating rows first).", name);
    a.trade_off = foreign_key ? "Scans the table under SHARE UPDATE EXCLUSIVE (reads and writes go on; DDL waits) "
                                "and takes ROW SHARE on the referenced table; fails at the first violating row."
                              : "Scans the table under SHARE UPDATE EXCLUSIVE (reads and writes go on; DDL waits); "
                                "fails at the first violating row.";
    a.effort = Effort::low;
    a.example_ddl = fmt::format("ALTER TABLE {} VALIDATE CONSTRAINT {};", table.name.sql(), quote_ident(name));
    f.alternatives.push_back(std::move(a));
    f.confidence = 1.0;
    f.evidence.set("constraint", jsonv::str(name));
    f.evidence.set("lock", jsonv::str("SHARE UPDATE EXCLUSIVE"));
    return f;
}

void check_not_valid_constraint(const AnalysisContext& context, std::vector<Finding>& out) {
    const auto check_table = [&](const Table& table) {
        for (const ForeignKey& fk : table.foreign_keys) {
            if (!fk.validated && !fk.inherited) out.push_back(not_valid_finding(table, fk.name, fk.columns, true));
        }
        for (const CheckConstraint& c : table.check_constraints) {
            if (!c.validated && !c.inherited) out.push_back(not_valid_finding(table, c.name, c.columns, false));
        }
    };
    for (const Table* table : context.tables()) check_table(*table);
    for (const Table& t : context.graph().tables) {
        if (t.kind == RelKind::partition) check_table(t);
    }
}

// ---------------------------------------------------------------------------------------------
struct UniqueSet {
    std::string name;
    std::vector<std::string> columns;  // sorted
    const Index* index = nullptr;
};

// Unique keys over plain columns, neither partial nor NULLS NOT DISTINCT-sensitive in what follows.
std::vector<UniqueSet> unique_sets(const Table& table) {
    std::vector<UniqueSet> out;
    for (const Index& ix : table.indexes) {
        const bool plain = std::all_of(ix.keys.begin(), ix.keys.end(), [](const IndexKey& k) { return k.attnum != 0; });
        if (!ix.unique || !ix.valid || ix.predicate || !plain || ix.exclusion) continue;
        UniqueSet u{ix.name, index_key_names(ix), &ix};
        std::sort(u.columns.begin(), u.columns.end());
        out.push_back(std::move(u));
    }
    return out;
}

bool referenced_through(const AnalysisContext& context, const Table& table, const std::vector<std::string>& sorted) {
    for (const IncomingReference& ref : context.referenced_by(table.oid)) {
        std::vector<std::string> cols = ref.fk->ref_columns;
        std::sort(cols.begin(), cols.end());
        if (cols == sorted) return true;
    }
    return false;
}

void check_implied_unique(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const std::vector<UniqueSet> keys = unique_sets(*table);
        for (const UniqueSet& wide : keys) {
            // The primary key, and a key a foreign key points at, are kept whatever they imply.
            if (wide.index->primary || referenced_through(context, *table, wide.columns)) continue;
            const auto narrow = std::find_if(keys.begin(), keys.end(), [&](const UniqueSet& n) {
                // NULLS NOT DISTINCT on the wide key only rejects rows the narrow one lets through.
                if (wide.index->nulls_not_distinct && !n.index->nulls_not_distinct) return false;
                return n.columns.size() < wide.columns.size() &&
                       std::includes(wide.columns.begin(), wide.columns.end(), n.columns.begin(), n.columns.end());
            });
            if (narrow == keys.end()) continue;
            Finding f = finding_on(*table, wide.name);
            f.columns = index_key_names(*wide.index);
            f.description = fmt::format("Unique key {} ({}) contains the unique key {} ({}): its uniqueness is implied.",
                                        wide.name, fmt::join(index_key_names(*wide.index), ", "), narrow->name,
                                        fmt::join(index_key_names(*narrow->index), ", "));
            f.current_benefit = "An ON CONFLICT target or an index for queries on these columns.";
            f.risk = "Every write checks and maintains a uniqueness that can never be violated.";
            f.breaking_point = fmt::format("Costs on every write to {}.", context.table_with_rows(*table));
            Alternative a;
            a.description = fmt::format("Drop {}, or turn it into a plain index if queries need its column order.",
                                        wide.name);
            a.effort = Effort::low;
            if (backs_constraint(*wide.index)) {
                a.trade_off = "Statements naming it in ON CONFLICT must name the narrower key instead.";
                a.example_ddl = fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", table->name.sql(),
                                            quote_ident(wide.index->constraint.value_or(wide.name)));
            } else {
                a.trade_off = "Statements naming its columns in ON CONFLICT must use the narrower key; use DROP "
                              "INDEX CONCURRENTLY on a busy table.";
                a.example_ddl = fmt::format("DROP INDEX {};", ddl::index_ref(*table, wide.name));
            }
            f.alternatives.push_back(std::move(a));
            f.confidence = 0.85;
            f.evidence.set("index", jsonv::str(wide.name));
            f.evidence.set("implied_by", jsonv::str(narrow->name));
            out.push_back(std::move(f));
        }
    }
}

}  // namespace

extern const Rule rule_not_valid_constraint{
    "not_valid_constraint", Category::consistency,
    "A foreign key or CHECK constraint (of a table or declared on a partition) added NOT VALID and never validated.",
    {{consistency(Consistency::eventual), Severity::info}, {otherwise(), Severity::warning}},
    check_not_valid_constraint};

extern const Rule rule_implied_unique{
    "implied_unique", Category::performance,
    "A unique index or constraint whose columns contain those of another unique key (not the primary key, not "
    "the target of a foreign key).",
    {{any_of({workload(Workload::oltp), writes_at_least(WriteFrequency::high)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_implied_unique};

}  // namespace flaqes
