// Index rules: foreign keys without a supporting index, duplicate, redundant, invalid and unused
// indexes.
#include <algorithm>
#include <map>
#include <string_view>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/soft_delete.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

// " shop.orders has seen 12 updates and 3 deletes ..." or "" without statistics.
std::string write_stats(const Table& table, const TableStats& stats) {
    if (stats.updates.value_or(0) + stats.deletes.value_or(0) == 0) return {};
    return fmt::format(" {}.{} has seen {} updates and {} deletes since statistics were last reset.",
                       table.name.schema, table.name.name, ddl::count(stats.updates.value_or(0)),
                       ddl::count(stats.deletes.value_or(0)));
}

Alternative drop_index(const Table& table, const Index& index, const std::string& why) {
    Alternative a;
    a.description = fmt::format("Drop {} ({}).", index.name, why);
    a.effort = Effort::low;
    if (backs_constraint(index)) {
        a.trade_off = "Dropping the constraint fails while a foreign key depends on its index; repoint those first.";
        a.example_ddl = fmt::format("ALTER TABLE {} DROP CONSTRAINT {};", table.name.sql(),
                                    quote_ident(index.constraint.value_or(index.name)));
    } else {
        a.trade_off = "Queries that named this index in hints or plans use the remaining one; on a busy table use "
                      "DROP INDEX CONCURRENTLY outside a transaction.";
        a.example_ddl = fmt::format("DROP INDEX {};", ddl::index_ref(table, index.name));
    }
    return a;
}

json::Value index_evidence(const AnalysisContext& context, const Index& index) {
    json::Value e = json::Value::object();
    e.set("index", jsonv::str(index.name));
    e.set("definition", jsonv::str(context.index_definition(index)));
    e.set("scans", jsonv::opt_int(index.scans));
    return e;
}

// The index rules look at context.tables() and at partitions, which are not among them: an index
// or foreign key declared on a partition itself is its own.
template <class Visit>
void for_each_table_and_partition(const AnalysisContext& context, Visit&& visit) {
    for (const Table* table : context.tables()) visit(*table);
    for (const Table& partition : context.graph().tables) {
        if (partition.kind == RelKind::partition) visit(partition);
    }
}

// The partitioned table a partition belongs to; nullptr for any other table.
const Table* partitioned_parent(const AnalysisContext& context, const Table& table) {
    return table.kind == RelKind::partition ? context.graph().table(table.partition_parent_oid) : nullptr;
}

// The same object declared on partition after partition is one decision: one group per
// partitioned parent and column list, whatever each partition named its copy.
void group_among_partitions(Finding& f, const Table& parent, const std::vector<std::string>& columns,
                            std::string_view what) {
    f.group = fmt::format("{}.{}({})", parent.name.schema, parent.name.name, fmt::join(columns, ","));
    f.group_label = fmt::format("among the partitions of {} {}", parent.name.sql(), what);
}

// ---------------------------------------------------------------------------------------------
// created_by, updated_by_id, creator_id, ...: who wrote the row. Users are seldom deleted, and a
// delete that scans the audit columns is an administrative act, not a hot path.
bool actor_column(const ForeignKey& fk) {
    if (fk.columns.size() != 1) return false;
    const std::string n = snake_name(fk.columns.front());
    for (const char* stem : {"creator", "updater", "modifier", "author", "owner_user", "deleter"}) {
        if (starts_with(n, stem)) return true;
    }
    return n.find("_by") != std::string::npos && (ends_with(n, "_by") || ends_with(n, "_by_id") || ends_with(n, "_by_user_id"));
}

// Child rows enough that a scan per parent delete hurts: by statistics or by the declared volume.
constexpr double large_child_rows = 100'000;

// How far a missing index on this foreign key can go: never critical where a parent delete or
// re-key is implausible (a lookup-like parent, or one of few rows and columns by its statistics)
// or the child is small (why says which).
struct CriticalCap {
    std::optional<Severity> cap;
    const char* why = nullptr;
    bool lookup_parent = false;
};

