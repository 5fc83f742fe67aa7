#include "core/report/sarif.hpp"

#include <map>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes::sarif {
namespace {

using json::Value;

Value text(const std::string& s) { return Value::string(s); }

// A SARIF "message" or "multiformatMessageString": {"text": ..., "markdown": ...}.
Value message(const std::string& plain, const std::string& markdown = {}) {
    Value out = Value::object();
    out.set("text", text(plain));
    if (!markdown.empty()) out.set("markdown", text(markdown));
    return out;
}

Value strings(const std::vector<std::string>& items) {
    Value out = Value::array();
    for (const std::string& s : items) out.push(text(s));
    return out;
}

Value tool_json(const Tool& tool, const std::vector<Rule>& rules) {
    Value driver = Value::object();
    driver.set("name", text(tool.name));
    if (!tool.version.empty()) driver.set("version", text(tool.version));
    if (!tool.information_uri.empty()) driver.set("informationUri", text(tool.information_uri));
    Value items = Value::array();
    for (const Rule& r : rules) {
        Value rule = Value::object();
        rule.set("id", text(r.id));
        rule.set("name", text(r.name));
        rule.set("shortDescription", message(r.short_description));
        rule.set("fullDescription", message(r.full_description));
        rule.set("help", message(r.help_text, r.help_markdown));
        if (!r.tags.empty()) {
            Value properties = Value::object();
            properties.set("tags", strings(r.tags));
            rule.set("properties", std::move(properties));
        }
        items.push(std::move(rule));
    }
    driver.set("rules", std::move(items));
    Value out = Value::object();
    out.set("driver", std::move(driver));
    return out;
}

Value location_json(const Result& r) {
    Value location = Value::object();
    if (r.physical_location) {
        Value artifact = Value::object();
        artifact.set("uri", text(uri_reference(r.physical_location->path)));
        Value region = Value::object();
        region.set("startLine", Value::integer(r.physical_location->start_line));
        Value physical = Value::object();
        physical.set("artifactLocation", std::move(artifact));
        physical.set("region", std::move(region));
        location.set("physicalLocation", std::move(physical));
    }
    Value logical = Value::array();
    for (const LogicalLocation& l : r.logical_locations) {
        Value item = Value::object();
        item.set("name", text(l.name));
        item.set("fullyQualifiedName", text(l.fully_qualified_name));
        item.set("kind", text(l.kind));
        logical.push(std::move(item));
    }
    if (logical.size() > 0) location.set("logicalLocations", std::move(logical));
    return location;
}

Value result_json(const Result& r, std::size_t rule_index) {
    Value out = Value::object();
    out.set("ruleId", text(r.rule_id));
    out.set("ruleIndex", Value::integer(static_cast<std::int64_t>(rule_index)));
    if (!r.kind.empty()) out.set("kind", text(r.kind));
    out.set("level", text(level_name(r.level)));
    out.set("message", message(r.message, r.message_markdown));
    Value location = location_json(r);
    if (location.size() > 0) {
        Value locations = Value::array();
        locations.push(std::move(location));
        out.set("locations", std::move(locations));
    }
    if (!r.fingerprint_key.empty()) {
        Value fingerprints = Value::object();
        fingerprints.set(r.fingerprint_key, text(r.fingerprint));
        out.set("partialFingerprints", std::move(fingerprints));
    }
    if (!r.properties.is_null()) out.set("properties", r.properties);
    return out;
}

bool keeps(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("-._~!$&'()*+,;=:@/").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

const char* level_name(Level level) {
    switch (level) {
        case Level::error: return "error";
        case Level::warning: return "warning";
        case Level::note: return "note";
        case Level::none: return "none";
    }
    return "none";
}

std::string uri_reference(const std::string& path) {
    std::string out;
    for (unsigned char c : path) {
        if (keeps(c)) out += static_cast<char>(c);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

json::Value log(const Tool& tool, const std::vector<Rule>& rules, const std::vector<Result>& results) {
    std::map<std::string, std::size_t> rule_index;
    for (std::size_t i = 0; i < rules.size(); ++i) rule_index.emplace(rules[i].id, i);
    Value items = Value::array();
    for (const Result& r : results) {
        const auto found = rule_index.find(r.rule_id);
        if (found == rule_index.end()) {
            throw Error(sqlstate::internal_error, fmt::format("sarif result names an unknown rule \"{}\"", r.rule_id));
        }
        items.push(result_json(r, found->second));
    }
    Value run = Value::object();
    run.set("tool", tool_json(tool, rules));
    run.set("results", std::move(items));
    Value runs = Value::array();
    runs.push(std::move(run));
    Value out = Value::object();
    out.set("$schema", text("https://json.schemastore.org/sarif-2.1.0.json"));
    out.set("version", text("2.1.0"));
    out.set("runs", std::move(runs));
    return out;
}

}  // namespace flaqes::sarif
