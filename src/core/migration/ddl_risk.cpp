#include "core/migration/ddl_risk.hpp"

#include <fmt/format.h>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

namespace {

constexpr std::int64_t large_rows = 1000000;
constexpr std::int64_t large_bytes = std::int64_t(1) << 30;

// "1,234,567"
std::string grouped(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ",");
    return n < 0 ? "-" + digits : digits;
}

std::string bytes_text(std::int64_t bytes) {
    const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024.0 && unit < 4) {
        value /= 1024.0;
        ++unit;
    }
    return unit == 0 ? fmt::format("{} bytes", bytes) : fmt::format("{:.0f} {}", value, units[unit]);
}

// "public.orders (about 3,000 rows, 208 kB)" / "(never analyzed, 0 bytes; data_volume large)"
std::string numbers(const TableState& t, const Intent& intent) {
    if (t.rows) return fmt::format("{} (about {} rows, {})", t.name, grouped(*t.rows), bytes_text(t.size_bytes));
    return fmt::format("{} (never analyzed, {} now; the intent declares data_volume {})", t.name,
                       bytes_text(t.size_bytes), data_volume_name(intent.data_volume));
}

bool declared_large(const Intent& intent) {
    return intent.data_volume == DataVolume::large || intent.data_volume == DataVolume::massive;
}

// A blocking lock held while the whole table is read or written.
bool long_operation(const std::string& rule) {
    return rule == ddl_risk::column_type_rewrite || rule == ddl_risk::add_column_rewrite ||
           rule == ddl_risk::table_rewrite || rule == ddl_risk::set_not_null_scan ||
           rule == ddl_risk::check_validation_scan || rule == ddl_risk::foreign_key_validation_scan ||
           rule == ddl_risk::index_build_blocks_writes || rule == ddl_risk::unique_constraint_build;
}

std::optional<Severity> severity_of(const RiskFact& f, const Intent& intent) {
    if (f.table.created_in_migration) return std::nullopt;
    if (f.rule == ddl_risk::outside_transaction || f.rule == ddl_risk::enum_add_value) return Severity::info;
    if (f.rule == ddl_risk::enum_rename_value) return Severity::warning;
    const TableSizeClass size = size_class(f.table);
    if (f.rule == ddl_risk::dependent_objects) {
        // A dependent object is evidence of a reader; without one, clients may read the name of a
        // table with rows, and a rename breaks them as surely as a drop.
        if (f.dependents.empty() && size == TableSizeClass::empty) return std::nullopt;
        return Severity::warning;
    }
    if (size == TableSizeClass::empty) return std::nullopt;
    if (!long_operation(f.rule)) return Severity::warning;
    if (size == TableSizeClass::large) return Severity::critical;
    if (size == TableSizeClass::unknown && declared_large(intent)) return Severity::critical;
    return Severity::warning;
}

std::string constraint_name(const RiskFact& f) { return quote_ident(f.object); }