CriticalCap critical_cap(const AnalysisContext& context, const Table& table, const ForeignKey& fk) {
    const Table* parent = context.graph().table(fk.ref_oid);
    if (fk.ref_oid == table.oid) return {Severity::warning, "self-reference (a hierarchy)"};
    const auto parent_rows = parent != nullptr ? context.rows(*parent) : std::nullopt;
    const bool few_rows = parent_rows && *parent_rows > 0 && *parent_rows < 1000 && parent->columns.size() <= 6;
    if (parent != nullptr && (context.lookup_like(*parent) || few_rows)) {
        return {Severity::info, "lookup or type parent: seldom deleted", true};
    }
    if (actor_column(fk)) return {Severity::info, "audit actor column"};
    const auto rows = context.rows(table);
    const bool large = (rows && *rows >= large_child_rows) || context.intent().data_volume >= DataVolume::large;
    if (!large) return {Severity::warning, "child not large by statistics or declared volume"};
    return {};
}

int looseness(const CriticalCap& c) { return c.cap ? static_cast<int>(*c.cap) : static_cast<int>(Severity::critical); }

// `served`: narrower unindexed foreign keys of the table whose columns lead the index proposed here
// (tenant_id beside tenant_id, invited_by), narrowest first: one index, one finding for them all.
void fk_without_index_finding(const AnalysisContext& context, const Table& table, const ForeignKey& fk,
                              const std::vector<const ForeignKey*>& served, std::vector<Finding>& out) {
    const Table* parent = context.graph().table(fk.ref_oid);
    std::vector<std::string> index_columns;
    for (const ForeignKey* narrow : served) {
        for (const std::string& c : narrow->columns) {
            if (std::find(index_columns.begin(), index_columns.end(), c) == index_columns.end()) index_columns.push_back(c);
        }
    }
    for (const std::string& c : fk.columns) {
        if (std::find(index_columns.begin(), index_columns.end(), c) == index_columns.end()) index_columns.push_back(c);
    }
    Finding f = finding_on(table, fmt::format("{}", fmt::join(fk.columns, ",")));
    f.columns = fk.columns;
    f.description = fmt::format("Foreign key {} ({}) -> {} has no index leading with its columns.", fk.name,
                                fmt::join(fk.columns, ", "), fk.ref.schema + "." + fk.ref.name);
    std::vector<std::string> served_names;
    for (const ForeignKey* narrow : served) {
        served_names.push_back(narrow->name);
        f.description += fmt::format(" Nor has {} ({}) -> {}.{}, whose columns it holds: one index serves both.",
                                     narrow->name, fmt::join(narrow->columns, ", "), narrow->ref.schema,
                                     narrow->ref.name);
    }
    f.current_benefit = "Inserts and updates of this table maintain one index fewer.";
    f.risk = fmt::format(
        "Every delete or key update of a {} row must scan {} to check the reference, holding locks while it "
        "does; joins from {} to this table cannot use an index.",
        fk.ref.name, table.name.name, fk.ref.name);
    f.breaking_point = fmt::format("Fine while {} stays a few thousand rows: each check scans all of it.{}",
                                   context.table_with_rows(table), parent != nullptr ? write_stats(*parent, context.activity(*parent)) : "");
    Alternative a;
    a.description = fmt::format("Index the foreign key columns ({}).", fmt::join(index_columns, ", "));
    a.trade_off = "One more index to maintain on every write of this table; build it with CREATE INDEX "
                  "CONCURRENTLY on a live table (outside a transaction).";
    a.effort = Effort::low;
    a.example_ddl = fmt::format("CREATE INDEX {} ON {} ({});", ddl::object_name(table, index_columns, "idx"),
                                table.name.sql(), ddl::columns(index_columns));
    f.alternatives.push_back(std::move(a));
    f.confidence = 0.9;
    f.evidence.set("constraint", jsonv::str(fk.name));
    f.evidence.set("references", jsonv::str(fk.ref.sql()));
    f.evidence.set("row_estimate", jsonv::opt_number(context.rows(table)));
    if (!served.empty()) f.evidence.set("also_serves", jsonv::strings(served_names));
    const CriticalCap cap = critical_cap(context, table, fk);
    f.cap = cap.cap;
    if (cap.lookup_parent) {
        // Unindexed references to one lookup table are one decision, not one per column.
        f.group = fmt::format("{}.{}(references)", parent->name.schema, parent->name.name);
        f.group_label = fmt::format("referencing the lookup table {} without an index", parent->name.sql());
    }
    if (cap.why != nullptr) f.evidence.set("not_critical", json::Value::string(cap.why));
    const Table* partitioned = partitioned_parent(context, table);
    if (partitioned != nullptr && f.group.empty()) {
        group_among_partitions(f, *partitioned, fk.columns, "declaring this foreign key themselves");
    }
    out.push_back(std::move(f));
}

