#include "pg/seed_executor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "core/error.hpp"
#include "core/json.hpp"
#include "core/seed/batch.hpp"
#include "core/seed/table_keys.hpp"
#include "pg/seed_arrays.hpp"
#include "pg/seed_statements.hpp"
#include "pg/seed_trigger_filled.hpp"
#include "pg/settings.hpp"
#include "pg/spi.hpp"
#include "pg/statement_cache.hpp"
#include "pg/subtransaction.hpp"

extern "C" {
#include "common/pg_prng.h"
}

namespace flaqes::pg {
namespace {

using seed::ColumnBatch;
using seed::Plan;
using seed::Source;
using seed::TablePlan;
using seed::TableRun;

// Copies the table columns of an SPI result row (from column `first` on) into the tuplestore,
// whose descriptor is the table's row type: dropped columns there are NULL.
void put_row(const RowsOut& out, HeapTuple tuple, TupleDesc source, int first, Datum*& values, bool*& nulls) {
    TupleDesc target = out.desc;
    if (values == nullptr) {
        values = static_cast<Datum*>(palloc(sizeof(Datum) * static_cast<std::size_t>(target->natts)));
        nulls = static_cast<bool*>(palloc(sizeof(bool) * static_cast<std::size_t>(target->natts)));
    }
    int column = first;
    for (int i = 0; i < target->natts; ++i) {
        if (TupleDescAttr(target, i)->attisdropped) {
            values[i] = 0;
            nulls[i] = true;
        } else {
            values[i] = SPI_getbinval(tuple, source, column++, &nulls[i]);
        }
    }
    tuplestore_putvalues(out.store, target, values, nulls);
}

// CONTEXT of any error raised while a statement of the seed runs: which table, and which
// columns come from options.columns sql expressions (their errors name no column themselves).
std::string statement_context(const TablePlan& t, const char* action) {
    std::string text = fmt::format("flaqes: {} {}", action, t.name.sql());
    std::vector<std::string> expressions;
    for (const seed::ColumnPlan& c : t.columns) {
        if (c.source == Source::sql) expressions.push_back(quote_ident(c.name));
    }
    if (!expressions.empty()) text += ", with options.columns sql for " + join(expressions, ", ");
    return text;
}

void add_statement_context(void* text) { errcontext("%s", static_cast<const char*>(text)); }

// Runs f with `context` added to the CONTEXT of any error it raises; inside a pg_call.
template <typename F>
void with_error_context(const std::string& context, F&& f) {
    ErrorContextCallback callback;
    callback.callback = add_statement_context;
    callback.arg = const_cast<char*>(context.c_str());
    callback.previous = error_context_stack;
    error_context_stack = &callback;
    f();
    error_context_stack = callback.previous;
}

// "schema"."constraint" of every foreign key the plan defers with SET CONSTRAINTS: those that
// break a NOT NULL cycle and are not INITIALLY DEFERRED already.
std::vector<std::string> constraints_to_defer(const Plan& plan) {
    std::vector<std::string> out;
    for (const TablePlan& t : plan.tables) {
        for (const seed::Link& l : t.links) {
            if (l.constraint_deferred && !l.initially_deferred) out.push_back(quote_ident(t.name.schema) + "." + quote_ident(l.constraint));
        }
    }
    return out;
}

bool defers_a_constraint(const Plan& plan) {
    for (const TablePlan& t : plan.tables) {
        for (const seed::Link& l : t.links) {
            if (l.constraint_deferred) return true;
        }
    }
    return false;
}

class Runner {
public:
    Runner(const Plan& plan, SeedMode mode, const CallerSettings& caller, RowsOut rows_out)
        : plan_(plan), mode_(mode), caller_(caller), rows_out_(rows_out), runs_(plan.tables.size()) {}