std::string what_happens(const RiskFact& f, const Intent& intent) {
    const std::string table = numbers(f.table, intent);
    const std::string& lock = f.lock;
    if (f.rule == ddl_risk::column_type_rewrite) {
        return fmt::format("Changing the type of column {} to {} rewrites {} and rebuilds its indexes under an {} lock: "
                           "no reads or writes of the table until it ends.", f.object, f.type, table, lock);
    }
    if (f.rule == ddl_risk::add_column_rewrite) {
        return fmt::format("Adding column {} with the volatile default {} rewrites {} under an {} lock: no reads or "
                           "writes of the table until every row has its value.", f.object, f.expression, table, lock);
    }
    if (f.rule == ddl_risk::table_rewrite) {
        return fmt::format("The statement rewrites {} under an {} lock: no reads or writes of the table until it ends.",
                           table, lock);
    }
    if (f.rule == ddl_risk::set_not_null_scan) {
        return fmt::format("SET NOT NULL on column {} scans all of {} under an {} lock, as no validated "
                           "CHECK ({} IS NOT NULL) proves it first.", f.object, table, lock, quote_ident(f.object));
    }
    if (f.rule == ddl_risk::check_validation_scan) {
        return fmt::format("Adding CHECK constraint {} without NOT VALID scans all of {} under an {} lock.", f.object,
                           table, lock);
    }
    if (f.rule == ddl_risk::foreign_key_validation_scan) {
        return fmt::format("Adding foreign key {} without NOT VALID scans all of {} while it and {} are locked ({}) "
                           "against writes.", f.object, table,
                           f.referenced ? f.referenced->name : std::string("the referenced table"), lock);
    }
    if (f.rule == ddl_risk::index_build_blocks_writes) {
        return fmt::format("Building index {} without CONCURRENTLY reads all of {} under a {} lock: no writes to the "
                           "table until the build ends.", f.object, table, lock);
    }
    if (f.rule == ddl_risk::drop_index_blocks) {
        return fmt::format("Dropping index {} without CONCURRENTLY takes an {} lock on {}: it waits for every running "
                           "query of the table, and every query that comes after waits for it.", f.object, lock, table);
    }
    if (f.rule == ddl_risk::unique_constraint_build) {
        return fmt::format("Adding constraint {} directly builds its unique index on {} under an {} lock: no reads or "
                           "writes of the table until the build ends.", f.object, table, lock);
    }
    if (f.rule == ddl_risk::dependent_objects) {
        std::string list;
        for (const std::string& d : f.dependents) list += (list.empty() ? "" : ", ") + d;
        const std::string what = f.type == "table" ? fmt::format("table {}", f.table.name)
                                                   : fmt::format("column {} of {}", f.object, f.table.name);
        if (f.drop && !f.dependents.empty()) {
            return fmt::format("Dropping {} with CASCADE also drops what depends on it: {}.", what, list);
        }
        if (f.drop) {
            return fmt::format("Dropping {} breaks every client, function and query text that still uses it.", what);
        }
        if (f.dependents.empty()) {
            return fmt::format("Renaming {} breaks every client, function and query text that uses the old name.", what);
        }
        return fmt::format("Renaming {} breaks every client, function and query text that uses the old name; these "
                           "depend on it (they follow the rename, their readers may not): {}.", what, list);
    }
    if (f.rule == ddl_risk::enum_add_value) {
        return fmt::format("Value {} added to enum {} cannot be used in the transaction that adds it: a later statement "
                           "of the same migration (a default, a CHECK, an UPDATE) that uses it fails at deploy.",
                           f.object, f.table.name);
    }
    if (f.rule == ddl_risk::enum_rename_value) {
        return fmt::format("Renaming value {} of enum {} breaks every reader, function and client that still uses the "
                           "old label.", f.object, f.table.name);
    }
    return f.note;
}

Alternative alternative(std::string description, std::string trade_off, Effort effort,
                        std::optional<std::string> ddl = std::nullopt) {
    return {std::move(description), std::move(trade_off), effort, std::move(ddl)};
}

