// Key rules: tables without a primary key, integer keys running out of values, foreign keys
// whose column type differs from the key they reference.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/ddl_dependents.hpp"
#include "core/analyze/ddl_keys.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

// A unique key (constraint or index) over NOT NULL columns only: a primary key in all but name.
std::optional<std::vector<std::string>> not_null_unique_key(const Table& table) {
    const auto all_not_null = [&](const std::vector<std::string>& columns) {
        return !columns.empty() && std::all_of(columns.begin(), columns.end(), [&](const std::string& c) {
            const Column* col = table.column(c);
            return col != nullptr && col->not_null;
        });
    };
    for (const KeyConstraint& k : table.unique_constraints) {
        if (all_not_null(k.columns)) return k.columns;
    }
    for (const Index& ix : table.indexes) {
        const std::vector<std::string> names = index_key_names(ix);
        const bool plain_columns = std::all_of(ix.keys.begin(), ix.keys.end(), [](const IndexKey& k) { return k.attnum != 0; });
        if (ix.unique && ix.valid && !ix.predicate && plain_columns && all_not_null(names)) return names;
    }
    return std::nullopt;
}

void check_no_primary_key(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        if (table->primary_key) continue;
        const auto natural = not_null_unique_key(*table);
        Finding f = finding_on(*table);
        f.description = natural ? fmt::format("{} has no primary key, only a unique key on NOT NULL columns ({}).",
                                              table->name.name, fmt::join(*natural, ", "))
                                : fmt::format("{} has no primary key and no unique key over NOT NULL columns.",
                                              table->name.name);
        f.current_benefit = "Inserts skip a unique index check; bulk loads are a little faster.";
        f.risk = "Duplicate rows cannot be told apart or deleted one at a time; logical replication cannot "
                 "replicate UPDATE or DELETE without a replica identity; ORMs and foreign keys need a key.";
        f.breaking_point = fmt::format("Breaks at the first duplicate row or the first logical replica of {}.",
                                       context.table_with_rows(*table));
        Alternative a;
        a.effort = Effort::low;
        if (natural) {
            a.description = fmt::format("Promote the unique key ({}) to the primary key.", fmt::join(*natural, ", "));
            a.trade_off = "None beyond a brief lock; the columns are already unique and NOT NULL.";
            a.example_ddl = ddl::promote_to_primary_key(context, *table, *natural, a.trade_off);
            f.cap = Severity::info;
        } else {
            const std::string key = table->column("id") == nullptr ? "id" : table->name.name + "_id";
            a.description = fmt::format("Add an identity column {} as the primary key.", key);
            a.trade_off = "8 bytes per row and one index; rewrites nothing but fills the column for existing rows.";
            if (table->kind != RelKind::partitioned_table) {
                a.example_ddl = fmt::format("ALTER TABLE {} ADD COLUMN {} bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;",
                                            table->name.sql(), quote_ident(key));
            } else {
                a.trade_off += " On a partitioned table the key must include the partition key columns.";
            }
        }
        f.alternatives.push_back(std::move(a));
        f.confidence = natural ? 0.7 : 0.95;
        f.evidence.set("unique_key", natural ? jsonv::strings(*natural) : json::Value());
        f.evidence.set("row_estimate", jsonv::opt_number(context.rows(*table)));
        if (context.raw_landing_table(*table)) {
            f.cap = Severity::info;  // rows as they arrive; the tables they are cast into hold the keys
            f.evidence.set("raw_landing_table", json::Value::boolean(true));
        }
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
bool is_surrogate_key(const Table& table, const Column& column) {
    const bool single_pk = table.primary_key && table.primary_key->columns.size() == 1 &&
                           table.primary_key->columns.front() == column.name;
    return column.sequence.has_value() || single_pk;
}

// Roles whose tables only grow: an integer key there is a matter of time.
bool outgrows_by_role(Role role) {
    return role == Role::fact || role == Role::event_log || role == Role::audit_log || role == Role::queue;
}

void check_key_overflow_risk(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const Role role = context.confident_role(table->oid);
        for (const Column& column : table->columns) {
            const auto type_max = integer_type_max(column.type);
            if (!type_max || column.type == "bigint" || !is_surrogate_key(*table, column)) continue;
            // A key that is itself a foreign key draws no values of its own: its parent's key is the one to widen.
            if (!column.sequence && context.column_in_foreign_key(*table, column.name)) continue;
            std::int64_t limit = *type_max;
            std::optional<std::int64_t> used;
            if (column.sequence) {
                limit = std::min(limit, column.sequence->max_value);
                used = context.sequence_last_value(*column.sequence);
            }
            const double ratio = used ? static_cast<double>(*used) / static_cast<double>(limit) : 0.0;
            const bool small_by_design = context.lookup_like(*table);
            if (small_by_design && ratio < 0.5) continue;
            // An integer key barely used, at a declared volume it will not outgrow: nothing to say.
            const bool room_enough = context.intent().data_volume <= DataVolume::medium &&
                                     context.intent().write_frequency <= WriteFrequency::medium;
            if (ratio < 0.01 && column.type != "smallint" && room_enough) continue;
            Finding f = finding_on(*table, column.name);
            f.columns = {column.name};
            f.description = fmt::format("Key {} is {} (at most {}).", column.name, column.type, ddl::count(limit));
            f.current_benefit = fmt::format("{} bytes per key here and in every referencing row and index, instead of 8.",
                                            column.type == "smallint" ? 2 : 4);
            f.risk = "When the values run out every insert fails until the key and every column that references it "
                     "are widened, which rewrites those tables under an exclusive lock.";
            f.breaking_point =
                used ? fmt::format("The sequence is at {} of {} ({:.1f}% used, {} values left).", ddl::count(*used),
                                   ddl::count(limit), ratio * 100.0, ddl::count(limit - *used))
                     : fmt::format("Breaks at {} rows ever inserted (deleted rows and failed inserts count too); {}.",
                                   ddl::count(limit), context.table_with_rows(*table));
            const auto& referencing = context.referenced_by(table->oid);
            if (!referencing.empty()) {
                f.breaking_point += fmt::format(" {} foreign key(s) reference it and must widen with it.", referencing.size());
            }
            Alternative a;
            a.description = fmt::format("Widen {} to bigint, with every column that references it.", column.name);
            a.trade_off = "Each ALTER rewrites its table under ACCESS EXCLUSIVE; on a large table add a bigint "
                          "column, backfill it in batches and swap instead.";
            a.effort = referencing.empty() ? Effort::medium : Effort::high;
            std::string sql;
            std::vector<ColumnUse> widened;
            for (const ddl::KeyColumn& key : ddl::key_chain(context, *table, column)) {
                if (key.column->type == "bigint") continue;
                sql += fmt::format("{}ALTER TABLE {} ALTER COLUMN {} TYPE bigint;", sql.empty() ? "" : "\n",
                                   key.table->name.sql(), quote_ident(key.column->name));
                widened.push_back({key.table->oid, key.column->attnum});
            }
            // One rewrite fixes both: a serial key becomes an identity column (a bigint sequence).
            if (column.sequence && column.identity == Identity::none) sql += "\n" + ddl::serial_to_identity(*table, column);
            a.example_ddl = sql;
            ddl::rebuild_dependents(context.graph(), widened, a);
            f.alternatives.push_back(std::move(a));
            f.confidence = used ? 0.95 : 0.5;
            // Evidence about this very key (its sequence, its row count, its role) keeps it a finding of
            // its own; without any, the rule speaks once per schema.
            const auto rows = context.rows(*table);
            const bool rows_near = rows && *rows >= static_cast<double>(limit) * 0.1;
            if (ratio >= 0.75) {
                f.floor = Severity::critical;
            } else if (ratio >= 0.5 || rows_near || (column.type == "smallint" && !small_by_design)) {
                f.floor = Severity::warning;
            } else if (outgrows_by_role(role)) {
                f.floor = Severity::info;
                f.evidence = context.role_evidence(table->oid);
            }
            f.evidence.set("type", jsonv::str(column.type));
            f.evidence.set("max_value", json::Value::integer(limit));
            f.evidence.set("last_value", jsonv::opt_int(used));
            f.evidence.set("used_fraction", used ? json::Value::number(ratio) : json::Value());
            f.evidence.set("sequence", column.sequence ? jsonv::str(column.sequence->name.sql()) : json::Value());
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
void check_fk_type_mismatch(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        for (const ForeignKey& fk : table->foreign_keys) {
            const Table* parent = context.graph().table(fk.ref_oid);
            if (parent == nullptr) continue;
            for (std::size_t i = 0; i < fk.columns.size() && i < fk.ref_columns.size(); ++i) {
                const Column* child = table->column(fk.columns[i]);
                const Column* key = parent->column(fk.ref_columns[i]);
                if (child == nullptr || key == nullptr || child->type == key->type) continue;
                const auto child_max = integer_type_max(child->type);
                const auto key_max = integer_type_max(key->type);
                const bool narrower = child_max && key_max && *child_max < *key_max;
                Finding f = finding_on(*table, child->name);
                f.columns = {child->name};
                f.description = fmt::format("{} is {} but references {}.{} of type {}.", child->name, child->type,
                                            fk.ref.name, key->name, key->type);
                f.current_benefit = narrower ? "A narrower column saves a few bytes per row." : "None worth keeping.";
                f.risk = narrower ? fmt::format("Inserts fail once {} values exceed what {} holds.", key->name, child->type)
                                  : "Joins compare across types (casts, less precise estimates) and the two "
                                    "definitions drift apart.";
                f.breaking_point = narrower ? fmt::format("Breaks when {}.{} passes {}.", fk.ref.name, key->name,
                                                          ddl::count(*child_max))
                                            : "Costs on every join between the two tables.";
                Alternative a;
                a.description = fmt::format("Give {} the type of the key it references ({}).", child->name, key->type);
                a.trade_off = "Rewrites the table under ACCESS EXCLUSIVE; indexes on the column are rebuilt.";
                a.effort = Effort::medium;
                a.example_ddl = fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE {};", table->name.sql(),
                                            quote_ident(child->name), key->type);
                ddl::rebuild_dependents(context.graph(), {{table->oid, child->attnum}}, a);
                f.alternatives.push_back(std::move(a));
                f.confidence = 0.9;
                if (narrower) f.floor = Severity::warning;
                f.evidence.set("constraint", jsonv::str(fk.name));
                f.evidence.set("column_type", jsonv::str(child->type));
                f.evidence.set("referenced_type", jsonv::str(key->type));
                out.push_back(std::move(f));
            }
        }
    }
}

}  // namespace

