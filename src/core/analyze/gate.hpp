// The CI gate: flaqes.check (and analyze_ddl's fail_on) fail a job when findings at or above a
// severity remain. Passing returns a one-line summary; failing is an Error with SQLSTATE QF001
// (class QF = flaqes gate), the count in the message, one line per finding in the DETAIL and how
// to accept findings in the HINT, so `psql -v ON_ERROR_STOP=1` exits non-zero with a readable log.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analyze/finding.hpp"

namespace flaqes {

// One finding as the gate lists it.
struct GateItem {
    Severity severity = Severity::info;
    std::string id;
    std::string table;        // qualified name; empty for a schema-wide finding
    std::string description;  // only its first line is shown
    std::string location;     // e.g. "line 3", shown before the id; empty for none
};

// info | warning | critical; anything else is Error 22023 listing them.
Severity parse_fail_on(std::string_view text);

// The summary ("ok: 0 findings at or above critical (2 warning, 5 info)") when no item is at or
// above fail_on; otherwise throws Error QF001 "<what><N> findings at or above <level>", where
// `what` is e.g. "migration introduces " (empty for flaqes.check).
std::string enforce_gate(const std::vector<GateItem>& items, Severity fail_on, std::string_view what = {});

}  // namespace flaqes