bool strict_subset(const std::vector<std::string>& narrow, const std::vector<std::string>& wide) {
    return narrow.size() < wide.size() && std::all_of(narrow.begin(), narrow.end(), [&](const std::string& c) {
        return std::find(wide.begin(), wide.end(), c) != wide.end();
    });
}

void fk_without_index_findings(const AnalysisContext& context, const Table& table, std::vector<Finding>& out) {
    // A partition's clone of its parent's foreign key is reported on the parent.
    std::vector<const ForeignKey*> open;
    for (const ForeignKey& fk : table.foreign_keys) {
        if (!fk.inherited && index_leading_with(table, fk.columns) == nullptr) open.push_back(&fk);
    }
    // Widest first, so that a chain (a) < (a, b) < (a, b, c) folds into its widest key.
    std::stable_sort(open.begin(), open.end(), [](const ForeignKey* a, const ForeignKey* b) {
        return a->columns.size() > b->columns.size();
    });
    std::vector<const ForeignKey*> folded;
    const auto is_folded = [&](const ForeignKey* fk) { return std::find(folded.begin(), folded.end(), fk) != folded.end(); };
    for (const ForeignKey* wide : open) {
        if (is_folded(wide)) continue;
        const int wide_looseness = looseness(critical_cap(context, table, *wide));
        std::vector<const ForeignKey*> served;
        std::vector<std::string> leading;  // the columns the served keys take at the front of the index
        for (auto it = open.rbegin(); it != open.rend(); ++it) {  // narrowest first
            const ForeignKey* narrow = *it;
            if (narrow == wide || is_folded(narrow) || !strict_subset(narrow->columns, wide->columns) ||
                !std::all_of(leading.begin(), leading.end(), [&](const std::string& c) {
                    return std::find(narrow->columns.begin(), narrow->columns.end(), c) != narrow->columns.end();
                }) ||
                looseness(critical_cap(context, table, *narrow)) > wide_looseness) {
                continue;
            }
            served.push_back(narrow);
            folded.push_back(narrow);
            leading = narrow->columns;
        }
        fk_without_index_finding(context, table, *wide, served, out);
    }
}

void check_fk_without_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for_each_table_and_partition(context, [&](const Table& table) { fk_without_index_findings(context, table, out); });
}

// ---------------------------------------------------------------------------------------------
// What makes two indexes interchangeable for every query: method, keys, included columns,
// predicate. Uniqueness is not part of it: the unique one of two otherwise equal indexes serves
// every query the other does.
std::string index_signature(const Index& ix) {
    std::string s = ix.method + "|" + (ix.nulls_not_distinct ? "nnd|" : "|");
    for (const IndexKey& k : ix.keys) {
        s += fmt::format("{}:{}:{}:{}:{}:{};", k.attnum, k.attnum == 0 ? k.expression : std::string(), k.opclass,
                         k.collation, k.descending, k.nulls_first);
    }
    std::vector<std::string> include = ix.include;
    std::sort(include.begin(), include.end());
    s += fmt::format("|{}|{}", fmt::join(include, ","), ix.predicate.value_or(""));
    return s;
}

// The one of a duplicate group to keep: a partition's copy of its parent's index (it goes only with
// the parent's), then primary key, then constraint, then unique, then most used.
bool keep_before(const Index* a, const Index* b) {
    const auto rank = [](const Index* ix) {
        return std::make_tuple(!ix->inherited, !ix->primary, !backs_constraint(*ix), !ix->unique,
                               -ix->scans.value_or(0));
    };
    return std::make_tuple(rank(a), a->name) < std::make_tuple(rank(b), b->name);
}

