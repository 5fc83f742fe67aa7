// Which names an SQL expression given in options (columns.<c>.expr) may read as columns of the
// row: its identifiers outside string literals and comments, other than function names (followed
// by "("), type names (after "::") and qualified parts (after "."). A name that is no column of the
// table is simply not a read, so keywords and functions called without parentheses do no harm.
#pragma once

#include <string>
#include <vector>

namespace flaqes::seed {

// Identifiers as Postgres folds them: unquoted ones lowercased, quoted ones as written.
std::vector<std::string> identifiers_read(const std::string& expression);

}  // namespace flaqes::seed