    SeedOutcome run() {
        if (!plan_.refusals.empty()) {
            const seed::Refusal& r = plan_.refusals.front();
            throw Error(sqlstate::object_not_in_prerequisite_state, r.message, r.detail, r.hint);
        }
        batch_context_ = pg_call([] {
            return AllocSetContextCreate(CurrentMemoryContext, "flaqes seed batch", ALLOCSET_DEFAULT_SIZES);
        });
        for (std::size_t ti = 0; ti < plan_.tables.size(); ++ti) {
            if (plan_.tables[ti].reuse) read_reused_rows(ti);
        }
        if (mode_ == SeedMode::script && defers_a_constraint(plan_)) {
            outcome_.script += "-- load in one transaction (e.g. psql -1): a foreign key of a cycle is deferred\n";
        }
        read_offsets();
        // From here on every statement fires the user's code: it runs under the caller's settings.
        const int caller_level = as_caller(caller_, mode_ == SeedMode::script);
        set_constraints("DEFERRED");
        for (std::size_t ti = 0; ti < plan_.tables.size(); ++ti) {
            const TablePlan& t = plan_.tables[ti];
            if (t.reuse) {
                continue;
            } else if (t.statement_group >= 0) {
                insert_group(ti);
            } else if (t.fill_to_capacity) {
                insert_what_fits(ti);
                outcome_.inserted.emplace_back(t.oid, runs_[ti].inserted);
            } else if (t.rows > 0) {
                insert_rows(ti);
                if (t.rows > 0 || t.is_target) outcome_.inserted.emplace_back(t.oid, runs_[ti].inserted);
            } else if (t.is_target) {
                outcome_.inserted.emplace_back(t.oid, 0);
            }
        }
        for (std::size_t ti = 0; ti < plan_.tables.size(); ++ti) {
            if (plan_.tables[ti].has_deferred && runs_[ti].pool.rows() > 0) update_deferred(ti);
        }
        if (mode_ == SeedMode::script) finish_script();
        set_constraints("IMMEDIATE");  // checks the deferred foreign keys now, inside the call
        restore_settings(caller_level);
        MemoryContext context = batch_context_;
        pg_call([&] { MemoryContextDelete(context); });
        return std::move(outcome_);
    }

private:
    void set_constraints(const char* mode) {
        const std::vector<std::string> names = constraints_to_defer(plan_);
        if (names.empty()) return;
        const std::string sql = "SET CONSTRAINTS " + join(names, ", ") + " " + mode;
        if (mode_ == SeedMode::script) outcome_.script += sql + ";\n";
        pg_call([&] {
            const int rc = SPI_execute(sql.c_str(), false, 0);
            if (rc < 0) elog(ERROR, "flaqes: SPI_execute failed: %s", SPI_result_code_string(rc));
        });
    }

    // For every table whose counter must start past what is there: its row count and largest
    // counter values, in one statement (a seed of one row into a chain of three tables ran six
    // statements, half of them these). Counting is skipped where no unique value carries the
    // counter: it reads every index entry, the aborted rows of earlier seeds too (a bench seeding
    // a million orders after a rolled-back million spent 9 % of its time counting them).
    // Test suites seed and roll back thousands of times: the heap fills with aborted rows that a
    // sequential count reads again on every call (measured: 40 % of a seed(..., 1) within
    // seconds), while an index keeps few of them (killed entries are skipped, then removed).
    // Each aggregate is its own subquery so that max reads the end of an index.
    void read_offsets() {
        std::vector<std::string> items;
        std::vector<std::size_t> tables;
        for (std::size_t ti = 0; ti < plan_.tables.size(); ++ti) {
            const TablePlan& t = plan_.tables[ti];
            if (t.reuse || t.rows == 0 || (!t.counter_past_row_count && t.counter_columns.empty())) continue;
            tables.push_back(ti);
            const std::string from = " FROM " + t.name.sql() + ")";
            items.push_back(t.counter_past_row_count ? "(SELECT pg_catalog.count(*)" + from : "0");
            for (const std::string& c : t.counter_columns) {
                items.push_back("(SELECT pg_catalog.max(" + quote_ident(c) + ")" + from + "::pg_catalog.text");
            }
        }
        if (tables.empty()) return;
        const int level = override_settings({{"enable_seqscan", "off"}, {"enable_bitmapscan", "off"}});
        const std::string text =
            single_text(cached_statement("SELECT pg_catalog.json_build_array(" + join(items, ", ") + ")::pg_catalog.text", {}));
        restore_settings(level);
        const json::Value row = json::parse(text);
        std::size_t at = 0;
        for (std::size_t ti : tables) {
            const TablePlan& t = plan_.tables[ti];
            std::int64_t offset = row.items()[at++].as_int64().value_or(0);
            for (std::size_t k = 0; k < t.counter_columns.size(); ++k) {
                const json::Value& max = row.items()[at++];
                if (max.is_null()) continue;
                const auto v = json::Value::number_text(max.as_string()).as_int64();
                if (v && *v >= t.counter_bases[k]) offset = std::max(offset, *v - t.counter_bases[k] + 1);
            }
            runs_[ti].offset = static_cast<std::uint64_t>(offset);
        }
    }

