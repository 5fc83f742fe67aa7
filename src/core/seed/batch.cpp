#include "core/seed/batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/error.hpp"
#include "core/seed/parent_times.hpp"
#include "core/seed/table_keys.hpp"

namespace flaqes::seed {

bool is_parameter(Source s) {
    return s == Source::generator || s == Source::link || s == Source::deferred || s == Source::sequence;
}

namespace {

// The form of the parent key a foreign key column takes.
ValueForm link_form(const Plan& plan, const TablePlan& t, const ColumnPlan& c) {
    const Link& l = t.links[static_cast<std::size_t>(c.link)];
    return plan.tables[l.parent].returning_forms[l.pool_columns[c.link_position]];
}

}  // namespace

std::vector<ValueForm> insert_forms(const Plan& plan, std::size_t ti) {
    const TablePlan& t = plan.tables[ti];
    std::vector<ValueForm> out;
    for (std::size_t i : insert_columns(t)) {
        const ColumnPlan& c = t.columns[i];
        if (!is_parameter(c.source)) continue;
        if (c.source == Source::generator && c.generator) out.push_back(c.generator->form());
        else if (c.source == Source::link) out.push_back(link_form(plan, t, c));
        else if (c.source == Source::sequence) out.push_back(ValueForm::integer);
        else out.push_back(ValueForm::text);  // deferred: NULL or a placeholder until the UPDATE
    }
    return out;
}

std::vector<std::size_t> insert_columns(const TablePlan& t) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (is_parameter(t.columns[i].source) || t.columns[i].source == Source::sql) out.push_back(i);
    }
    return out;
}

