// What column names say about how values relate within a row: the two ends of a time span
// (created_at .. updated_at, valid_from .. valid_to), flags such as is_current, and columns that
// are mostly NULL (deleted_at).
#pragma once

#include <optional>
#include <string>

namespace flaqes::seed {

bool is_span_start(const std::string& column);     // created_at, starts_at, valid_from, order_date...
// When the row came to be: created_at, create_date, creation_date, inserted_at, registered_at,
// joined_at, date_added...
bool is_creation_time(const std::string& column);
// When something happened to the row, by name: visited_at, posted_at, sent_at, submitted_at,
// occurred_at, recorded_at, logged_at, purchased_at...
bool is_event_time(const std::string& column);
// A date of birth (birth_date, date_of_birth, dob, birthday): it precedes the row, not follows it.
bool is_birth_time(const std::string& column);
bool is_span_end(const std::string& column);       // updated_at, ends_at, valid_to, shipped_date...
// The start an end belongs with when a row has several: updated_at with created_at, finished_at
// with started_at.
bool pairs_with(const std::string& span_end, const std::string& span_start);
bool is_current_flag(const std::string& column);   // is_current, is_latest...
bool is_mostly_null(const std::string& column);
// The share of rows a boolean named so is true on: few for an exception state (is_deleted,
// banned, discontinued), most for a normal one (is_active, enabled, verified), else half.
double true_share(const std::string& column);    // deleted_at, archived_at, cancelled_at, termination_date
// How many days after the span's start its end usually falls, by the end's name: shipping takes
// days (shipped_date: 10), a rental is returned within weeks, a record is updated within a year;
// 0 when the name says nothing.
int typical_span_days(const std::string& span_end);

// A status column (status, order_status, state): its value says which events a row has seen.
bool is_status_column(const std::string& column);
// Whether an event column (shipped_date, cancelled_at, deleted_at...) is set on a row whose
// status is `status`: shipped only once shipped or later, cancelled only when cancelled; nullopt
// when the column's name is no such event.
std::optional<bool> event_happened(const std::string& event_column, const std::string& status);
// A flag that says the event happened (is_deleted, deleted, archived against deleted_at,
// archived_at): true exactly when the event column is set.
bool flags_event(const std::string& flag, const std::string& event_column);

}  // namespace flaqes::seed
