// What column names say about how values relate within a row: the two ends of a time span
// (created_at .. updated_at, valid_from .. valid_to), flags such as is_current, and columns that
// are mostly NULL (deleted_at).
#pragma once

#include <string>

namespace flaqes::seed {

bool is_span_start(const std::string& column);     // created_at, starts_at, valid_from, order_date...
bool is_span_end(const std::string& column);       // updated_at, ends_at, valid_to, shipped_date...
bool is_current_flag(const std::string& column);   // is_current, is_latest...
bool is_mostly_null(const std::string& column);    // deleted_at, archived_at, cancelled_at
// How many days after the span's start its end usually falls, by the end's name: shipping takes
// days (shipped_date: 10), a rental is returned within weeks, a record is updated within a year;
// 0 when the name says nothing.
int typical_span_days(const std::string& span_end);

}  // namespace flaqes::seed
