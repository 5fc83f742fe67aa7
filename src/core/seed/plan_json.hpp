// flaqes.seed_plan's document: the plan as JSON, for people to read.
#pragma once

#include "core/json.hpp"
#include "core/seed/plan.hpp"

namespace flaqes::seed {

json::Value plan_json(const Plan& plan);

}  // namespace flaqes::seed