namespace {

[[noreturn]] void no_parent_rows(const TablePlan& child, const TablePlan& parent, const Link& l, bool parent_has_rows) {
    if (parent_has_rows) {
        std::string shared;
        for (std::size_t k : l.shared) shared += (shared.empty() ? "" : ", ") + l.columns[k];
        throw Error("23503", fmt::format("no row of {} agrees with the other foreign keys of a row of {}", parent.name.sql(), child.name.sql()),
                    fmt::format("Foreign key {} shares the columns {} with other foreign keys, and no row of {} has the values they took.",
                                l.constraint, shared, parent.name.sql()),
                    fmt::format("Give {} more rows with options {{\"tables\": {{\"{}\": 100}}}}.", parent.name.sql(), parent.name.name));
    }
    throw Error("23503", fmt::format("no rows of {} to reference from {}", parent.name.sql(), child.name.sql()),
                fmt::format("Foreign key {} needs a parent row, and {} has none.", l.constraint, parent.name.sql()),
                fmt::format("Give {} rows with options {{\"tables\": {{\"{}\": 10}}}}, or drop reuse for it.",
                            parent.name.sql(), parent.name.name));
}

// Child row `row` of `rows` takes a parent created about when it was, as in real data where
// recent customers place most orders: one pick in twenty is any parent created before that point
// of the parents' sequence (older parents keep getting some); the others are the parent at that
// point aged back by an exponential draw (mean: 0.1 % of the pool, at least 100 rows), or any
// parent when the draw reaches past the first one. Pools of a few hundred rows or less are
// therefore picked from nearly uniformly. Larger ones keep the foreign key checks and index
// inserts of consecutive rows on a few warm pages: uniform picks among 100,000 customers made
// Postgres's own work for a million orders 36 % slower than picks in sequence, and a window of
// 1,000 rows 8 % slower than one of 100 (docs/seed.md).
std::size_t recent_parent(Rng& d, std::size_t size, std::uint64_t row, std::uint64_t rows) {
    const std::uint64_t position = std::clamp<std::uint64_t>((row + 1) * size / rows, 1, size);
    if (d.chance(0.05)) return static_cast<std::size_t>(d.below(position));
    const double mean = std::max(100.0, static_cast<double>(size) / 1000);
    const double age = -std::log(1.0 - d.unit()) * mean;
    if (age >= static_cast<double>(position)) return static_cast<std::size_t>(d.below(size));
    return static_cast<std::size_t>(position - 1 - static_cast<std::uint64_t>(age));
}

// Appends value i of a pool column to a grouping key.
void append_key(std::string& key, const ColumnBatch& column, std::size_t i) {
    if (column.nulls[i]) key += '\x01';
    else if (column.form == ValueForm::text) key += column.at(i);
    else key += std::to_string(column.numbers[i]);
    key += '\0';
}

// The rows of link li's parent that agree with this row on the link's shared columns (values taken
// from the parent rows of the links that fill them), or nullptr when one of them is NULL (the
// foreign key then holds whatever the other columns are).
const std::vector<std::size_t>* agreeing_parents(const TablePlan& t, std::size_t li, const std::vector<TableRun>& runs,
                                                 const TableRun& run,
                                                 const std::vector<std::optional<std::size_t>>& parent_row) {
    const Link& l = t.links[li];
    const KeyPool& pool = runs[l.parent].pool;
    TableRun::ParentGroups& groups = run.parent_groups[li];
    if (groups.pool_rows != pool.rows() || groups.rows.empty()) {
        groups.rows.clear();
        groups.pool_rows = pool.rows();
        std::string key;
        for (std::size_t r = 0; r < pool.rows(); ++r) {
            key.clear();
            for (std::size_t k : l.shared) append_key(key, pool.columns[l.pool_columns[k]], r);
            groups.rows[key].push_back(r);
        }
    }
    std::string key;
    for (std::size_t k : l.shared) {
        const std::size_t oi = static_cast<std::size_t>(t.link_of(l.columns[k]));
        const Link& owner = t.links[oi];
        if (!parent_row[oi]) return nullptr;
        const std::size_t pos = static_cast<std::size_t>(
            std::find(owner.columns.begin(), owner.columns.end(), l.columns[k]) - owner.columns.begin());
        append_key(key, runs[owner.parent].pool.columns[owner.pool_columns[pos]], *parent_row[oi]);
    }
    static const std::vector<std::size_t> none;
    const auto it = groups.rows.find(key);
    return it == groups.rows.end() ? &none : &it->second;
}

// Links in the order their parents are picked: the key a shared column takes its value from has
// more columns, or as many and comes first (TablePlan::link_of), so it is picked before.
std::vector<std::size_t> pick_order(const TablePlan& t) {
    std::vector<std::size_t> order(t.links.size());
    for (std::size_t li = 0; li < order.size(); ++li) order[li] = li;
    std::stable_sort(order.begin(), order.end(), [&t](std::size_t a, std::size_t b) {
        return t.links[a].columns.size() > t.links[b].columns.size();
    });
    return order;
}

// Combination: the rows link li's pick stays on before moving to the next parent (the product of
// the pool sizes of the group's links before it, after the key's generated digits).
std::uint64_t combination_radix(const TablePlan& t, std::size_t li, const std::vector<TableRun>& runs) {
    std::uint64_t radix = t.links[li].radix_base;
    for (std::size_t k = 0; k < li; ++k) {
        if (t.links[k].radix_group == t.links[li].radix_group) radix *= runs[t.links[k].parent].pool.rows();
    }
    return radix;
}

// The parent row a child row takes through link `li`, or nullopt for NULL. `agreeing`: the parent
// rows it must choose among (Link::shared), nullptr for any.
std::optional<std::size_t> pick_parent(const TablePlan& t, std::size_t li, const std::vector<TableRun>& runs,
                                       std::uint64_t seed, std::uint64_t row, std::uint64_t counter,
                                       const std::vector<std::size_t>* agreeing) {
    const Link& l = t.links[li];
    const std::size_t size = runs[l.parent].pool.rows();
    if (size == 0) return std::nullopt;
    if (agreeing != nullptr) {
        if (agreeing->empty()) return std::nullopt;
        std::uint64_t index = 0;
        if (l.pick == Pick::combination) {  // the pairs within the group, in turn
            index = row / combination_radix(t, li, runs);
        } else {
            index = Rng::for_index(seed, t.columns[0].key ^ (li + 1) ^ 0x3c6ef372fe94f82bULL, counter).below(agreeing->size());
        }
        return (*agreeing)[static_cast<std::size_t>(index % agreeing->size())];
    }
    switch (l.pick) {
        case Pick::one_to_one: return static_cast<std::size_t>(row % size);
        case Pick::combination: return static_cast<std::size_t>((row / combination_radix(t, li, runs)) % size);
        case Pick::random:
        case Pick::earlier_row: break;
    }
    const std::uint64_t key = t.columns[0].key ^ (li + 1);
    Rng d = Rng::for_index(seed, key ^ 0x51ed270b27e3c5a5ULL, counter);
    if (l.pick == Pick::earlier_row) {  // a NOT NULL self-reference: the row itself (a root) or an earlier one
        if (row == 0 || d.chance(0.2)) return static_cast<std::size_t>(row);
        return static_cast<std::size_t>(d.below(row));
    }
    return recent_parent(d, size, row, static_cast<std::uint64_t>(std::max<std::int64_t>(1, t.rows)));
}

// Which columns of the table's set counts row `counter` leaves NULL (`unset`, by column index):
// a count drawn between the bounds, given to that many of the columns in turn from the row's
// position, so that every column (every parent kind of an arc) gets its share of rows.
void choose_set_columns(const Plan& plan, const TablePlan& t, std::uint64_t counter, std::vector<char>& unset) {
    for (std::size_t k = 0; k < t.set_counts.size(); ++k) {
        const SetCount& sc = t.set_counts[k];
        const std::size_t n = sc.columns.size();
        Rng d = Rng::for_index(plan.seed, t.columns[0].key ^ 0x3c6ef372fe94f82bULL ^ k, counter);
        const std::size_t set = sc.min + (sc.max > sc.min ? static_cast<std::size_t>(d.below(sc.max - sc.min + 1)) : 0);
        for (std::size_t j = 0; j < n; ++j) unset[sc.columns[j]] = 1;
        for (std::size_t j = 0; j < set; ++j) unset[sc.columns[(counter + j) % n]] = 0;
    }
}

// The latest creation time of the parent rows this row references (Link::parent_time), in the
// units of a column of form `to`; nullopt when none has one.
std::optional<std::int64_t> latest_parent_time(const Plan& plan, const TablePlan& t, const std::vector<TableRun>& runs,
                                               const std::vector<std::optional<std::size_t>>& parent_row, ValueForm to) {
    std::optional<std::int64_t> latest;
    for (std::size_t li = 0; li < t.links.size(); ++li) {
        const Link& l = t.links[li];
        if (l.parent_time < 0 || !parent_row[li]) continue;
        const ColumnBatch& times = runs[l.parent].pool.columns[static_cast<std::size_t>(l.parent_time)];
        if (times.nulls[*parent_row[li]]) continue;
        const std::int64_t v = time_in_form(times.numbers[*parent_row[li]],
                                            plan.tables[l.parent].returning_forms[static_cast<std::size_t>(l.parent_time)], to);
        latest = latest ? std::max(*latest, v) : v;
    }
    return latest;
}

// A parent through link li created no later than `time` (a unique time column's value, which
// cannot move): `picked` when it is, else one drawn among those that are; `picked` when none is.
std::size_t parent_created_by(const Plan& plan, const TablePlan& t, std::size_t li, const std::vector<TableRun>& runs,
                              const TableRun& run, std::int64_t time, ValueForm to, std::uint64_t counter,
                              std::size_t picked) {
    const Link& l = t.links[li];
    const ColumnBatch& times = runs[l.parent].pool.columns[static_cast<std::size_t>(l.parent_time)];
    const ValueForm from = plan.tables[l.parent].returning_forms[static_cast<std::size_t>(l.parent_time)];
    if (times.nulls[picked] || time_in_form(times.numbers[picked], from, to) <= time) return picked;
    TableRun::ParentTimes& index = run.parent_times[li];
    if (index.pool_rows != times.size()) {
        index.pool_rows = times.size();
        index.by_time.clear();
        for (std::size_t r = 0; r < times.size(); ++r) {
            if (!times.nulls[r]) index.by_time.emplace_back(time_in_form(times.numbers[r], from, to), r);
        }
        std::sort(index.by_time.begin(), index.by_time.end());
    }
    const auto end = std::upper_bound(index.by_time.begin(), index.by_time.end(),
                                      std::make_pair(time, std::numeric_limits<std::size_t>::max()));
    const auto before = static_cast<std::uint64_t>(end - index.by_time.begin());
    if (before == 0) return picked;
    Rng d = Rng::for_index(plan.seed, t.columns[0].key ^ (li + 1) ^ 0x9b05688c2b3e6c1fULL, counter);
    return index.by_time[static_cast<std::size_t>(d.below(before))].second;
}

// When column i names the row's country (TablePlan::country_column), the value just written
// decides the row's place and person.
void pin_country(const TablePlan& t, std::size_t i, const ColumnBatch& b, RowContext& context) {
    if (static_cast<int>(i) != t.country_column || b.form != ValueForm::text || b.nulls.back()) return;
    context.pin_country(b.at(b.size() - 1));
}

}  // namespace

