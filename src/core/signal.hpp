// One piece of evidence behind a role or a pattern, in a form programs can read: a stable name
// (documented in docs/roles_patterns.md), the weight it carried (negative: evidence against) and
// what was seen, in words.
#pragma once

#include <string>
#include <vector>

#include "core/json.hpp"

namespace flaqes {

struct Signal {
    std::string name;
    double weight = 0.0;
    std::string detail;
};

// [{name, weight, detail}, ...] in the order given.
json::Value signals_json(const std::vector<Signal>& signals);

}  // namespace flaqes
