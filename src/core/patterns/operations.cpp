// Patterns of how an application runs on its tables rather than what they model: job queues,
// framework bookkeeping (migration ledgers, framework metadata), partition templates, and
// documents that copy values at issue time.
#include <algorithm>

#include "core/patterns/detectors.hpp"

namespace flaqes {
namespace {

bool any_word(const std::string& s, std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return s.find(w) != std::string::npos; });
}

// Columns of the table that copy a non-key column of the table a foreign key references:
// the same numeric column (unit_price beside track_id, track.unit_price) or the reference's prefix
// (customer_name beside customer_id, customer.name), with the same type category.
std::vector<std::pair<std::string, std::string>> copied_columns(const TableFacts& f) {
    std::vector<std::pair<std::string, std::string>> out;  // (column, source table.column)
    for (const ForeignKey& fk : f.table.foreign_keys) {
        const Table* parent = f.graph.graph().table(fk.ref_oid);
        if (parent == nullptr || parent == &f.table || fk.columns.size() != 1) continue;
        const std::string& ref = fk.columns.front();
        const std::string prefix = ends_with(ref, "_id") ? ref.substr(0, ref.size() - 2) : std::string();
        for (const Column& c : f.table.columns) {
            if (f.in_foreign_key(c) || f.in_primary_key(c) || f.is_audit_column(c)) continue;
            // The same name counts for prices and rates only: two tables of people both have a
            // first_name without one copying the other.
            const Column* source = is_numeric(c) ? parent->column(c.name) : nullptr;
            if (source == nullptr && !prefix.empty() && starts_with(c.name, prefix)) {
                source = parent->column(c.name.substr(prefix.size()));
            }
            if (source == nullptr || source->type_category != c.type_category ||
                std::find(fk.ref_columns.begin(), fk.ref_columns.end(), source->name) != fk.ref_columns.end() ||
                (parent->primary_key && std::find(parent->primary_key->columns.begin(),
                                                  parent->primary_key->columns.end(),
                                                  source->name) != parent->primary_key->columns.end())) {
                continue;
            }
            out.emplace_back(c.name, parent->name.name + "." + source->name);
        }
    }
    return out;
}

// A date that issues the document: not bookkeeping, not a validity bound.
bool dated_document(const TableFacts& f, const Table& t) {
    const TableFacts doc(f.graph, t);
    return !doc.dated_by().empty();
}

}  // namespace

void job_queue(const TableFacts& f, Matches& out) {
    std::vector<std::string> timing, bookkeeping;
    for (const Column& c : f.table.columns) {
        const std::string& n = f.snake_of(c);
        if (named(n, {"run_at", "scheduled_at", "scheduled_for", "available_at", "visible_at", "locked_at",
                      "locked_until", "reserved_at", "lease_expires_at", "lease_until", "next_attempt_at",
                      "retry_after", "requeue_after", "claimed_at", "picked_at", "not_before"})) {
            timing.push_back(c.name);
        } else if (named(n, {"attempts", "attempt", "max_attempts", "retry_count", "retries", "error_count",
                             "locked_by", "claimed_by", "queue", "queue_name", "last_error", "failed_at",
                             "priority", "worker_id", "heartbeat_at", "finished_at", "completed_at"})) {
            bookkeeping.push_back(c.name);
        }
    }
    // One scheduling time and a retry or lock column; an appointment's scheduled_at alone is none.
    if (timing.empty() || timing.size() + bookkeeping.size() < 3) return;
    std::vector<std::string> columns = timing;
    columns.insert(columns.end(), bookkeeping.begin(), bookkeeping.end());
    out.push_back(pattern_match(
        f, "job_queue", columns,
        Signals()
            .add("scheduling_time", 0.45, "when a job may run or until when it is taken (" + timing.front() + ")")
            .add("delivery_bookkeeping", std::min(0.15 * double(columns.size() - 1), 0.45),
                 std::to_string(columns.size() - 1) + " more columns of retries, locks or queues"),
        evidence_of({{"timing", texts(timing)}, {"bookkeeping", texts(bookkeeping)}})));
}