void generate_batch(const Plan& plan, std::size_t ti, const std::vector<TableRun>& runs, std::uint64_t first,
                    std::size_t count, std::vector<ColumnBatch>& out, bool keys_only) {
    const TablePlan& t = plan.tables[ti];
    const TableRun& run = runs[ti];
    const std::vector<std::size_t> cols = insert_columns(t);
    std::vector<int> slot(t.columns.size(), -1);  // column index -> position in out
    int params = 0;
    for (std::size_t i : cols) {
        if (is_parameter(t.columns[i].source)) slot[i] = params++;
    }
    const std::vector<ValueForm> forms = insert_forms(plan, ti);
    out.resize(forms.size());
    for (std::size_t i : cols) {
        if (slot[i] < 0) continue;
        ColumnBatch& b = out[static_cast<std::size_t>(slot[i])];
        b.clear();
        b.form = forms[static_cast<std::size_t>(slot[i])];
        b.scale = b.form == ValueForm::decimal ? t.columns[i].generator->scale() : 0;
    }
    RowState state;
    state.ordinal.assign(t.columns.size(), 0);
    state.has_ordinal.assign(t.columns.size(), false);
    std::vector<std::optional<std::size_t>> parent_row(t.links.size());
    // options.columns.<fk column>.null_fraction: that share of rows references no parent (every
    // column of the key NULL), drawn as a generated column's NULLs are.
    std::vector<const ColumnPlan*> null_draw(t.links.size(), nullptr);
    for (const ColumnPlan& cp : t.columns) {
        if (cp.source != Source::link || cp.not_null || cp.null_fraction <= 0) continue;
        const ColumnPlan*& first = null_draw[static_cast<std::size_t>(cp.link)];
        if (first == nullptr || cp.null_fraction > first->null_fraction) first = &cp;
    }
    const std::uint64_t table_stream = stream_of(t.name.schema + "." + t.name.name);
    const std::vector<std::size_t> order = pick_order(t);
    std::vector<char> unset(t.set_counts.empty() ? 0 : t.columns.size(), 0);  // set counts: NULL in this row
    std::vector<int> counted_column(t.links.size(), -1);  // a link's column in a set count
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].set_count >= 0 && t.columns[i].link >= 0) counted_column[static_cast<std::size_t>(t.columns[i].link)] = static_cast<int>(i);
    }

    // A unique time column counts through its window and cannot move after its parents: the
    // parents are picked among those created before it instead.
    const ColumnPlan* unique_time = nullptr;
    for (std::size_t i : t.time_columns) {
        if (t.columns[i].unique && unique_time == nullptr) unique_time = &t.columns[i];
    }
    for (std::size_t r = 0; r < count; ++r) {
        const std::uint64_t row = first + r;
        const std::uint64_t counter = run.offset + row;
        if (!unset.empty()) choose_set_columns(plan, t, counter, unset);
        std::optional<std::int64_t> row_time;
        if (unique_time != nullptr) {
            Rng unused(0, 0);
            const std::uint64_t value_counter =
                unique_time->digit_modulus > 0 ? (row / unique_time->digit_divisor) % unique_time->digit_modulus : counter;
            RowContext no_context(0);
            GenerateInput in{unused, value_counter, state, no_context};
            row_time = unique_time->generator->generate_number(in);
        }
        for (std::size_t li : order) {
            const Link& l = t.links[li];
            if (l.deferred) continue;
            if (counted_column[li] >= 0) {  // the row's set count decides
                parent_row[li] = unset[static_cast<std::size_t>(counted_column[li])] ? std::nullopt
                                                                                    : pick_parent(t, li, runs, plan.seed, row, counter, nullptr);
                continue;
            }
            // No parent for this row: the column's own null_fraction option, or the planner's share
            // of NULLs for a nullable link that a searched CHECK reads.
            const ColumnPlan* nulls = null_draw[li];
            if ((nulls != nullptr && Rng::for_index(plan.seed, nulls->key, counter).chance(nulls->null_fraction)) ||
                (l.null_fraction > 0 &&
                 Rng::for_index(plan.seed, t.columns[0].key ^ 0x6a09e667f3bcc909ULL ^ li, counter).chance(l.null_fraction))) {
                parent_row[li] = std::nullopt;
                continue;
            }
            const std::vector<std::size_t>* agreeing =
                l.shared.empty() ? nullptr : agreeing_parents(t, li, runs, run, parent_row);
            parent_row[li] = pick_parent(t, li, runs, plan.seed, row, counter, agreeing);
            if (row_time && parent_row[li] && l.parent_time >= 0 && l.pick == Pick::random && agreeing == nullptr) {
                parent_row[li] = parent_created_by(plan, t, li, runs, run, *row_time, unique_time->generator->form(), counter,
                                                   *parent_row[li]);
            }
            if (!parent_row[li] && !keys_only) {
                bool nullable = true;
                for (const ColumnPlan& cp : t.columns) {
                    if (cp.link == static_cast<int>(li) && cp.not_null) nullable = false;
                }
                if (!nullable) no_parent_rows(t, plan.tables[l.parent], l, runs[l.parent].pool.rows() > 0);
            }
        }
        std::fill(state.has_ordinal.begin(), state.has_ordinal.end(), false);
        RowContext context(plan.seed, table_stream, static_cast<std::int64_t>(counter));
        context.fit_place(t.place_limits);
        for (std::size_t i : t.generation_order) {
            if (slot[i] < 0) continue;
            const ColumnPlan& cp = t.columns[i];
            ColumnBatch& b = out[static_cast<std::size_t>(slot[i])];
            if (cp.source == Source::deferred && !cp.generator) {
                b.push_null();
                continue;
            }
            if (cp.source == Source::sequence) {
                b.push_number(run.sequence_keys.at(i).at(static_cast<std::size_t>(row)));
                continue;
            }
            if (cp.source == Source::link) {
                const Link& l = t.links[static_cast<std::size_t>(cp.link)];
                const auto& p = parent_row[static_cast<std::size_t>(cp.link)];
                if (p) b.push_from(runs[l.parent].pool.columns[l.pool_columns[cp.link_position]], *p);
                else b.push_null();
                pin_country(t, i, b, context);
                continue;
            }
            Rng draw = Rng::for_index(plan.seed, cp.key, counter);
            if ((cp.set_count >= 0 && unset[i]) || (cp.null_fraction > 0 && draw.chance(cp.null_fraction))) {
                b.push_null();
                continue;
            }
            if (std::find(t.time_columns.begin(), t.time_columns.end(), i) != t.time_columns.end()) {
                state.not_before = latest_parent_time(plan, t, runs, parent_row, b.form);
            }
            const std::uint64_t value_counter = cp.digit_modulus > 0 ? (row / cp.digit_divisor) % cp.digit_modulus : counter;
            GenerateInput in{draw, value_counter, state, context};
            std::int64_t ordinal = 0;
            if (b.form != ValueForm::text) {
                ordinal = cp.generator->generate_number(in);
                state.not_before.reset();
                b.push_number(ordinal);
                state.ordinal[i] = ordinal;
                state.has_ordinal[i] = true;
            } else if (cp.generator->generate(in, b.data, &ordinal)) {
                b.push_end();
                state.ordinal[i] = ordinal;
                state.has_ordinal[i] = true;
                pin_country(t, i, b, context);
            } else {
                b.push_null();
            }
        }
    }
}

