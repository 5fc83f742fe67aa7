#include "pg/extension_version.hpp"

#include "pg/spi.hpp"

namespace flaqes::pg {

std::string installed_version() {
    return spi_query_text("SELECT e.extversion FROM pg_catalog.pg_extension e WHERE e.extname = 'flaqes'");
}

}  // namespace flaqes::pg
