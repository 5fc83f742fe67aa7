// Named intents for common kinds of databases, beside the intent builder: a starting point that
// sets every workload axis, to adjust with jsonb || (flaqes.intent_preset('olap') || '{...}').
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/intent.hpp"

namespace flaqes {

struct IntentPreset {
    const char* name;
    const char* description;  // what kind of database it describes
    Intent intent;
};

const std::vector<IntentPreset>& intent_presets();

// The preset of that name (case-insensitive); Error 22023 naming it, with the preset names in
// the hint, when there is none; 22004 for NULL.
const IntentPreset& intent_preset(const std::optional<std::string>& name);

}  // namespace flaqes
