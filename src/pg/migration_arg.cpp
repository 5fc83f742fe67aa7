#include "pg/migration_arg.hpp"

#include "core/error.hpp"
#include "pg/datum.hpp"

namespace flaqes::pg {

std::string migration_text_arg(FunctionCallInfo fcinfo, int argno) {
    std::optional<std::string> ddl = text_arg(fcinfo, argno);
    if (!ddl) {
        throw Error(sqlstate::null_value_not_allowed, "the migration text must not be NULL", "",
                    "Pass the migration's SQL, e.g. pg_read_file('db/migrate/0042.sql') or a literal.");
    }
    return std::move(*ddl);
}

}  // namespace flaqes::pg
