// Configuration parameters set for a stretch of our own code, like a function's SET clause.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "pg/boundary.hpp"

namespace flaqes::pg {

// Sets each (name, value) until restore_settings(level) with the returned level; on an error in
// between, the (sub)transaction abort restores them. Transaction-local, user-settable names only.
int override_settings(std::initializer_list<std::pair<const char*, const char*>> settings);
void restore_settings(int level);

// The caller's search_path and DateStyle, read when a seed function starts.
struct CallerSettings {
    std::string search_path;
    std::string datestyle;
};
CallerSettings caller_settings();

// What flaqes's own queries run under (catalog reads, generated SQL's parse of our own names):
// search_path = pg_catalog, pg_temp and DateStyle = ISO, YMD. The functions that run no user
// code pin these with a SET clause; the seed functions pin them here for their own stretch only.
int pin_own_settings();

// Back to the caller's settings for the statements that fire the user's triggers, defaults and
// CHECK functions (seed's INSERTs and UPDATEs). keep_iso_dates keeps DateStyle ISO (seed_sql
// renders rows as literals in the statements' output).
int as_caller(const CallerSettings& caller, bool keep_iso_dates);

}  // namespace flaqes::pg
