// Generation of rows in batches, column by column, ready to be passed to Postgres as one array
// per column. Memory per batch is reused; nothing grows with the row count except the key pools
// of parent tables (the keys children pick from).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/seed/plan.hpp"

namespace flaqes::seed {

// Values of one column, NULLs flagged: text back to back in `data`, or numbers (see ValueForm)
// one per row in `numbers`. A column of a batch, or of a key pool.
struct ColumnBatch {
    ValueForm form = ValueForm::text;
    int scale = 0;  // ValueForm::decimal
    std::string data;
    std::vector<std::size_t> ends;
    std::vector<std::int64_t> numbers;
    std::vector<bool> nulls;

    void clear() {
        data.clear();
        ends.clear();
        numbers.clear();
        nulls.clear();
    }
    std::size_t size() const { return nulls.size(); }
    std::string_view at(std::size_t i) const {
        const std::size_t start = i == 0 ? 0 : ends[i - 1];
        return std::string_view(data).substr(start, ends[i] - start);
    }
    void push_null() {
        if (form == ValueForm::text) ends.push_back(data.size());
        else numbers.push_back(0);
        nulls.push_back(true);
    }
    void push_number(std::int64_t v) {
        numbers.push_back(v);
        nulls.push_back(false);
    }
    void push_text(std::string_view v) {
        data += v;
        push_end();
    }
    void push_end() {
        ends.push_back(data.size());
        nulls.push_back(false);
    }
    // Appends value i of `from`, a column of the same form.
    void push_from(const ColumnBatch& from, std::size_t i) {
        if (from.nulls[i]) push_null();
        else if (form == ValueForm::text) push_text(from.at(i));
        else push_number(from.numbers[i]);
    }
};

// The rows of a table that children may reference: one column per returning column, in the
// forms of TablePlan::returning_forms.
struct KeyPool {
    std::vector<ColumnBatch> columns;
    std::size_t rows() const { return columns.empty() ? 0 : columns.front().size(); }
};

// What the executor knows of each table while seeding.
struct TableRun {
    std::uint64_t offset = 0;  // counter of the first generated row of this call
    KeyPool pool;
    std::int64_t inserted = 0;
    std::uint64_t generated = 0;  // rows generated so far (more than inserted when CHECK filters drop rows)
    std::map<std::size_t, std::vector<std::int64_t>> sequence_keys;  // per Source::sequence column, one per row
    // Per link with shared columns (Link::shared): the parent's pool rows by their values in those
    // columns. A cache generate_batch fills on first use, rebuilt when the parent's pool has grown.
    struct ParentGroups {
        std::size_t pool_rows = 0;
        std::unordered_map<std::string, std::vector<std::size_t>> rows;
    };
    mutable std::map<std::size_t, ParentGroups> parent_groups;
    // Per link with a parent time (Link::parent_time) when the row's time column is unique: the
    // parent's pool rows by creation time, in the child's units (NULL times left out). A cache like
    // parent_groups.
    struct ParentTimes {
        std::size_t pool_rows = 0;
        std::vector<std::pair<std::int64_t, std::size_t>> by_time;
    };
    mutable std::map<std::size_t, ParentTimes> parent_times;
};

// Columns of the INSERT, as indexes into TablePlan::columns: generated, linked and deferred
// (inserted as NULL) columns are parameters; SQL overrides are expressions.
std::vector<std::size_t> insert_columns(const TablePlan& table);
bool is_parameter(Source source);
// The form of each parameter column of insert_columns(table): a generator's own, a parent key's
// for a foreign key column, text otherwise.
std::vector<ValueForm> insert_forms(const Plan& plan, std::size_t table);

// Fills one ColumnBatch per parameter column of insert_columns(table) with `count` rows, the
// first being generated row number `first` of this call. With keys_only, a foreign key whose
// parent has no rows yet is NULL instead of an error (the rows are generated for their keys).
void generate_batch(const Plan& plan, std::size_t table, const std::vector<TableRun>& runs, std::uint64_t first,
                    std::size_t count, std::vector<ColumnBatch>& out, bool keys_only = false);

// The pool of a table of a statement group, from its generated batch (see check_statement_groups
// in plan.cpp: every returning column is generated, in its returning form).
void pool_from_batch(const Plan& plan, std::size_t table, const std::vector<ColumnBatch>& batch, KeyPool& pool);

// For a table with deferred foreign keys: the update key columns, then the columns of every
// deferred link, for pool rows [first, first + count) of the table.
std::vector<std::size_t> deferred_columns(const TablePlan& table);
std::vector<ValueForm> deferred_forms(const Plan& plan, std::size_t table);
void generate_deferred_batch(const Plan& plan, std::size_t table, const std::vector<TableRun>& runs,
                             std::size_t first, std::size_t count, std::vector<ColumnBatch>& out);

}  // namespace flaqes::seed