extern const Rule rule_no_primary_key{
    "no_primary_key", Category::performance,
    "A table without a primary key (info when a unique key over NOT NULL columns stands in for it, or on a raw "
    "landing table: nullable text columns only, no key, no foreign key either way).",
    {{workload(Workload::olap), Severity::info}, {otherwise(), Severity::warning}},
    check_no_primary_key};

extern const Rule rule_key_overflow_risk{
    "key_overflow_risk", Category::performance,
    "A smallint or integer surrogate key (serial, identity or single-column primary key), integer keys only "
    "from 1% of the sequence used or at a large volume or high write rate; critical from 75% used, warning "
    "from 50% or for smallint keys of tables that are not lookup-like (see fk_without_index).",
    {{volume_at_most(DataVolume::small), omitted},
     {any_of({volume_at_least(DataVolume::large), writes_at_least(WriteFrequency::high)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_key_overflow_risk,
    "Widen each key to bigint, with every column that references it (serial keys become identity columns)."};

extern const Rule rule_fk_type_mismatch{
    "fk_type_mismatch", Category::performance,
    "A foreign key column whose type differs from the referenced column (warning at least when it is a "
    "narrower integer).",
    {{any_of({workload(Workload::oltp), reads(ReadPattern::join_heavy)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_fk_type_mismatch};

}  // namespace flaqes
