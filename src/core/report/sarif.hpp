// A generic SARIF 2.1.0 writer: one run of one tool, its rules and its results, as the JSON log
// that code-scanning services read. Knows nothing of flaqes's findings (sarif_findings.hpp maps them).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"

namespace flaqes::sarif {

struct Tool {
    std::string name;
    std::string version;
    std::string information_uri;  // omitted when empty
};

struct Rule {
    std::string id;  // what results name in ruleId
    std::string name;
    std::string short_description;
    std::string full_description;
    std::string help_text;
    std::string help_markdown;
    std::vector<std::string> tags;  // properties.tags
};

enum class Level { error, warning, note, none };
const char* level_name(Level level);

// A named program element the result is about, e.g. {"orders", "shop.orders", "type"}.
struct LogicalLocation {
    std::string name;
    std::string fully_qualified_name;
    std::string kind;  // SARIF's logicalLocation kinds: "namespace", "type", "member", ...
};

// A line of a file in the repository, the path as the repository names it (a relative reference).
struct PhysicalLocation {
    std::string path;
    int start_line = 1;
};

struct Result {
    std::string rule_id;  // one of the rules' ids
    Level level = Level::warning;
    // SARIF's result kind, omitted when empty (meaning "fail"); "pass" for a problem that is gone,
    // with Level::none as SARIF wants for any kind but "fail".
    std::string kind;
    std::string message;
    std::string message_markdown;  // omitted when empty
    // partialFingerprints: a stable identity of the result that does not depend on its line.
    std::string fingerprint_key;
    std::string fingerprint;
    std::vector<LogicalLocation> logical_locations;
    std::optional<PhysicalLocation> physical_location;
    json::Value properties;  // omitted when null
};

// "%20"-style escaping of what is not allowed in a URI path (RFC 3986 unreserved, sub-delims,
// ':', '@' and '/' stay), so a path with spaces or non-ASCII letters is a valid relative reference.
std::string uri_reference(const std::string& path);

// The SARIF 2.1.0 log. A result naming a rule not in `rules` is Error(internal_error).
json::Value log(const Tool& tool, const std::vector<Rule>& rules, const std::vector<Result>& results);

}  // namespace flaqes::sarif
