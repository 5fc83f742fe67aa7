#include "pg/extension_version.hpp"

#include "pg/spi.hpp"

namespace flaqes::pg {

// Qualified operator: report_ddl runs under the caller's search_path (the migration must), so
// nothing here may resolve through it.
std::string installed_version() {
    return spi_query_text("SELECT e.extversion FROM pg_catalog.pg_extension e "
                          "WHERE e.extname OPERATOR(pg_catalog.=) 'flaqes'::pg_catalog.name");
}

}  // namespace flaqes::pg