void pool_from_batch(const Plan& plan, std::size_t ti, const std::vector<ColumnBatch>& batch, KeyPool& pool) {
    const TablePlan& t = plan.tables[ti];
    std::vector<int> slot(t.columns.size(), -1);
    int params = 0;
    for (std::size_t i : insert_columns(t)) {
        if (is_parameter(t.columns[i].source)) slot[i] = params++;
    }
    pool.columns.assign(t.returning.size(), {});
    for (std::size_t k = 0; k < t.returning.size(); ++k) {
        const ColumnBatch& from = batch[static_cast<std::size_t>(slot[column_index(*t.table, t.returning[k])])];
        pool.columns[k].form = t.returning_forms[k];
        for (std::size_t r = 0; r < from.size(); ++r) pool.columns[k].push_from(from, r);
    }
}

std::vector<std::size_t> deferred_columns(const TablePlan& t) {
    std::vector<std::size_t> out;
    for (const std::string& k : t.update_key) {
        for (std::size_t i = 0; i < t.columns.size(); ++i) {
            if (t.columns[i].name == k) out.push_back(i);
        }
    }
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        if (t.columns[i].source == Source::deferred) out.push_back(i);
    }
    return out;
}

std::vector<ValueForm> deferred_forms(const Plan& plan, std::size_t ti) {
    const TablePlan& t = plan.tables[ti];
    std::vector<ValueForm> out;
    for (const std::string& k : t.update_key) {
        out.push_back(t.returning_forms[static_cast<std::size_t>(
            std::find(t.returning.begin(), t.returning.end(), k) - t.returning.begin())]);
    }
    for (std::size_t i : deferred_columns(t)) {
        if (t.columns[i].source == Source::deferred) out.push_back(link_form(plan, t, t.columns[i]));
    }
    return out;
}

