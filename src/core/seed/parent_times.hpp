// A child's time after its parent's creation time: orders are not placed before their customer
// existed, comments not written before their post. The planner marks, per table, the row's event
// or creation time and, per foreign key, the parent's creation time, which the parent's inserts
// return into its key pool; generate_batch then keeps the child's time at or after it.
#pragma once

#include <cstdint>
#include <optional>

#include "core/seed/plan.hpp"

namespace flaqes::seed {

// Before the columns are planned: TablePlan::followed_time of every parent whose creation time a
// child's time column will follow, so that a default giving every row the time of the insert
// (now(), CURRENT_DATE) is replaced by generated times, which the children's spread after.
void mark_followed_times(Plan& plan);

// Sets TablePlan::time_columns and Link::parent_time, adding the parents' creation times to their
// returning lists (in their date/timestamp forms). Run after the columns are planned and the
// returning lists hold the keys.
void link_parent_times(Plan& plan);

// A parent's time (days or seconds since 1970, as `from` holds it) in the child's units (`to`),
// rounded up, and 14 hours later between timestamptz and the unzoned types, so that the child's
// value compares as not earlier in any session time zone.
std::int64_t time_in_form(std::int64_t value, ValueForm from, ValueForm to);

}  // namespace flaqes::seed
