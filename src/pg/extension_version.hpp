// The installed flaqes version (pg_extension.extversion), for documents that name their tool.
#pragma once

#include <string>

namespace flaqes::pg {

// Needs an open SPI connection.
std::string installed_version();

}  // namespace flaqes::pg