    // The one text value a statement without parameters returns. Not read_only when it must see
    // the rows this call inserted (a read-only statement keeps the snapshot taken before them).
    static std::string single_text(SPIPlanPtr statement, bool read_only = true) {
        const char* text = pg_call([&] {
            const int rc = SPI_execute_plan(statement, nullptr, nullptr, read_only, 1);
            if (rc != SPI_OK_SELECT || SPI_processed != 1) elog(ERROR, "flaqes: SPI_execute_plan failed: %s", SPI_result_code_string(rc));
            return SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1);
        });
        std::string out = text != nullptr ? text : "";
        pg_call([] { SPI_freetuptable(SPI_tuptable); });
        return out;
    }

    void read_reused_rows(std::size_t ti) {
        const TablePlan& t = plan_.tables[ti];
        if (t.returning.empty()) return;
        std::vector<std::string> cols, texts, not_null;
        for (std::size_t k = 0; k < t.returning.size(); ++k) {
            const std::string c = quote_ident(t.returning[k]);
            cols.push_back(c);
            texts.push_back(reused_value_sql("s." + c, t.returning_forms[k]));
            if (!seed::is_time_form(t.returning_forms[k])) not_null.push_back(c + " IS NOT NULL");  // keys
        }
        const std::string sql = "SELECT coalesce(pg_catalog.json_agg(pg_catalog.json_build_array(" + join(texts, ", ") +
                                ")), '[]')::pg_catalog.text FROM (SELECT " + join(cols, ", ") + " FROM " + t.name.sql() +
                                " WHERE " + join(not_null, " AND ") + " ORDER BY " + join(cols, ", ") + " LIMIT 100000) AS s";
        const json::Value rows = json::parse(single_text(cached_statement(sql, {}), false));
        seed::KeyPool& pool = runs_[ti].pool;
        pool.columns.assign(t.returning.size(), {});
        for (std::size_t k = 0; k < t.returning.size(); ++k) pool.columns[k].form = t.returning_forms[k];
        for (const json::Value& r : rows.items()) {
            for (std::size_t k = 0; k < t.returning.size(); ++k) {
                if (r.items()[k].is_null()) {  // a parent's creation time (keys are not NULL)
                    pool.columns[k].push_null();
                    continue;
                }
                const std::string& text = r.items()[k].as_string();
                if (t.returning_forms[k] == seed::ValueForm::text) pool.columns[k].push_text(text);
                else pool.columns[k].push_number(std::stoll(text));
            }
        }
        if (pool.rows() == 0) {
            throw Error(sqlstate::invalid_parameter_value,
                        fmt::format("cannot reuse rows of {}: it has none", t.name.sql()),
                        "options.tables asks to reuse existing parent rows, and the table is empty (or its rows are "
                        "not visible to you).",
                        fmt::format("Remove reuse for {}, so that flaqes creates parent rows.", t.name.name));
        }
    }

    SPIPlanPtr prepare(const std::string& sql, const std::vector<Oid>& param_types, const std::string& context) {
        SPIPlanPtr p = nullptr;
        // Errors of parsing and planning carry the context too; cached_statement's own pg_call
        // restores the error stacks when it fails, and ours is taken off here.
        ErrorContextCallback* const saved = error_context_stack;
        try {
            with_error_context(context, [&] { p = cached_statement(sql, param_types); });
        } catch (...) {
            error_context_stack = saved;
            throw;
        }
        return p;
    }


    // A statement to run on a batch, and what to run instead when it hits a unique or exclusion
    // constraint (the same INSERT with ON CONFLICT DO NOTHING), if anything.
    struct Attempt {
        SPIPlanPtr statement = nullptr;
        SPIPlanPtr on_conflict = nullptr;
        bool conflicted = false;  // set when on_conflict was needed
    };

    static void run_plan(SPIPlanPtr statement, std::vector<Datum>& values, const std::string& context,
                         std::uint64_t& processed, SPITupleTable*& table) {
        pg_call([&] {
            CHECK_FOR_INTERRUPTS();
            int rc = 0;
            with_error_context(context, [&] { rc = SPI_execute_plan(statement, values.data(), nullptr, false, 0); });
            if (rc < 0) elog(ERROR, "flaqes: SPI_execute_plan failed: %s", SPI_result_code_string(rc));
            processed = SPI_processed;
            table = SPI_tuptable;
        });
    }