void duplicate_index_findings(const AnalysisContext& context, const Table& table, std::vector<Finding>& out) {
    std::map<std::string, std::vector<const Index*>> groups;
    for (const Index& ix : table.indexes) {
        if (ix.valid && !ix.exclusion) groups[index_signature(ix)].push_back(&ix);
    }
    const Table* parent = partitioned_parent(context, table);
    for (auto& [signature, members] : groups) {
        if (members.size() < 2) continue;
        std::sort(members.begin(), members.end(), keep_before);
        const Index& kept = *members.front();
        for (std::size_t i = 1; i < members.size(); ++i) {
            const Index& dup = *members[i];
            // Copies of the parent's own duplicates are reported once, on the parent.
            if (dup.inherited) continue;
            Finding f = finding_on(table, dup.name);
            f.columns = index_key_names(dup);
            f.description = kept.inherited
                ? fmt::format("Index {} duplicates {}, this partition's copy of an index of {}: same method, "
                              "keys, included columns and predicate.", dup.name, kept.name,
                              parent != nullptr ? parent->name.sql() : "its partitioned parent")
                : fmt::format("Index {} duplicates {}: same method, keys, included columns and predicate.",
                              dup.name, kept.name);
            f.current_benefit = "None that the other index does not already give.";
            f.risk = "Every insert, update and delete maintains both; the copy doubles the space and the cache "
                     "it takes, and slows vacuum.";
            f.breaking_point = fmt::format("Costs from the first write; the cost grows with {}.",
                                           context.table_with_rows(table));
            f.alternatives.push_back(drop_index(table, dup, "keep " + kept.name));
            f.confidence = 0.95;
            f.evidence = index_evidence(context, dup);
            f.evidence.set("duplicate_of", jsonv::str(kept.name));
            if (kept.inherited) f.evidence.set("duplicate_of_inherited", json::Value::boolean(true));
            if (kept.primary) {
                // A unique index repeating the primary key on table after table is one habit (an
                // ORM's or a migration tool's), fixed by one script.
                f.group = table.name.schema + "(primary key copies)";
                f.group_label = "in schema " + table.name.schema + " repeating their table's primary key";
            } else if (parent != nullptr) {
                // The parent's index declared again on every partition, or every partition
                // declaring one index twice under names of its own, is one decision.
                group_among_partitions(f, *parent, index_key_names(dup),
                                       kept.inherited ? "repeating its index" : "declaring the same index twice");
            }
            out.push_back(std::move(f));
        }
    }
}

void check_duplicate_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for_each_table_and_partition(context, [&](const Table& table) { duplicate_index_findings(context, table, out); });
}

// ---------------------------------------------------------------------------------------------
bool covered_by(const Index& narrow, const Index& wide) {
    if (wide.method != "btree" || !wide.valid || wide.keys.size() <= narrow.keys.size()) return false;
    if (wide.predicate != narrow.predicate) return false;
    for (std::size_t i = 0; i < narrow.keys.size(); ++i) {
        if (!same_index_key(narrow.keys[i], wide.keys[i])) return false;
    }
    const std::vector<std::string> wide_columns = [&] {
        std::vector<std::string> all = index_key_names(wide);
        all.insert(all.end(), wide.include.begin(), wide.include.end());
        return all;
    }();
    return std::all_of(narrow.include.begin(), narrow.include.end(), [&](const std::string& c) {
        return std::find(wide_columns.begin(), wide_columns.end(), c) != wide_columns.end();
    });
}

