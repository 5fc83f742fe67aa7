// Why a table's rows run out of new unique keys when its parents' triggers fill it: lemmy's
// report_combined gets a row from a trigger on each report table, one per report under a UNIQUE
// foreign key, so every report seed creates has its row before seed's own rows come.
#pragma once

#include <string>

namespace flaqes::pg {

// The user INSERT triggers on the tables `table` references whose function's source names `table`,
// one "trigger t on parent runs f(...)" per trigger, joined by "; "; "" when there are none.
// Source text is all the catalog says of what a function inserts into, so this explains an
// error, never decides a plan. Needs an open SPI connection.
std::string parent_triggers_naming(const std::string& table_sql);

}  // namespace flaqes::pg
