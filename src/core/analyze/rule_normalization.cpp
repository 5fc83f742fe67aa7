// Normalization rules: repeating groups, entity-attribute-value tables, copies of parent columns,
// tables where everything is optional, and tables wider than their role and workload suggest.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/rule.hpp"
#include "core/catalog/schema_graph_json.hpp"
#include "core/patterns/document_lines.hpp"

namespace flaqes {
namespace {

using namespace when;

// Two numbered columns that are no repeating group: postal address lines (a fixed layout), or two
// references forming a symmetric pair (user1_id, user2_id of a friendship).
bool harmless_pair(const AnalysisContext& context, const Table& table, const PatternMatch& p) {
    if (p.columns.size() != 2) return false;
    const std::string first = snake_name(p.columns.front());
    for (const char* stem : {"address", "addr", "line", "street"}) {
        if (first.find(stem) != std::string::npos) return true;
    }
    return std::all_of(p.columns.begin(), p.columns.end(),
                       [&](const std::string& c) { return context.column_in_foreign_key(table, c); });
}

void check_repeating_group(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        for (const PatternMatch* p : context.patterns(table->oid)) {
            if (p->pattern != "repeating_group" || p->columns.size() < 2 || harmless_pair(context, *table, *p)) continue;
            Finding f = finding_on(*table, fmt::format("{}", fmt::join(p->columns, ",")));
            f.columns = p->columns;
            f.description = fmt::format("Repeating group: {} hold the same kind of value in numbered columns.",
                                        fmt::join(p->columns, ", "));
            f.current_benefit = "One row holds everything; no join to read it.";
            f.risk = fmt::format("A {}th value needs an ALTER TABLE; searching one value means OR over every column; "
                                 "uniqueness and foreign keys cannot span the group.",
                                 p->columns.size() + 1);
            f.breaking_point = fmt::format("Breaks at the first row needing more than {} values.", p->columns.size());
            Alternative a;
            a.description = "Move the values to a child table, one row per value.";
            a.trade_off = "A join (or an array aggregate) to read them; in return any number of values, one index "
                          "for searching, and constraints per value.";
            a.effort = Effort::medium;
            const Column* pk = table->primary_key && table->primary_key->columns.size() == 1
                                   ? table->column(table->primary_key->columns.front())
                                   : nullptr;
            const Column* sample = table->column(p->columns.front());
            if (pk != nullptr && sample != nullptr) {
                const QualifiedName child{table->name.schema, table->name.name + "_" + p->columns.front() + "s"};
                a.example_ddl = fmt::format(
                    "CREATE TABLE {0} (\n"
                    "    {1} {2} NOT NULL REFERENCES {3} ({1}) ON DELETE CASCADE,\n"
                    "    position smallint NOT NULL,\n"
                    "    value {4} NOT NULL,\n"
                    "    PRIMARY KEY ({1}, position)\n"
                    ");",
                    child.sql(), quote_ident(pk->name), pk->type, table->name.sql(), sample->type);
            }
            f.alternatives.push_back(std::move(a));
            f.confidence = p->confidence;
            if (p->columns.size() < 3) f.cap = Severity::info;  // address_line1/2: common and mostly harmless
            f.evidence = p->evidence;
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Key/value rows the users themselves define (metadata, preferences, settings, labels): the keys are
// data, not schema, so there are no columns to promote them to.
bool user_defined_metadata(const Table& table) {
    const std::string name = snake_name(table.name.name);
    for (const char* stem : {"metadata", "meta", "preference", "setting", "option", "label", "tag", "annotation"}) {
        if (name.find(stem) != std::string::npos) return true;
    }
    return false;
}

void check_eav(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const PatternMatch* p = context.pattern(table->oid, "eav");
        if ((p == nullptr && !context.plays(table->oid, Role::eav)) || user_defined_metadata(*table)) continue;
        Finding f = finding_on(*table);
        if (p != nullptr) f.columns = p->columns;
        f.description = fmt::format("{} is an entity-attribute-value table: attributes are rows, values are untyped.",
                                    table->name.name);
        f.current_benefit = "Attributes can be added at runtime without DDL.";
        f.risk = "No types, NOT NULL, CHECK or foreign keys per attribute; reading one entity needs a pivot; the "
                 "planner cannot estimate attribute filters; typos create new attributes.";
        f.breaking_point = fmt::format("Breaks when queries filter on two attributes at once or when {} grows past "
                                       "what a pivot reads quickly.", context.table_with_rows(*table));
        Alternative columns;
        columns.description = "Give the attributes every entity has real, typed columns on the entity table.";
        columns.trade_off = "A migration per new attribute.";
        columns.effort = Effort::high;
        f.alternatives.push_back(std::move(columns));
        Alternative document;
        document.description = "Keep runtime attributes in one jsonb column of the entity, constrained by CHECKs "
                               "and indexed with GIN.";
        document.trade_off = "Still schemaless inside, but one row per entity and containment queries are indexed.";
        document.effort = Effort::medium;
        f.alternatives.push_back(std::move(document));
        f.confidence = p != nullptr ? p->confidence : context.role(table->oid)->best.confidence;
        if (p != nullptr) f.evidence = p->evidence;
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// "customer_id" -> "customer_": the prefix a copied parent column would carry.
std::string copy_prefix(const std::string& fk_column) {
    const auto at = fk_column.rfind("_id");
    return at != std::string::npos && at + 3 == fk_column.size() && at > 0 ? fk_column.substr(0, at + 1) : std::string();
}

void check_denormalized_copy(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        // On an invoice or order line a copy is the record as issued (a legal snapshot): the
        // advice is to say so, not to drop it.
        // (pattern document_snapshot: values copied onto the line of a dated document).
        const bool snapshot_likely = document_or_line(*table) || context.pattern(table->oid, "document_snapshot") != nullptr;
        for (const ForeignKey& fk : table->foreign_keys) {
            const Table* parent = context.graph().table(fk.ref_oid);
            if (parent == nullptr || fk.columns.size() != 1 || parent == table) continue;
            const std::string prefix = copy_prefix(fk.columns.front());
            if (prefix.empty()) continue;
            // Every copy of this parent is one finding: one cause, one decision.
            std::vector<std::string> copies, sources;
            for (const Column& c : table->columns) {
                if (c.name.rfind(prefix, 0) != 0 || c.name == fk.columns.front()) continue;
                const Column* source = parent->column(c.name.substr(prefix.size()));
                if (source == nullptr || source->type_category != c.type_category ||
                    std::find(fk.ref_columns.begin(), fk.ref_columns.end(), source->name) != fk.ref_columns.end()) {
                    continue;
                }
                copies.push_back(c.name);
                sources.push_back(source->name);
            }
            if (copies.empty()) continue;
            const std::string copied = fmt::format("{}", fmt::join(copies, ", "));
            Finding f = finding_on(*table, fmt::format("{}", fmt::join(copies, ",")));
            f.columns = copies;
            f.description = fmt::format("{} copy {} ({}) beside the reference {}.", copied, parent->name.name,
                                        fmt::join(sources, ", "), fk.columns.front());
            f.current_benefit = fmt::format("Reads need no join; the values are kept as they were when the row "
                                            "was written (a snapshot, if that is the intent).");
            f.risk = fmt::format("When {} changes, the copies disagree with it, and nothing says whether they should.",
                                 parent->name.name);
            f.breaking_point = fmt::format("Breaks at the first update of {} that the copies should have followed.",
                                           context.table_with_rows(*parent));
            Alternative snapshot;
            snapshot.description = "If the copies are a deliberate snapshot (the values as of the time of writing), "
                                   "document it in column comments so nobody \"fixes\" it.";
            snapshot.trade_off = "None; documents the decision.";
            snapshot.effort = Effort::low;
            std::string comments;
            for (std::size_t i = 0; i < copies.size(); ++i) {
                comments += fmt::format("{}COMMENT ON COLUMN {}.{} IS {};", i == 0 ? "" : "\n", table->name.sql(),
                                        quote_ident(copies[i]),
                                        ddl::literal(fmt::format("Snapshot of {}.{} at write time.", parent->name.name,
                                                                 sources[i])));
            }
            snapshot.example_ddl = comments;
            f.alternatives.push_back(std::move(snapshot));
            Alternative drop;
            drop.description = fmt::format("If they should follow {}, drop the copies and join it.", parent->name.name);
            drop.trade_off = "One join per read; loses the values as of the time of writing.";
            drop.effort = Effort::medium;
            std::vector<std::string> clauses;
            for (const std::string& c : copies) clauses.push_back("DROP COLUMN " + quote_ident(c));
            drop.example_ddl = fmt::format("ALTER TABLE {} {};", table->name.sql(), fmt::join(clauses, ", "));
            f.alternatives.push_back(std::move(drop));
            f.confidence = snapshot_likely ? 0.5 : 0.75;
            if (snapshot_likely) f.cap = Severity::info;
            f.evidence.set("reference", jsonv::str(fk.columns.front()));
            f.evidence.set("source", jsonv::str(parent->name.sql()));
            f.evidence.set("snapshot_likely", json::Value::boolean(snapshot_likely));
            out.push_back(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rows whose every value is optional by design: settings that override inherited defaults, and
// action rows whose columns are mostly "when did this happen" timestamps or flags.
bool optional_by_design(const Table& table, const std::vector<std::string>& optional) {
    const std::string n = snake_name(table.name.name);
    if (n.find("setting") != std::string::npos || n.find("preference") != std::string::npos) return true;
    const auto flags = std::count_if(optional.begin(), optional.end(), [&](const std::string& name) {
        const Column* c = table.column(name);
        return c != nullptr && (is_temporal(*c) || c->type == "boolean");
    });
    return static_cast<std::size_t>(flags) * 2 > optional.size();
}

void check_all_nullable(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        std::vector<std::string> optional;
        std::size_t non_key = 0;
        for (const Column& c : table->columns) {
            const auto& pk = table->primary_key;
            if (pk && std::find(pk->columns.begin(), pk->columns.end(), c.name) != pk->columns.end()) continue;
            ++non_key;
            if (!c.not_null) optional.push_back(c.name);
        }
        if (non_key < 4 || optional.size() != non_key || optional_by_design(*table, optional) ||
            context.raw_landing_table(*table)) {
            continue;
        }
        Finding f = finding_on(*table);
        f.columns = optional;
        f.description = fmt::format("Every non-key column of {} is nullable ({} columns).", table->name.name, non_key);
        f.current_benefit = "Rows can be written with whatever is known at the time.";
        f.risk = "Nothing says which values a row must have: empty rows are valid, every reader must handle NULL "
                 "everywhere, and NOT IN / aggregates behave unexpectedly.";
        f.breaking_point = "Breaks at the first row written without the values the application assumes.";
        Alternative a;
        a.description = "Declare NOT NULL on the columns every row must have.";
        a.trade_off = "Fails while NULLs exist; a full scan validates it (or add CHECK (col IS NOT NULL) NOT VALID first).";
        a.effort = Effort::low;
        a.example_ddl = fmt::format("ALTER TABLE {} ALTER COLUMN {} SET NOT NULL;", table->name.sql(),
                                    quote_ident(optional.front()));
        f.alternatives.push_back(std::move(a));
        f.confidence = 0.7;
        f.evidence.set("nullable_columns", json::Value::integer(static_cast<std::int64_t>(optional.size())));
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// How many columns a table of this role carries before it is wide, under an OLTP workload.
std::size_t wide_threshold(Role role, Workload workload) {
    std::size_t base = 30;
    if (role == Role::dimension) base = 60;
    if (role == Role::fact || role == Role::snapshot) base = 40;
    if (role == Role::lookup || role == Role::junction || role == Role::config) base = 15;
    return workload == Workload::oltp ? base : workload == Workload::mixed ? base * 3 / 2 : base * 2;
}

void check_wide_table(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const Role role = context.confident_role(table->oid);
        const std::size_t threshold = wide_threshold(role, context.intent().workload);
        if (table->columns.size() <= threshold) continue;
        Finding f = finding_on(*table);
        f.description = fmt::format("{} has {} columns; for a table of role {} under this workload {} is already wide.",
                                    table->name.name, table->columns.size(), role_name(role), threshold);
        f.current_benefit = "Everything about the row is read in one place.";
        f.risk = "Every update writes a whole new row version; rows that fill pages slowly hurt scans; wide "
                 "tables usually mix several concerns that change at different rates.";
        f.breaking_point = fmt::format("Costs grow with update volume on {}.", context.table_with_rows(*table));
        Alternative a;
        a.description = "Split rarely read or often updated column groups into 1:1 side tables keyed by the primary key.";
        a.trade_off = "Joins for the moved columns; narrower hot rows.";
        a.effort = Effort::high;
        f.alternatives.push_back(std::move(a));
        f.confidence = 0.6;
        f.evidence.set("columns", json::Value::integer(static_cast<std::int64_t>(table->columns.size())));
        f.evidence.set("threshold", json::Value::integer(static_cast<std::int64_t>(threshold)));
        out.push_back(std::move(f));
    }
}

}  // namespace

extern const Rule rule_repeating_group{
    "repeating_group", Category::normalization,
    "Numbered columns holding the same kind of value (pattern repeating_group); info at most for a pair.",
    {{workload(Workload::olap), Severity::info}, {otherwise(), Severity::warning}},
    check_repeating_group};

extern const Rule rule_eav{
    "eav", Category::normalization, "An entity-attribute-value table (role or pattern eav).",
    {{evolution_at_least(EvolutionRate::high), Severity::info},
     {any_of({workload(Workload::oltp), consistency(Consistency::strong)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_eav};

extern const Rule rule_denormalized_copy{
    "denormalized_copy", Category::normalization,
    "Columns <ref>_<col> beside a single-column foreign key <ref>_id whose parent has columns <col> of the same "
    "type category, one finding per reference; info at most on a document/line table (a quantity, price, "
    "amount or total: a snapshot is likely).",
    {{any_of({workload(Workload::olap), consistency(Consistency::eventual)}), Severity::info},
     {all_of({workload(Workload::oltp), consistency(Consistency::strong)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_denormalized_copy};

extern const Rule rule_all_nullable{
    "all_nullable", Category::normalization,
    "At least four non-key columns, every one nullable (not settings/preferences tables, not tables of mostly "
    "timestamps and flags, not raw landing tables of nullable text loaded as it comes).",
    {{any_of({workload(Workload::olap), consistency(Consistency::eventual)}), Severity::info},
     {otherwise(), Severity::warning}},
    check_all_nullable};

extern const Rule rule_wide_table{
    "wide_table", Category::normalization,
    "More columns than the role allows (entity 30, fact/snapshot 40, dimension 60, lookup/junction/config 15), "
    "x1.5 for mixed and x2 for OLAP workloads.",
    {{all_of({workload(Workload::oltp), writes_at_least(WriteFrequency::high)}), Severity::warning},
     {otherwise(), Severity::info}},
    check_wide_table};

}  // namespace flaqes
