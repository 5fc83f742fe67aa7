// A child's time after its parent's creation time: orders are not placed before their customer
// existed, comments not written before their post. The planner marks, per table, the row's event
// or creation time and, per foreign key, the parent's creation time, which the parent's inserts
// return into its key pool; generate_batch then keeps the child's time at or after it.
#pragma once

#include <cstdint>
#include <optional>

#include "core/seed/plan.hpp"

namespace flaqes::seed {

// Sets TablePlan::time_column and Link::parent_time, adding the parents' creation times to their
// returning lists (in their date/timestamp forms). Run after the columns are planned and the
// returning lists hold the keys.
void link_parent_times(Plan& plan);

// A parent's time (days or seconds since 1970, as `from` holds it) in the child's units (`to`),
// rounded up so that the child's value is not earlier under either type.
std::int64_t time_in_form(std::int64_t value, ValueForm from, ValueForm to);

}  // namespace flaqes::seed
