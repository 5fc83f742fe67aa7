// Role-aware rules: what a table's role (fact, event log, SCD2) demands that its design lacks.
#include <algorithm>

#include <fmt/format.h>

#include "core/analyze/ddl.hpp"
#include "core/analyze/rule.hpp"
#include "core/analyze/table_facts.hpp"
#include "core/catalog/schema_graph_json.hpp"

namespace flaqes {
namespace {

using namespace when;

double role_confidence(const AnalysisContext& context, const Table& table) {
    const TableRole* role = context.role(table.oid);
    return role != nullptr ? role->best.confidence : 0.5;
}

void check_fact_without_dimension_fk(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        if (!context.plays(table->oid, Role::fact) || context.has_foreign_keys(*table)) continue;
        Finding f = finding_on(*table);
        f.description = fmt::format("{} looks like a fact table but references no dimension through a foreign key.",
                                    table->name.name);
        f.current_benefit = "Loads need no lookups and can run in any order.";
        f.risk = "Measures can point at dimension rows that do not exist; reports silently drop or mislabel them.";
        f.breaking_point = fmt::format("Breaks at the first load with an unknown key into {}.", context.table_with_rows(*table));
        Alternative a;
        a.description = "Declare foreign keys from the dimension key columns (NOT VALID first on a loaded table).";
        a.trade_off = "Each load checks the dimensions; warehouses that skip this validate in the load job instead.";
        a.effort = Effort::medium;
        f.alternatives.push_back(std::move(a));
        f.confidence = role_confidence(context, *table);
        f.evidence = context.role_evidence(table->oid);
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
void check_event_log_updated(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const Role role = context.confident_role(table->oid);
        const TableStats& stats = context.activity(*table);
        const std::int64_t updates = stats.updates.value_or(0);
        const std::int64_t deletes = stats.deletes.value_or(0);
        const bool log = context.plays(table->oid, Role::event_log) || context.plays(table->oid, Role::audit_log);
        if (!log || updates + deletes == 0) continue;
        Finding f = finding_on(*table);
        f.description = fmt::format("{} is an {} yet has seen {} updates and {} deletes.", table->name.name,
                                    role_name(role), ddl::count(updates), ddl::count(deletes));
        f.current_benefit = "Mistakes can be corrected in place.";
        f.risk = "History that changes is not history: replays, audits and downstream consumers see a past that "
                 "was rewritten.";
        f.breaking_point = fmt::format("Already happening: {} rows inserted, {} changed or removed.",
                                       ddl::count(stats.inserts.value_or(0)), ddl::count(updates + deletes));
        Alternative a;
        a.description = "Make the table append-only: corrections become new events.";
        a.trade_off = "Fixing a bad row means writing a compensating one; retention deletes need a role that "
                      "bypasses the trigger (or partition dropping).";
        a.effort = Effort::low;
        const QualifiedName guard{table->name.schema, table->name.name + "_append_only"};
        a.example_ddl = fmt::format(
            "CREATE FUNCTION {0}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;\nEND\n$$;\n"
            "CREATE TRIGGER {1} BEFORE UPDATE OR DELETE ON {2} FOR EACH ROW EXECUTE FUNCTION {0}();",
            guard.sql(), quote_ident(guard.name), table->name.sql());
        f.alternatives.push_back(std::move(a));
        f.confidence = role_confidence(context, *table);
        f.evidence = context.role_evidence(table->oid);
        f.evidence.set("updates", json::Value::integer(updates));
        f.evidence.set("deletes", json::Value::integer(deletes));
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// The validity period and business key of an SCD2 table, from its pattern.
struct Scd2Shape {
    const Column* from = nullptr;
    const Column* to = nullptr;
    const Column* current_flag = nullptr;
    std::vector<std::string> key;  // the entity the versions belong to
};

std::optional<Scd2Shape> scd2_shape(const AnalysisContext& context, const Table& table) {
    const PatternMatch* p = context.pattern(table.oid, "scd2");
    if (p == nullptr || p->columns.size() < 2) return std::nullopt;  // a single range column: not this shape
    // The pattern lists valid_from, valid_to, then the current flag if any.
    Scd2Shape shape;
    shape.from = table.column(p->columns[0]);
    shape.to = table.column(p->columns[1]);
    shape.current_flag = p->columns.size() > 2 ? table.column(p->columns[2]) : nullptr;
    if (shape.from == nullptr || shape.to == nullptr) return std::nullopt;
    for (const ForeignKey& fk : table.foreign_keys) {
        if (fk.ref_oid != table.oid) {
            shape.key = fk.columns;
            break;
        }
    }
    return shape;
}

std::string range_type(const Column& c) {
    if (c.type == "date") return "daterange";
    return c.type.find("with time zone") != std::string::npos ? "tstzrange" : "tsrange";
}

void check_scd2_overlap(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const auto shape = scd2_shape(context, *table);
        if (!shape || !table->exclusion_constraints.empty()) continue;
        Finding f = finding_on(*table, shape->from->name + "," + shape->to->name);
        f.columns = {shape->from->name, shape->to->name};
        f.description = fmt::format("SCD2 versions of {} ({} to {}) may overlap: no exclusion constraint prevents it.",
                                    table->name.name, shape->from->name, shape->to->name);
        f.current_benefit = "Versions are written with plain inserts and updates, no range types or extensions.";
        f.risk = "Two versions valid at the same instant make as-of queries return two rows and joins double-count.";
        f.breaking_point = "Breaks at the first concurrent or retroactive change to the same entity.";
        Alternative a;
        a.description = "Exclude overlapping periods per entity with a GiST exclusion constraint.";
        a.trade_off = "Needs the btree_gist extension for the equality part; every insert probes the GiST index.";
        a.effort = Effort::low;
        if (!shape->key.empty()) {
            std::vector<std::string> parts;
            for (const std::string& k : shape->key) parts.push_back(quote_ident(k) + " WITH =");
            a.example_ddl = fmt::format(
                "CREATE EXTENSION IF NOT EXISTS btree_gist;\n"
                "ALTER TABLE {} ADD CONSTRAINT {} EXCLUDE USING gist ({}, {}({}, {}) WITH &&);",
                table->name.sql(), ddl::object_name(*table, {}, "no_overlap"), fmt::join(parts, ", "),
                range_type(*shape->from), quote_ident(shape->from->name), quote_ident(shape->to->name));
        }
        f.alternatives.push_back(std::move(a));
        f.confidence = context.pattern(table->oid, "scd2")->confidence;
        f.evidence.set("key", jsonv::strings(shape->key));
        out.push_back(std::move(f));
    }
}

// An index that finds the current version: keyed on (or filtered by) the open end or the flag.
bool has_current_row_index(const Table& table, const Scd2Shape& shape) {
    std::vector<std::string> markers = {shape.to->name};
    if (shape.current_flag != nullptr) markers.push_back(shape.current_flag->name);
    return std::any_of(table.indexes.begin(), table.indexes.end(), [&](const Index& ix) {
        if (!ix.valid) return false;
        const bool filtered = ix.predicate && std::any_of(markers.begin(), markers.end(), [&](const std::string& m) {
                                  return ix.predicate->find(m) != std::string::npos;
                              });
        const bool keyed = std::any_of(ix.keys.begin(), ix.keys.end(), [&](const IndexKey& k) {
            return std::find(markers.begin(), markers.end(), k.column) != markers.end();
        });
        return filtered || keyed;
    });
}

void check_scd2_current_row_index(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const auto shape = scd2_shape(context, *table);
        if (!shape || has_current_row_index(*table, *shape)) continue;
        Finding f = finding_on(*table, shape->to->name);
        f.columns = {shape->to->name};
        f.description = fmt::format("No index finds the current version of a {} row ({} IS NULL{}).", table->name.name,
                                    shape->to->name,
                                    shape->current_flag != nullptr ? " or " + shape->current_flag->name : "");
        f.current_benefit = "One index fewer to maintain when versions are closed.";
        f.risk = "Current-row lookups, the most common query on an SCD2 table, read every version of the entity "
                 "or scan the table.";
        f.breaking_point = fmt::format("Costs grow with the number of versions: {}.", context.table_with_rows(*table));
        if (!shape->key.empty()) {
            Alternative a;
            a.description = "A partial unique index on the key over current rows: fast lookups, and at most one "
                            "current version per entity.";
            a.trade_off = "Closing a version and opening the next must happen in that order (or in one UPDATE ... "
                          "INSERT transaction with the index deferred by design).";
            a.effort = Effort::low;
            a.example_ddl = fmt::format("CREATE UNIQUE INDEX {} ON {} ({}) WHERE {} IS NULL;",
                                        ddl::object_name(*table, shape->key, "current_idx"), table->name.sql(),
                                        ddl::columns(shape->key), quote_ident(shape->to->name));
            f.alternatives.push_back(std::move(a));
        }
        f.confidence = context.pattern(table->oid, "scd2")->confidence;
        f.evidence.set("key", jsonv::strings(shape->key));
        out.push_back(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------------
// The column that orders an append-mostly table in time: the first NOT NULL date/timestamp.
const Column* time_column(const Table& table) {
    const auto it = std::find_if(table.columns.begin(), table.columns.end(),
                                 [](const Column& c) { return c.not_null && is_temporal(c); });
    return it == table.columns.end() ? nullptr : &*it;
}

constexpr double large_table_rows = 10'000'000;
constexpr double modest_table_rows = 1'000'000;

void check_fact_partitioning(const AnalysisContext& context, std::vector<Finding>& out) {
    for (const Table* table : context.tables()) {
        const Role role = context.confident_role(table->oid);
        const bool append_mostly = context.plays(table->oid, Role::fact) || context.plays(table->oid, Role::event_log) ||
                                   context.plays(table->oid, Role::audit_log);
        if (!append_mostly ||
            table->kind == RelKind::partitioned_table) {
            continue;
        }
        const Column* time = time_column(*table);
        if (time == nullptr) continue;
        const bool has_brin = std::any_of(table->indexes.begin(), table->indexes.end(), [&](const Index& ix) {
            return ix.method == "brin" && !ix.keys.empty() && ix.keys.front().column == time->name;
        });
        if (has_brin) continue;
        Finding f = finding_on(*table, time->name);
        f.columns = {time->name};
        f.description = fmt::format("{} ({}) is neither partitioned nor BRIN-indexed by {}.", table->name.name,
                                    role_name(role), time->name);
        f.current_benefit = "One table: no partition maintenance, every index global.";
        f.risk = "Range scans over recent data and retention deletes touch the whole table and its indexes; "
                 "vacuum and index builds grow with all history.";
        const auto rows = context.rows(*table);
        f.breaking_point = rows
                               ? fmt::format("At ~{} rows now; partitioning pays off from tens of millions of rows or "
                                             "when old data is dropped in bulk.", ddl::count(*rows))
                               : "Pays off from tens of millions of rows or when old data is dropped in bulk.";
        Alternative brin;
        brin.description = fmt::format("A BRIN index on {}: tiny, and enough for time-range scans on append-ordered data.",
                                       time->name);
        brin.trade_off = "Only useful while rows arrive roughly in time order; lossy, so each match rechecks a block range.";
        brin.effort = Effort::low;
        brin.example_ddl = fmt::format("CREATE INDEX {} ON {} USING brin ({});", ddl::object_name(*table, {time->name}, "brin"),
                                       table->name.sql(), quote_ident(time->name));
        f.alternatives.push_back(std::move(brin));
        Alternative partition;
        partition.description = fmt::format("Range-partition by {} (monthly, say), then move the data over.", time->name);
        partition.trade_off = "Primary and unique keys must include the partition column; partitions must be created "
                              "ahead of time; retention becomes DROP TABLE of a partition.";
        partition.effort = Effort::high;
        partition.example_ddl = fmt::format("CREATE TABLE {} (LIKE {} INCLUDING DEFAULTS INCLUDING CONSTRAINTS) "
                                            "PARTITION BY RANGE ({});",
                                            // Cut to 63 bytes as Postgres would, or a long name collides with itself.
                                            quote_ident(table->name.schema) + "." +
                                                ddl::object_name(*table, {}, "partitioned"),
                                            table->name.sql(), quote_ident(time->name));
        f.alternatives.push_back(std::move(partition));
        f.confidence = role_confidence(context, *table);
        if (rows && *rows >= large_table_rows) f.floor = Severity::warning;
        if (rows && *rows > 0 && *rows < modest_table_rows) f.cap = Severity::info;
        f.evidence = context.role_evidence(table->oid);
        f.evidence.set("row_estimate", jsonv::opt_number(rows));
        out.push_back(std::move(f));
    }
}

}  // namespace

extern const Rule rule_fact_without_dimension_fk{
    "fact_without_dimension_fk", Category::consistency, "A table whose role is fact with no foreign key at all.",
    {{workload(Workload::olap), Severity::info}, {otherwise(), Severity::warning}},
    check_fact_without_dimension_fk};

extern const Rule rule_event_log_updated{
    "event_log_updated", Category::consistency,
    "An event or audit log (by role) whose statistics show updates or deletes.",
    {{consistency(Consistency::eventual), Severity::info}, {otherwise(), Severity::warning}},
    check_event_log_updated};

extern const Rule rule_scd2_overlap{
    "scd2_overlap", Category::consistency,
    "An SCD2 table (pattern scd2) with validity columns and no exclusion constraint against overlaps.",
    {{any_of({workload(Workload::olap), consistency(Consistency::eventual)}), Severity::info},
     {otherwise(), Severity::warning}},
    check_scd2_overlap};

extern const Rule rule_scd2_current_row_index{
    "scd2_current_row_index", Category::performance,
    "An SCD2 table with no index keyed on, or filtered by, the open end of the period or the current flag.",
    {{reads(ReadPattern::point_lookup), Severity::warning}, {otherwise(), Severity::info}},
    check_scd2_current_row_index};

extern const Rule rule_fact_partitioning{
    "fact_partitioning", Category::performance,
    "A fact, event or audit table with a NOT NULL time column, neither partitioned nor BRIN-indexed on it, at a "
    "large declared volume (warning from 10M estimated rows, info below 1M).",
    {{volume_at_least(DataVolume::massive), Severity::warning},
     {all_of({workload(Workload::olap), volume_at_least(DataVolume::large)}), Severity::warning},
     {volume_at_least(DataVolume::large), Severity::info},
     {otherwise(), omitted}},
    check_fact_partitioning};

}  // namespace flaqes
