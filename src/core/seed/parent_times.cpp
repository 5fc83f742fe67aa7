#include "core/seed/parent_times.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/seed/column_names.hpp"
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

// The first date/time column named as the row's creation time, else the first named as the start
// of its span (order_date, rental_date, starts_at); -1 when none. `usable` filters the candidates
// of a table with planned columns (a reused table has none: its rows are read as they are).
template <class Usable>
int time_column_of(const TablePlan& t, Usable usable) {
    for (bool creation : {true, false}) {
        for (std::size_t i = 0; i < t.table->columns.size(); ++i) {
            const Column& c = t.table->columns[i];
            if (!time_form(c.type_oid) || (i < t.columns.size() && !usable(t.columns[i]))) continue;
            if (creation ? is_creation_time(c.name) : is_span_start(c.name)) return static_cast<int>(i);
        }
    }
    return -1;
}

// The child's column must be one of our ordered generators of its type (its values can be moved),
// and not a unique one (those count through the window; moving them could collide).
bool movable(const ColumnPlan& c) {
    return c.source == Source::generator && c.generator && !c.unique && c.generator->form() != ValueForm::text;
}

// The parent's column may come from anywhere that gives the row a value, a default included: the
// insert returns it.
bool readable(const ColumnPlan& c) { return c.source != Source::null && c.source != Source::deferred; }

}  // namespace

std::int64_t time_in_form(std::int64_t value, ValueForm from, ValueForm to) {
    const bool from_days = from == ValueForm::date, to_days = to == ValueForm::date;
    if (from_days == to_days) return value;
    if (from_days) return value * seconds_per_day;
    return value / seconds_per_day + (value % seconds_per_day > 0 ? 1 : 0);  // a date not before the time
}

void link_parent_times(Plan& plan) {
    for (std::size_t ti = 0; ti < plan.tables.size(); ++ti) {
        TablePlan& t = plan.tables[ti];
        if (t.reuse || t.statement_group >= 0) continue;
        const int child = time_column_of(t, movable);
        if (child < 0) continue;
        std::vector<std::string> parents;
        for (Link& l : t.links) {
            TablePlan& p = plan.tables[l.parent];
            if (l.parent == ti || l.deferred || p.statement_group >= 0) continue;
            const int column = time_column_of(p, readable);
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
        t.time_column = child;
        std::string list;
        for (const std::string& s : parents) list += (list.empty() ? "" : ", ") + s;
        t.columns[static_cast<std::size_t>(child)].reason += fmt::format("; not before the parent row's {}", list);
    }
}

}  // namespace flaqes::seed