// The tables a framework keeps for itself: a ledger of applied migrations (schema_migrations,
// _prisma_migrations, __diesel_schema_migrations, flyway_schema_history, ...) or its own
// key/value metadata (ar_internal_metadata). Recognised by a name family and a shape: standing
// apart from the model (no foreign keys either way), a few columns naming versions or keys.
void framework_bookkeeping(const TableFacts& f, Matches& out) {
    const std::string& n = f.snake;
    const bool ledger_name = any_word(n, {"migration", "schema_version", "schema_history", "db_version",
                                          "schema_info", "alembic_version", "sequelize_meta", "changelog_lock",
                                          "databasechangelog"});
    const bool metadata_name = ends_with(n, "internal_metadata") || ends_with(n, "_meta_data");
    if (!ledger_name && !metadata_name) return;
    if (!f.table.foreign_keys.empty() || !f.graph.referenced_by(f.table.oid).empty() || f.table.columns.size() > 12) {
        return;
    }
    const Column* marker = f.column_named({"version", "migration", "migration_name", "name", "checksum", "version_num",
                                           "installed_rank", "filename", "id", "key", "script"});
    if (marker == nullptr) return;
    const Column* applied = f.column_named({"applied_at", "run_on", "installed_on", "executed_at", "finished_at",
                                            "migrated_at", "inserted_at", "created_at", "dateexecuted", "applied_steps_count",
                                            "batch", "success", "dirty", "value"});
    const bool leading_underscore = !f.table.name.name.empty() && f.table.name.name[0] == '_';
    out.push_back(pattern_match(
        f, "framework_bookkeeping", {marker->name},
        Signals()
            .add(ledger_name ? "migration_ledger_name" : "framework_metadata_name", 0.4,
                 f.table.name.name + " names a " + (ledger_name ? "migration ledger" : "framework's own metadata"))
            .add("stands_apart", 0.2, "no foreign keys to or from the model")
            .add_if(applied != nullptr, "applied_column", 0.2,
                    applied ? applied->name + " records when or how it was applied" : std::string())
            .add_if(leading_underscore, "leading_underscore", 0.1, "a leading underscore marks it as internal"),
        evidence_of({{"kind", text(ledger_name ? "migration ledger" : "framework metadata")},
                     {"marker", text(marker->name)}})));
}

// A table shaped like a partitioned table but not part of it: the template a partition manager
// (pg_partman) copies indexes and settings from: named so, with the same columns and types in the
// same order.
void partition_template(const TableFacts& f, Matches& out) {
    // The name family first: comparing every table with every partitioned table would be quadratic.
    if (f.table.kind != RelKind::table || f.table.partition_parent_oid != 0 ||
        f.snake.find("template") == std::string::npos || !f.graph.referenced_by(f.table.oid).empty()) {
        return;
    }
    for (const Table& t : f.graph.graph().tables) {
        if (t.kind != RelKind::partitioned_table || t.columns.size() != f.table.columns.size()) continue;
        const bool same = std::equal(t.columns.begin(), t.columns.end(), f.table.columns.begin(),
                                     [](const Column& a, const Column& b) {
                                         return a.name == b.name && a.type_oid == b.type_oid;
                                     });
        if (!same) continue;
        const auto rows = f.graph.rows(f.table);
        const bool empty = rows && *rows <= 0 && f.table.stats.analyzed;
        out.push_back(pattern_match(f, "partition_template", {},
                                    Signals()
                                        .add("same_columns", 0.55, "the columns of partitioned table " + t.name.name)
                                        .add("template_name", 0.3, "the name says template")
                                        .add_if(empty, "no_rows", 0.1, "it holds no rows"),
                                    evidence_of({{"partitioned_table", text(t.name.sql())}})));
        return;
    }
}

// Values copied onto a document when it is issued (an invoice line's unit_price from the
// product, an order's customer_name): history as it was, deliberately apart from the master.
void document_snapshot(const TableFacts& f, Matches& out) {
    auto copies = copied_columns(f);
    if (copies.empty()) return;
    // A line of a dated header (invoice_line of invoice) keeps what it copies (from track) as
    // issued. The header is not where the values come from: an order copying its customer's
    // email is no line of the customer.
    std::string header;
    for (const ForeignKey& fk : f.table.foreign_keys) {
        const Table* parent = f.graph.graph().table(fk.ref_oid);
        if (!header.empty() || parent == nullptr || parent == &f.table || !dated_document(f, *parent)) continue;
        const std::string prefix = parent->name.name + ".";
        const bool source = std::any_of(copies.begin(), copies.end(),
                                        [&](const auto& copy) { return starts_with(copy.second, prefix); });
        if (!source) header = parent->name.name;
    }
    // A dated row that is no line keeps prices as issued; a text copy there (an order's
    // customer_email) is as often a denormalization to fix, and denormalized_copy says so.
    if (header.empty()) {
        if (f.dated_by().empty()) return;
        copies.erase(std::remove_if(copies.begin(), copies.end(),
                                    [&](const auto& copy) { return !is_numeric(*f.table.column(copy.first)); }),
                     copies.end());
        if (copies.empty()) return;
    }
    std::vector<std::string> columns, sources;
    for (const auto& [column, source] : copies) {
        columns.push_back(column);
        sources.push_back(source);
    }
    out.push_back(pattern_match(f, "document_snapshot", columns,
                                Signals()
                                    .add("copied_values", 0.5, "copies " + sources.front() +
                                                                   (sources.size() > 1 ? " and more" : ""))
                                    .add_if(header.empty(), "dated_document", 0.25, "the row is dated by " + f.dated_by())
                                    .add_if(!header.empty(), "line_of_dated_document", 0.25,
                                            "a line of " + header + ", which is dated"),
                                evidence_of({{"copies", texts(sources)},
                                             {"document", header.empty() ? json::Value() : text(header)}})));
}

}  // namespace flaqes