std::vector<Alternative> alternatives_for(const RiskFact& f, const std::string& statement) {
    const std::string& t = f.table.name;
    const std::string column = quote_ident(f.object);
    if (f.rule == ddl_risk::column_type_rewrite) {
        const std::string fresh = quote_ident(f.object + "_new");
        return {alternative("Add a column of the new type, backfill it in batches, switch readers and writers to it, "
                            "then drop the old column.",
                            "Several deploys, and the application writes both columns meanwhile.", Effort::high,
                            fmt::format("ALTER TABLE {0} ADD COLUMN {1} {2};\n-- backfill in batches: UPDATE {0} SET "
                                        "{1} = {3} WHERE ... ;", t, fresh, f.type, column))};
    }
    if (f.rule == ddl_risk::add_column_rewrite) {
        return {alternative("Add the column without a default, set the default for new rows, then backfill existing "
                            "rows in batches.", "The backfill is a separate step; a constant default never rewrites.",
                            Effort::medium,
                            fmt::format("ALTER TABLE {0} ADD COLUMN {1} {2};\nALTER TABLE {0} ALTER COLUMN {1} SET DEFAULT "
                                        "{3};\n-- backfill in batches: UPDATE {0} SET {1} = {3} WHERE {1} IS NULL AND ... ;",
                                        t, column, f.type, f.expression))};
    }
    if (f.rule == ddl_risk::set_not_null_scan) {
        const std::string check = quote_ident(f.object + "_not_null");
        return {alternative("Prove the column has no NULLs with a CHECK added NOT VALID and validated without blocking "
                            "writes; SET NOT NULL then skips its scan.", "Four statements instead of one.", Effort::low,
                            fmt::format("ALTER TABLE {0} ADD CONSTRAINT {1} CHECK ({2} IS NOT NULL) NOT VALID;\n"
                                        "ALTER TABLE {0} VALIDATE CONSTRAINT {1};\nALTER TABLE {0} ALTER COLUMN {2} SET "
                                        "NOT NULL;\nALTER TABLE {0} DROP CONSTRAINT {1};", t, check, column))};
    }
    if (f.rule == ddl_risk::check_validation_scan || f.rule == ddl_risk::foreign_key_validation_scan) {
        return {alternative("Add the constraint NOT VALID (it holds for new rows at once), then validate it in a "
                            "separate statement that lets reads and writes go on.",
                            "Existing rows are checked only when VALIDATE runs.", Effort::low,
                            fmt::format("{} NOT VALID;\nALTER TABLE {} VALIDATE CONSTRAINT {};", statement, t,
                                        constraint_name(f)))};
    }
    if (f.rule == ddl_risk::index_build_blocks_writes || f.rule == ddl_risk::drop_index_blocks) {
        return {alternative("Use CONCURRENTLY, outside a transaction block: writes go on meanwhile.",
                            "Slower, cannot run inside a transaction; a failed build leaves an INVALID index to drop.",
                            Effort::low, f.safe_statement.empty() ? std::nullopt
                                                                  : std::optional<std::string>(f.safe_statement + ";"))};
    }
    if (f.rule == ddl_risk::unique_constraint_build) {
        std::string cols;
        for (const std::string& c : f.columns) cols += (cols.empty() ? "" : ", ") + quote_ident(c);
        const std::string name = constraint_name(f);
        // Inline in ADD COLUMN: the column comes first, without the constraint.
        const std::string add = f.added_column ? fmt::format("ALTER TABLE {} ADD COLUMN {} {};\n", t, cols, f.expression)
                                               : std::string();
        return {alternative("Build the unique index CONCURRENTLY first, then attach it as the constraint: the lock is "
                            "taken only for the catalog update.", "Two statements, the first outside a transaction block.",
                            Effort::low,
                            fmt::format("{4}CREATE UNIQUE INDEX CONCURRENTLY {0} ON {1} ({2});\nALTER TABLE {1} ADD "
                                        "CONSTRAINT {0} {3} USING INDEX {0};", name, t, cols,
                                        f.type.empty() ? "UNIQUE" : f.type, add))};
    }
    if (f.rule == ddl_risk::dependent_objects && f.drop) {
        return {alternative("Stop every reader first: change the dependents and deploy the clients that no longer use "
                            "it, then drop it in a later migration.",
                            "Two deploys; the data stays until the second.", Effort::medium)};
    }
    if (f.rule == ddl_risk::dependent_objects) {
        return {alternative("Change the dependents and clients first (or in the same deploy), or keep the old name "
                            "readable for a while: a view with the old name over the renamed object.",
                            "A transition period with both names.", Effort::medium)};
    }
    if (f.rule == ddl_risk::enum_add_value) {
        return {alternative("Add the enum value in its own migration, committed before any statement uses it.",
                            "One more migration.", Effort::low)};
    }
    if (f.rule == ddl_risk::enum_rename_value) {
        return {alternative("Add the new value, move the rows to it in batches, update readers, and stop using the old "
                            "label before it goes.", "Enum values cannot be dropped: the old label stays.", Effort::medium)};
    }
    if (f.rule == ddl_risk::table_rewrite) {
        return {alternative("Build the new shape beside the table (a new table or column), copy in batches, then swap.",
                            "More steps and a swap to coordinate.", Effort::high)};
    }
    return {};
}

}  // namespace

TableSizeClass size_class(const TableState& table) {
    if (!table.rows) return table.size_bytes >= large_bytes ? TableSizeClass::large : TableSizeClass::unknown;
    if (*table.rows >= large_rows || table.size_bytes >= large_bytes) return TableSizeClass::large;
    if (*table.rows == 0 && table.size_bytes == 0) return TableSizeClass::empty;
    return TableSizeClass::small;
}

std::optional<DdlReviewRow> judge_risk(const RiskFact& fact, int line, const std::string& statement,
                                       const Intent& intent) {
    const std::optional<Severity> severity = severity_of(fact, intent);
    if (!severity) return std::nullopt;
    const std::string id = fmt::format("{}:{}({})", fact.rule, fact.table.name, fact.object);
    for (const std::string& ignored : intent.ignore) {
        if (ignored == id || ignored == fact.rule) return std::nullopt;
    }
    const bool is_table = fact.rule != ddl_risk::enum_add_value && fact.rule != ddl_risk::enum_rename_value &&
                          !fact.table.name.empty();
    DdlReviewRow row;
    row.line = line;
    row.statement = statement;
    row.kind = "risk";
    row.rule = fact.rule;
    row.severity = *severity;
    row.table_name = is_table ? fact.table.name : std::string();
    row.id = id;
    if (!fact.lock.empty()) row.lock = fact.lock;
    if (is_table) {
        row.rows_estimate = fact.table.rows;
        row.size_bytes = fact.table.size_bytes;
    }
    row.description = what_happens(fact, intent);
    row.alternatives = alternatives_for(fact, statement);
    return row;
}

}  // namespace flaqes