    // Runs a prepared statement on the batch; returns the rows it processed and keeps what it
    // returns: keys in the pool, rows in the tuplestore, script lines in the script.
    std::uint64_t execute(std::size_t ti, Attempt& attempt, const std::string& context,
                          const std::vector<ColumnBatch>& batches, std::size_t rows, std::size_t pool_columns,
                          bool returns_row, bool returns_script, std::vector<std::string>* script_out) {
        std::vector<Datum> values;
        MemoryContext batch = batch_context_;
        MemoryContext previous = pg_call([&] { return MemoryContextSwitchTo(batch); });
        batch_datums(batches, rows, values);
        std::uint64_t processed = 0;
        SPITupleTable* table = nullptr;
        if (attempt.on_conflict == nullptr) {
            run_plan(attempt.statement, values, context, processed, table);
        } else {
            try {
                in_subtransaction(SubtransactionEnd::release,
                                  [&] { run_plan(attempt.statement, values, context, processed, table); });
            } catch (const PgError& e) {
                const int code = e.data()->sqlerrcode;
                if (code != ERRCODE_UNIQUE_VIOLATION && code != ERRCODE_EXCLUSION_VIOLATION) throw;
                attempt.conflicted = true;
                run_plan(attempt.on_conflict, values, context, processed, table);
            }
        }
        const std::size_t width = pool_columns + (returns_script ? 1 : 0);
        if (table != nullptr && (width > 0 || returns_row)) {
            // Read inside pg_call into preallocated cells, kept in C++ structures outside it.
            struct Cell {
                const char* text = nullptr;  // text columns and script lines; NULL when null
                Datum number = 0;
                bool null = true;
            };
            const std::vector<seed::ValueForm>& forms = plan_.tables[ti].returning_forms;
            std::vector<Cell> cells(static_cast<std::size_t>(processed) * width);
            const bool keep_row = returns_row && rows_out_.store != nullptr;
            Datum* row_values = nullptr;
            bool* row_nulls = nullptr;
            pg_call([&] {
                for (std::uint64_t r = 0; r < processed; ++r) {
                    HeapTuple tuple = table->vals[r];
                    for (std::size_t k = 0; k < width; ++k) {
                        Cell& cell = cells[r * width + k];
                        const int column = static_cast<int>(k + 1);
                        if (k < pool_columns && forms[k] != seed::ValueForm::text) {
                            cell.number = SPI_getbinval(tuple, table->tupdesc, column, &cell.null);
                        } else {
                            cell.text = SPI_getvalue(tuple, table->tupdesc, column);
                            cell.null = cell.text == nullptr;
                        }
                    }
                    if (keep_row) put_row(rows_out_, tuple, table->tupdesc, static_cast<int>(width) + 1, row_values, row_nulls);
                }
            });
            seed::KeyPool& pool = runs_[ti].pool;
            if (pool.columns.size() != pool_columns) {
                pool.columns.assign(pool_columns, {});
                for (std::size_t k = 0; k < pool_columns; ++k) pool.columns[k].form = forms[k];
            }
            for (std::uint64_t r = 0; r < processed; ++r) {
                for (std::size_t k = 0; k < pool_columns; ++k) {
                    const Cell& cell = cells[r * width + k];
                    if (cell.null) {
                        pool.columns[k].push_null();
                    } else if (forms[k] != seed::ValueForm::text) {
                        const std::optional<std::int64_t> number = pool_number(cell.number, forms[k]);
                        if (number) pool.columns[k].push_number(*number);
                        else pool.columns[k].push_null();
                    } else {
                        pool.columns[k].push_text(cell.text);
                    }
                }
                if (returns_script && script_out != nullptr) {
                    // One item per row: a value may hold newlines, so rows are never split on them.
                    const char* line = cells[r * width + pool_columns].text;
                    script_out->emplace_back(line != nullptr ? line : "");
                }
            }
        }
        pg_call([&] {
            SPI_freetuptable(table);
            MemoryContextSwitchTo(previous);
            MemoryContextReset(batch);
        });
        return processed;
    }

