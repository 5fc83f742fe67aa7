// Configuration parameters set for a stretch of our own code, like a function's SET clause.
#pragma once

#include <initializer_list>
#include <utility>

#include "pg/boundary.hpp"

namespace flaqes::pg {

// Sets each (name, value) until restore_settings(level) with the returned level; on an error in
// between, the (sub)transaction abort restores them. Transaction-local, user-settable names only.
int override_settings(std::initializer_list<std::pair<const char*, const char*>> settings);
void restore_settings(int level);

}  // namespace flaqes::pg