// A unique key that soft_delete_unique_conflict asks to make partial stops serving the foreign key
// its narrower prefix index serves (a partial index does not serve the reference check): dropping
// the prefix would contradict that advice.
bool keeps_foreign_key_index(const AnalysisContext& context, const Table& table, const Index& narrow, const Index& wide) {
    const Column* marker = soft_delete_marker(context, table);
    if (marker == nullptr || !wide.unique || wide.predicate ||
        !conflicts_with_soft_delete(table, index_key_names(wide), *marker)) {
        return false;
    }
    const std::vector<std::string> keys = index_key_names(narrow);
    return std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(), [&](const ForeignKey& fk) {
        if (fk.columns.size() > keys.size()) return false;
        std::vector<std::string> leading(keys.begin(), keys.begin() + static_cast<long>(fk.columns.size()));
        std::vector<std::string> wanted = fk.columns;
        std::sort(leading.begin(), leading.end());
        std::sort(wanted.begin(), wanted.end());
        return leading == wanted;
    });
}

void redundant_index_findings(const AnalysisContext& context, const Table& table, std::vector<Finding>& out) {
    const Table* parent = partitioned_parent(context, table);
    for (const Index& narrow : table.indexes) {
        // A partition's copy of its parent's index is reported, and dropped, with the parent's.
        if (narrow.unique || narrow.method != "btree" || !narrow.valid || narrow.inherited || backs_constraint(narrow)) {
            continue;
        }
        const auto wide = std::find_if(table.indexes.begin(), table.indexes.end(),
                                       [&](const Index& w) { return covered_by(narrow, w); });
        if (wide == table.indexes.end() || keeps_foreign_key_index(context, table, narrow, *wide)) continue;
        Finding f = finding_on(table, narrow.name);
        f.columns = index_key_names(narrow);
        f.description = fmt::format("Index {} ({}) is a leading prefix of {} ({}).", narrow.name,
                                    fmt::join(index_key_names(narrow), ", "), wide->name,
                                    fmt::join(index_key_names(*wide), ", "));
        f.current_benefit = "A smaller index: scans on the leading columns read fewer pages.";
        f.risk = "Every write maintains both indexes, for queries the wider one already serves.";
        f.breaking_point = fmt::format("Costs grow with write volume on {}.", context.table_with_rows(table));
        f.alternatives.push_back(drop_index(table, narrow, wide->name + " serves the same lookups"));
        f.confidence = 0.8;
        f.evidence = index_evidence(context, narrow);
        f.evidence.set("covered_by", jsonv::str(wide->name));
        if (parent != nullptr) {
            group_among_partitions(f, *parent, f.columns, "covered by wider indexes");
        } else {
            f.group = table.name.schema + "." + table.name.name;  // a family of prefixes is one cleanup
            f.group_label = "on " + table.name.sql() + " covered by wider indexes";
        }
        out.push_back(std::move(f));
    }
}

void check_redundant_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for_each_table_and_partition(context, [&](const Table& table) { redundant_index_findings(context, table, out); });
}