    // Where rows may collide with rows already there or being seeded by another session
    // (skip_conflicts), a batch runs as a plain INSERT in a subtransaction first, and only after a
    // unique or exclusion violation as INSERT ... ON CONFLICT DO NOTHING, whose check of every
    // arbiter index before each insert cost a quarter of seeding a table with a unique email. The
    // table's later batches go straight to ON CONFLICT; so do all batches once a call has used
    // 32 subtransactions (a transaction with more than 64 makes other sessions' snapshots slower).
    Attempt insert_attempt(std::size_t ti, const std::string& context) {
        const TablePlan& t = plan_.tables[ti];
        std::vector<Oid> param_types;
        const std::string plain = insert_sql(plan_, ti, mode_, false, param_types);
        if (!t.skip_conflicts) return {prepare(plain, param_types, context)};
        param_types.clear();
        SPIPlanPtr on_conflict = prepare(insert_sql(plan_, ti, mode_, true, param_types), param_types, context);
        if (subtransactions_left_ == 0) return {on_conflict};
        return {prepare(plain, param_types, context), on_conflict};
    }

    void insert_rows(std::size_t ti) {
        const TablePlan& t = plan_.tables[ti];
        TableRun& run = runs_[ti];
        const std::string context = statement_context(t, "inserting into");
        Attempt attempt = insert_attempt(ti, context);
        const bool returns_row = ti == plan_.target && mode_ == SeedMode::rows && !t.has_deferred;
        const bool returns_script = mode_ == SeedMode::script;
        // Rows generated before giving up on CHECKs Postgres evaluates: ten per row asked, and a floor
        // that lets a CHECK passed by one row in a few hundred (an OR of many shapes) still fill a small table.
        const auto limit = static_cast<std::uint64_t>(t.rows) * 10 + 20000;
        std::vector<ColumnBatch> batches;
        std::vector<std::string> values;
        std::int64_t next_progress = plan_.options.progress_every;
        while (run.inserted < t.rows) {
            if (run.generated >= limit) filters_failed(t);
            const std::size_t count = static_cast<std::size_t>(
                std::min<std::int64_t>(plan_.options.batch_size, t.rows - run.inserted));
            seed::generate_batch(plan_, ti, runs_, run.generated, count, batches);
            values.clear();
            if (attempt.on_conflict != nullptr && (attempt.conflicted || subtransactions_left_ == 0)) {
                attempt = {attempt.on_conflict};
            } else if (attempt.on_conflict != nullptr) {
                --subtransactions_left_;
            }
            const std::uint64_t done = execute(ti, attempt, context, batches, count, t.returning.size(),
                                               returns_row, returns_script, &values);
            if (returns_script && done > 0) append_insert_statement(t, values);
            run.inserted += static_cast<std::int64_t>(done);
            run.generated += count;
            if (next_progress > 0 && run.inserted >= next_progress) {
                const std::int64_t inserted = run.inserted, total = t.rows;
                const std::string name = t.name.sql();
                pg_call([&] {
                    ereport(NOTICE, (errmsg("flaqes: %lld of %lld rows into %s", static_cast<long long>(inserted),
                                            static_cast<long long>(total), name.c_str())));
                });
                while (next_progress <= run.inserted) next_progress += plan_.options.progress_every;
            }
        }
    }

    // A parent that holds only a few rows: one batch of them, skipping those already there, then
    // every row of the table (ours and earlier ones) is a parent for the children.
    void insert_what_fits(std::size_t ti) {
        const TablePlan& t = plan_.tables[ti];
        TableRun& run = runs_[ti];
        const std::string context = statement_context(t, "inserting into");
        Attempt attempt = insert_attempt(ti, context);
        if (attempt.on_conflict != nullptr) attempt = {attempt.on_conflict};
        std::vector<seed::ColumnBatch> batches;
        std::vector<std::string> values;
        // The rows it holds are the whole key space: count from its start, not past the rows
        // already there (ON CONFLICT skips those), or a unique list would run out at once.
        run.offset = 0;
        seed::generate_batch(plan_, ti, runs_, 0, static_cast<std::size_t>(t.rows), batches);
        const std::uint64_t done = execute(ti, attempt, context, batches, static_cast<std::size_t>(t.rows),
                                           t.returning.size(), false, mode_ == SeedMode::script, &values);
        if (mode_ == SeedMode::script && done > 0) append_insert_statement(t, values);
        run.inserted = static_cast<std::int64_t>(done);
        run.generated = static_cast<std::uint64_t>(t.rows);
        read_reused_rows(ti);
    }

