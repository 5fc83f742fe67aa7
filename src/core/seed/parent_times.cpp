#include "core/seed/parent_times.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/seed/column_names.hpp"
#include "core/seed/table_keys.hpp"
#include "core/seed/type_oids.hpp"

namespace flaqes::seed {
namespace {

constexpr std::int64_t seconds_per_day = 86400;

std::optional<ValueForm> time_form(Oid type) {
    if (type == type_oid::date) return ValueForm::date;
    if (type == type_oid::timestamp) return ValueForm::timestamp;
    if (type == type_oid::timestamptz) return ValueForm::timestamptz;
    return std::nullopt;
}

bool named_time(const std::string& name, int pass) {
    return pass == 0 ? is_creation_time(name) : pass == 1 ? is_span_start(name) : is_event_time(name);
}

// A parent's creation time: its first date/time column named as the row's creation time, else
// the first named as the start of its span (order_date, starts_at); -1 when none. `usable`
// filters the candidates of a table with planned columns (a reused table has none: its rows are
// read as they are).
template <class Usable>
int creation_column_of(const TablePlan& t, Usable usable) {
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i = 0; i < t.table->columns.size(); ++i) {
            const Column& c = t.table->columns[i];
            if (!time_form(c.type_oid) || (i < t.columns.size() && !usable(t.columns[i]))) continue;
            if (named_time(c.name, pass)) return static_cast<int>(i);
        }
    }
    return -1;
}

// A child's times that follow its parents: every date/time column named as a creation time, the
// start of a span or an event (visited_at, posted_at), among those `usable` accepts.
template <class Usable>
std::vector<std::size_t> child_times_of(const TablePlan& t, Usable usable) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < t.table->columns.size(); ++i) {
        const Column& c = t.table->columns[i];
        if (time_form(c.type_oid) && usable(i) && (named_time(c.name, 0) || named_time(c.name, 1) || named_time(c.name, 2))) {
            out.push_back(i);
        }
    }
    return out;
}

// The child's column must be one of our ordered generators of its type: its values are moved
// after the parent's, or for a unique one (which counts through the window) the parent is picked
// among those created before it.
bool generated_time(const ColumnPlan& c) {
    return c.source == Source::generator && c.generator && c.generator->form() != ValueForm::text;
}

// Before planning: a time column the database does not fill.
bool without_default(const TablePlan& t, std::size_t i) {
    const Column& c = t.table->columns[i];
    return !c.default_expr && c.identity == Identity::none && c.generated == Generated::none;
}

// The parent's column may come from anywhere that gives the row a value, a default included: the
// insert returns it.
bool readable(const ColumnPlan& c) { return c.source != Source::null && c.source != Source::deferred; }

}  // namespace

std::int64_t time_in_form(std::int64_t value, ValueForm from, ValueForm to) {
    // Between a zoned and an unzoned type, the session's time zone decides how the two compare:
    // 14 hours (the largest offset from UTC) later holds in every zone.
    const std::int64_t margin = (from == ValueForm::timestamptz) != (to == ValueForm::timestamptz) ? 14 * 3600 : 0;
    if (margin == 0 && (from == ValueForm::date) == (to == ValueForm::date)) return value;
    const std::int64_t seconds = (from == ValueForm::date ? value * seconds_per_day : value) + margin;
    if (to != ValueForm::date) return seconds;
    return seconds / seconds_per_day + (seconds % seconds_per_day > 0 ? 1 : 0);  // a date not before the time
}

void mark_followed_times(Plan& plan) {
    for (std::size_t ti = 0; ti < plan.tables.size(); ++ti) {
        const TablePlan& t = plan.tables[ti];
        if (t.reuse || t.statement_group >= 0) continue;
        const std::vector<std::size_t> times = child_times_of(t, [&t](std::size_t i) { return without_default(t, i); });
        if (times.empty()) continue;
        bool unique = false;
        for (const std::vector<std::string>& key : unique_keys(*t.table)) {
            for (std::size_t i : times) unique = unique || std::find(key.begin(), key.end(), t.table->columns[i].name) != key.end();
        }
        for (const Link& l : t.links) {
            TablePlan& p = plan.tables[l.parent];
            if (l.parent == ti || p.reuse || p.statement_group >= 0) continue;
            p.followed_time = creation_column_of(p, [](const ColumnPlan&) { return true; });
            p.followed_by_unique = p.followed_by_unique || (unique && p.followed_time >= 0);
        }
    }
}

void link_parent_times(Plan& plan) {
    for (std::size_t ti = 0; ti < plan.tables.size(); ++ti) {
        TablePlan& t = plan.tables[ti];
        if (t.reuse || t.statement_group >= 0) continue;
        const std::vector<std::size_t> times = child_times_of(t, [&t](std::size_t i) { return generated_time(t.columns[i]); });
        if (times.empty()) continue;
        std::vector<std::string> parents;
        for (Link& l : t.links) {
            TablePlan& p = plan.tables[l.parent];
            if (l.parent == ti || l.deferred || p.statement_group >= 0) continue;
            const int column = creation_column_of(p, readable);
            if (column < 0) continue;
            const std::string& name = p.table->columns[static_cast<std::size_t>(column)].name;
            const auto at = std::find(p.returning.begin(), p.returning.end(), name);
            if (at == p.returning.end()) {
                p.returning.push_back(name);
                p.returning_forms.push_back(*time_form(p.table->columns[static_cast<std::size_t>(column)].type_oid));
            } else if (p.returning_forms[static_cast<std::size_t>(at - p.returning.begin())] == ValueForm::text) {
                continue;  // a key of the parent children take as text: not read as a time
            }
            l.parent_time = static_cast<int>(std::find(p.returning.begin(), p.returning.end(), name) - p.returning.begin());
            parents.push_back(fmt::format("{}.{}", p.name.sql(), name));
        }
        if (parents.empty()) continue;
        t.time_columns = times;
        std::string list;
        for (const std::string& s : parents) list += (list.empty() ? "" : ", ") + s;
        for (std::size_t i : times) {
            ColumnPlan& c = t.columns[i];
            c.reason += c.unique ? fmt::format("; the parent rows are picked among those whose {} is not later", list)
                                 : fmt::format("; not before the parent row's {}", list);
        }
    }
}

}  // namespace flaqes::seed