// ---------------------------------------------------------------------------------------------
void check_invalid_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        for (const Index& ix : table->indexes) {
            if (ix.valid) continue;
            Finding f = finding_on(*table, ix.name);
            f.columns = index_key_names(ix);
            f.description = fmt::format("Index {} is invalid (a failed CREATE INDEX CONCURRENTLY or REINDEX).", ix.name);
            f.current_benefit = "None: the planner never uses an invalid index.";
            f.risk = "Writes still maintain it, and a unique one may still reject rows.";
            f.breaking_point = "Costs from now on, on every write.";
            Alternative a;
            a.description = "Rebuild it.";
            a.trade_off = "Locks writes while it runs (REINDEX INDEX CONCURRENTLY avoids that outside a "
                          "transaction); a unique index fails again until its duplicates are removed.";
            a.effort = Effort::low;
            a.example_ddl = fmt::format("REINDEX INDEX {};", ddl::index_ref(*table, ix.name));
            f.alternatives.push_back(std::move(a));
            f.alternatives.push_back(drop_index(*table, ix, "if nothing needs it"));
            f.confidence = 1.0;
            f.evidence = index_evidence(context, ix);
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The table has been read often enough that an index never scanned says something.
constexpr std::int64_t min_table_reads = 100;
// ... and holds enough rows that an index could matter (an empty table's reads prove nothing).
constexpr double min_table_rows = 100;

bool serves_a_foreign_key(const Table& table, const Index& index) {
    return std::any_of(table.foreign_keys.begin(), table.foreign_keys.end(),
                       [&](const ForeignKey& fk) { return index_leading_with(table, fk.columns) == &index; });
}

void check_unused_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const TableStats& stats = context.activity(*table);
        const std::int64_t reads = stats.seq_scans.value_or(0) + stats.idx_scans.value_or(0);
        const auto rows = context.rows(*table);
        if (reads < min_table_reads || !rows || *rows < min_table_rows) continue;
        for (const Index& ix : table->indexes) {
            if (!ix.scans || *ix.scans != 0 || ix.unique || backs_constraint(ix) || !ix.valid ||
                serves_a_foreign_key(*table, ix)) {
                continue;
            }
            Finding f = finding_on(*table, ix.name);
            f.columns = index_key_names(ix);
            f.description = fmt::format("Index {} has not been scanned since statistics were reset, while {} was "
                                        "read {} times.", ix.name, table->name.name, ddl::count(reads));
            f.current_benefit = "Ready for a query that has not run yet (a monthly report, a rare admin screen).";
            f.risk = "Every write maintains an index nobody reads.";
            f.breaking_point = fmt::format("Costs grow with write volume: {} rows inserted, {} updated so far.",
                                           ddl::count(stats.inserts.value_or(0)),
                                           ddl::count(stats.updates.value_or(0)));
            f.alternatives.push_back(drop_index(*table, ix, "after checking the statistics of every replica"));
            f.confidence = 0.6;
            f.evidence = index_evidence(context, ix);
            f.evidence.set("table_reads", json::Value::integer(reads));
            out.push_back(std::move(f));
        }
    }
}

}  // namespace

extern const Rule rule_fk_without_index{
    "fk_without_index", Category::performance,
    "A foreign key (of a table, or declared on a partition itself) with no valid index leading with its columns "
    "(in any order; a partial index WHERE col IS NOT NULL counts). Critical only for a child large by statistics "
    "(100,000 rows) or declared volume; at most warning for a self-reference, at most info for a lookup/type "
    "parent or an audit actor column (created_by ...). A foreign key whose columns all lie in another unindexed "
    "one of the table (tenant_id beside tenant_id, user_id) is part of that one's finding: one index serves both.",
    {{volume_at_most(DataVolume::small), Severity::info},
     {any_of({workload(Workload::olap), reads(ReadPattern::aggregation)}), Severity::warning},
     {any_of({workload(Workload::oltp), writes_at_least(WriteFrequency::high), reads(ReadPattern::join_heavy),
              volume_at_least(DataVolume::large)}),
      Severity::critical},
     {otherwise(), Severity::warning}},
    check_fk_without_index};

extern const Rule rule_duplicate_index{
    "duplicate_index", Category::performance,
    "Two valid indexes with the same method, keys (opclass, collation, order), included columns and predicate "
    "(on a table, or on a partition: the same pair on several partitions of one table is one finding).",
    {{volume_at_most(DataVolume::small), Severity::info}, {otherwise(), Severity::warning}},
    check_duplicate_index};

extern const Rule rule_redundant_index{
    "redundant_index", Category::performance,
    "A non-unique btree index (of a table, or declared on a partition itself) whose keys are a leading prefix of "
    "another btree index with the same predicate; not a foreign key's index whose wider index is a unique key "
    "that soft_delete_unique_conflict asks to make partial.",
    {{any_of({writes_at_least(WriteFrequency::high), workload(Workload::oltp)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_redundant_index};

extern const Rule rule_invalid_index{
    "invalid_index", Category::performance, "An index left invalid by a failed concurrent build.",
    {{otherwise(), Severity::warning}}, check_invalid_index};

extern const Rule rule_unused_index{
    "unused_index", Category::performance,
    "An index never scanned while its table (of at least 100 rows) was read at least 100 times; not unique, not backing a "
    "constraint, not the index of a foreign key.",
    {{writes_at_least(WriteFrequency::high), Severity::warning}, {otherwise(), Severity::info}},
    check_unused_index};

}  // namespace flaqes
