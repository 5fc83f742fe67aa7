// The CI gate of flaqes.check: it fails a job when findings at or above a
// severity remain. Passing returns a one-line summary; failing is an Error with SQLSTATE QF001
// (class QF = flaqes gate), the count in the message, one line per finding in the DETAIL and how
// to accept findings in the HINT, so `psql -v ON_ERROR_STOP=1` exits non-zero with a readable log.
// analyze_ddl's gate (core/migration/ddl_gate.hpp) words its error the same way.
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
};

// The fail_on argument of the gates (flaqes.check, analyze_ddl): info | warning | critical;
// anything else is Error 22023 listing them.
Severity parse_fail_on(std::string_view text);

// The DETAIL of a failing gate: the lines in the given order, stopping before the error's fixed
// DETAIL buffer (pg/boundary.hpp) is full and then saying how many were left out.
std::string gate_detail(const std::vector<std::string>& lines);

// The summary ("ok: 0 finding(s) at or above critical (2 warning, 5 info)") when no item is at
// or above fail_on; otherwise throws Error QF001 "<N> finding(s) at or above <level>".
std::string enforce_gate(const std::vector<GateItem>& items, Severity fail_on);

}  // namespace flaqes