    // The tables of a NOT NULL cycle (statement group), when the first of them comes up: their
    // rows are generated twice, first for their keys (foreign keys to tables later in the group
    // still NULL), which fill the key pools, then for good; one statement inserts them all, and
    // the foreign key checks at its end find every row.
    void insert_group(std::size_t first) {
        const int group = plan_.tables[first].statement_group;
        if (!groups_done_.insert(group).second) return;  // inserted with an earlier table of the group
        const bool target_in_group = plan_.tables[plan_.target].statement_group == group;
        if (mode_ == SeedMode::script || (mode_ == SeedMode::rows && target_in_group)) {
            throw Error(sqlstate::feature_not_supported,
                        fmt::format("{} through a cycle of NOT NULL foreign keys is not supported",
                                    mode_ == SeedMode::rows ? "flaqes.seed_rows" : "flaqes.seed_sql"),
                        fmt::format("{} and the tables of its cycle are inserted by one statement.", plan_.tables[first].name.sql()),
                        "Use flaqes.seed, then read the rows.");
        }
        std::vector<std::size_t> members;
        for (std::size_t ti = first; ti < plan_.tables.size(); ++ti) {
            if (plan_.tables[ti].statement_group == group) members.push_back(ti);
        }
        for (std::size_t ti : members) draw_sequence_keys(ti);
        std::vector<std::vector<seed::ColumnBatch>> batches(members.size());
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t m = 0; m < members.size(); ++m) {
                const std::size_t ti = members[m];
                seed::generate_batch(plan_, ti, runs_, 0, static_cast<std::size_t>(plan_.tables[ti].rows), batches[m],
                                     pass == 0);
                if (pass == 0) seed::pool_from_batch(plan_, ti, batches[m], runs_[ti].pool);
            }
        }
        std::vector<Oid> param_types;
        const std::string sql = group_insert_sql(plan_, members, param_types);
        const std::string context = statement_context(plan_.tables[first], "inserting the cycle of NOT NULL foreign keys of");
        SPIPlanPtr statement = prepare(sql, param_types, context);
        std::vector<Datum> values;
        MemoryContext batch = batch_context_;
        MemoryContext previous = pg_call([&] { return MemoryContextSwitchTo(batch); });
        for (std::size_t m = 0; m < members.size(); ++m) {
            std::vector<Datum> part;
            batch_datums(batches[m], static_cast<std::size_t>(plan_.tables[members[m]].rows), part);
            values.insert(values.end(), part.begin(), part.end());
        }
        std::uint64_t processed = 0;
        SPITupleTable* table = nullptr;
        run_plan(statement, values, context, processed, table);
        pg_call([&] {
            SPI_freetuptable(table);
            MemoryContextSwitchTo(previous);
            MemoryContextReset(batch);
        });
        for (std::size_t ti : members) {
            runs_[ti].inserted = plan_.tables[ti].rows;
            runs_[ti].generated = static_cast<std::uint64_t>(plan_.tables[ti].rows);
            outcome_.inserted.emplace_back(plan_.tables[ti].oid, runs_[ti].inserted);
        }
    }

    // nextval for every row of a group table whose referenced key comes from a sequence.
    void draw_sequence_keys(std::size_t ti) {
        const TablePlan& t = plan_.tables[ti];
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].source != Source::sequence) continue;
            const SequenceInfo& sequence = *t.table->column(t.columns[i].name)->sequence;
            const std::string sql = fmt::format(
                "SELECT pg_catalog.array_to_string(pg_catalog.array_agg(pg_catalog.nextval({}::pg_catalog.oid::pg_catalog.regclass)), ',') "
                "FROM pg_catalog.generate_series(1, {})",
                sequence.oid, t.rows);
            std::vector<std::int64_t>& keys = runs_[ti].sequence_keys[i];
            keys.clear();
            const std::string text = single_text(cached_statement(sql, {}), false);
            for (std::size_t at = 0; at < text.size();) {
                const std::size_t comma = std::min(text.find(',', at), text.size());
                keys.push_back(std::stoll(text.substr(at, comma - at)));
                at = comma + 1;
            }
        }
    }

    [[noreturn]] void filters_failed(const TablePlan& t) {
        if (t.filter_names.empty()) {
            std::vector<std::string> keys;
            if (t.table != nullptr) {
                for (const std::vector<std::string>& key : seed::unique_keys(*t.table)) {
                    keys.push_back(fmt::format("{} ({})", seed::unique_key_name(*t.table, key), join(key, ", ")));
                }
            }
            const std::string triggers = parent_triggers_naming(t.name.sql());
            if (!triggers.empty()) {
                throw Error(sqlstate::object_not_in_prerequisite_state,
                            fmt::format("cannot seed {}: triggers on its parent tables fill it", t.name.sql()),
                            fmt::format("The parent rows this call created already had their rows in {}, under its "
                                        "unique keys, when flaqes came to insert them: {}.",
                                        t.name.sql(), triggers),
                            fmt::format("Seed the tables these triggers are on; they add the rows of {}.", t.name.sql()));
            }
            throw Error("23505", fmt::format("could not generate enough rows of {} with new unique keys", t.name.sql()),
                        fmt::format("Most generated rows collided with each other or with rows already in the table "
                                    "on its unique keys: {}.", keys.empty() ? "none known" : join(keys, "; ")),
                        "Seed fewer rows, or give the key columns values with options.columns.");
        }
        throw Error("23514", fmt::format("could not generate rows of {} that pass its CHECK constraints", t.name.sql()),
                    fmt::format("Postgres rejected most generated rows for: {}.", join(t.filter_names, ", ")),
                    "Give the columns these constraints read values that pass them, with options.columns.");
    }

    void update_deferred(std::size_t ti) {
        const TablePlan& t = plan_.tables[ti];
        const std::size_t total = runs_[ti].pool.rows();
        std::vector<Oid> param_types;
        const std::string sql = update_sql(plan_, ti, mode_, param_types);
        const std::string context = statement_context(t, "filling deferred foreign keys of");
        Attempt attempt{prepare(sql, param_types, context)};
        const bool returns_row = ti == plan_.target && mode_ == SeedMode::rows;
        std::vector<ColumnBatch> batches;
        for (std::size_t first = 0; first < total; first += static_cast<std::size_t>(plan_.options.batch_size)) {
            const std::size_t count = std::min<std::size_t>(static_cast<std::size_t>(plan_.options.batch_size), total - first);
            seed::generate_deferred_batch(plan_, ti, runs_, first, count, batches);
            execute(ti, attempt, context, batches, count, 0, returns_row, mode_ == SeedMode::script, &updates_);
        }
    }

    void append_insert_statement(const TablePlan& t, const std::vector<std::string>& rows) {
        std::vector<std::string> cols;
        bool identity_always = false;
        for (const std::string& c : script_columns(t)) {
            cols.push_back(quote_ident(c));
            identity_always = identity_always || t.table->column(c)->identity == Identity::always;
        }
        outcome_.script += "INSERT INTO " + t.name.sql() + " (" + join(cols, ", ") + ")" +
                           (identity_always ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES\n  " + join(rows, ",\n  ") + ";\n";
    }

    void finish_script() {
        for (const std::string& update : updates_) outcome_.script += update + "\n";
        for (const TablePlan& t : plan_.tables) {
            if (t.reuse || t.rows == 0) continue;
            for (const Column& c : t.table->columns) {
                if (!c.sequence || c.generated != Generated::none) continue;
                outcome_.script += "SELECT pg_catalog.setval(" + quoted_literal(c.sequence->name.sql()) +
                                   ", (SELECT pg_catalog.max(" + quote_ident(c.name) + ") FROM " + t.name.sql() + "));\n";
            }
        }
    }

    const Plan& plan_;
    SeedMode mode_;
    const CallerSettings& caller_;
    RowsOut rows_out_;
    std::vector<TableRun> runs_;
    SeedOutcome outcome_;
    std::vector<std::string> updates_;
    MemoryContext batch_context_ = nullptr;
    int subtransactions_left_ = 32;
    std::set<int> groups_done_;
};

}  // namespace

SeedOutcome execute_seed_plan(const seed::Plan& plan, SeedMode mode, const CallerSettings& caller, RowsOut rows_out) {
    return Runner(plan, mode, caller, rows_out).run();
}

std::uint64_t random_seed() {
    return pg_call([] { return pg_prng_uint64(&pg_global_prng_state); });
}

}  // namespace flaqes::pg