void generate_deferred_batch(const Plan& plan, std::size_t ti, const std::vector<TableRun>& runs, std::size_t first,
                             std::size_t count, std::vector<ColumnBatch>& out) {
    const TablePlan& t = plan.tables[ti];
    const KeyPool& own = runs[ti].pool;
    const std::vector<std::size_t> cols = deferred_columns(t);
    const std::vector<ValueForm> forms = deferred_forms(plan, ti);
    out.resize(cols.size());
    for (std::size_t k = 0; k < cols.size(); ++k) {
        out[k].clear();
        out[k].form = forms[k];
    }
    for (std::size_t r = first; r < first + count; ++r) {
        std::size_t k = 0;
        for (; k < t.update_key.size(); ++k) {
            const std::size_t pos = static_cast<std::size_t>(
                std::find(t.returning.begin(), t.returning.end(), t.update_key[k]) - t.returning.begin());
            out[k].push_from(own.columns[pos], r);
        }
        for (; k < cols.size(); ++k) {
            const ColumnPlan& cp = t.columns[cols[k]];
            const Link& l = t.links[static_cast<std::size_t>(cp.link)];
            // One draw per link, so the columns of a composite foreign key come from one parent row.
            const std::uint64_t link_key = t.columns[column_index(*t.table, l.columns.front())].key;
            Rng d = Rng::for_index(plan.seed, link_key ^ 0x2545f4914f6cdd1dULL, runs[ti].offset + r);
            std::optional<std::size_t> parent;
            const std::size_t size = runs[l.parent].pool.rows();
            if (l.pick == Pick::one_to_one) {  // unique: no two rows share a target
                if (l.parent == ti) {
                    if (r > 0) parent = r - 1;  // a chain: each row follows the one before
                } else if (r < size || (cp.not_null && size > 0)) {
                    parent = r % size;
                }
            } else if (l.parent == ti) {  // a tree: an earlier row of this call, about one row in five a root
                if (r > 0 && !d.chance(0.2)) parent = static_cast<std::size_t>(d.below(r));
            } else if (size > 0) {
                parent = static_cast<std::size_t>(d.below(size));
            }
            if (parent) out[k].push_from(runs[l.parent].pool.columns[l.pool_columns[cp.link_position]], *parent);
            else out[k].push_null();
        }
    }
}

}  // namespace flaqes::seed
