#include "core/intent.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "core/error.hpp"

namespace flaqes {
namespace {

template <typename E>
struct Choice {
    E value;
    const char* name;  // the canonical spelling, as the user writes it and as intent_json prints it
};

constexpr Choice<Workload> workloads[] = {
    {Workload::oltp, "OLTP"}, {Workload::olap, "OLAP"}, {Workload::mixed, "mixed"}};
constexpr Choice<WriteFrequency> write_frequencies[] = {
    {WriteFrequency::high, "high"}, {WriteFrequency::medium, "medium"}, {WriteFrequency::low, "low"}};
constexpr Choice<ReadPattern> read_patterns[] = {{ReadPattern::point_lookup, "point_lookup"},
                                                 {ReadPattern::range_scan, "range_scan"},
                                                 {ReadPattern::aggregation, "aggregation"},
                                                 {ReadPattern::join_heavy, "join_heavy"}};
constexpr Choice<Consistency> consistencies[] = {{Consistency::strong, "strong"},
                                                 {Consistency::eventual, "eventual"}};
constexpr Choice<EvolutionRate> evolution_rates[] = {{EvolutionRate::high, "high"},
                                                     {EvolutionRate::medium, "medium"},
                                                     {EvolutionRate::low, "low"},
                                                     {EvolutionRate::frozen, "frozen"}};
constexpr Choice<DataVolume> data_volumes[] = {{DataVolume::small, "small"},
                                               {DataVolume::medium, "medium"},
                                               {DataVolume::large, "large"},
                                               {DataVolume::massive, "massive"}};
constexpr Choice<MinSeverity> min_severities[] = {{MinSeverity::info, "info"},
                                                 {MinSeverity::warning, "warning"},
                                                 {MinSeverity::critical, "critical"}};
constexpr const char* engines[] = {"postgresql"};

template <typename E, std::size_t N>
const char* name_of(const Choice<E> (&choices)[N], E value) {
    for (const auto& c : choices) {
        if (c.value == value) return c.name;
    }
    return choices[0].name;
}

template <typename Items, typename Name>
std::string listed(const Items& items, Name name) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += name(item);
    }
    return out;
}

template <typename E, std::size_t N>
std::string allowed_hint(const Choice<E> (&choices)[N]) {
    return fmt::format("Allowed values: {}.", listed(choices, [](const Choice<E>& c) { return c.name; }));
}

bool same_word(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

[[noreturn]] void wrong_type(std::string_view key, const char* wanted, const json::Value& got, std::string hint) {
    throw Error(sqlstate::invalid_parameter_value, fmt::format("intent key \"{}\" must be {}", key, wanted),
                fmt::format("The value given is {}.", got.is_null() ? "null" : json::dump(got)), std::move(hint));
}

[[noreturn]] void invalid_value(std::string_view key, const std::string& value, std::string hint) {
    throw Error(sqlstate::invalid_parameter_value, fmt::format("invalid value \"{}\" for intent key \"{}\"", value, key),
                {}, std::move(hint));
}

// Values match case-insensitively ("oltp" is OLTP); the result is the canonical value.
template <typename E, std::size_t N>
E choose(std::string_view key, const Choice<E> (&choices)[N], const json::Value& v, const char* wanted) {
    if (!v.is_string()) wrong_type(key, wanted, v, allowed_hint(choices));
    for (const auto& c : choices) {
        if (same_word(v.as_string(), c.name)) return c.value;
    }
    invalid_value(key, v.as_string(), allowed_hint(choices));
}

// The reader of a key whose value is one of `choices`.
template <auto field, const auto& choices>
void read_choice(std::string_view key, const json::Value& v, Intent& out) {
    out.*field = choose(key, choices, v, "a string");
}

void read_read_patterns(std::string_view key, const json::Value& v, Intent& out) {
    const char* wanted = "an array of strings";
    if (!v.is_array()) wrong_type(key, wanted, v, allowed_hint(read_patterns));
    out.read_patterns.clear();
    for (const json::Value& item : v.items()) {
        const ReadPattern p = choose(key, read_patterns, item, wanted);
        if (!out.reads(p)) out.read_patterns.push_back(p);  // a repeat adds nothing
    }
}

void read_engine(std::string_view key, const json::Value& v, Intent& out) {
    const std::string hint = fmt::format("Allowed values: {}.", listed(engines, [](const char* e) { return e; }));
    if (!v.is_string()) wrong_type(key, "a string", v, hint);
    const auto it = std::find_if(std::begin(engines), std::end(engines),
                                 [&](const char* e) { return same_word(v.as_string(), e); });
    if (it == std::end(engines)) invalid_value(key, v.as_string(), hint);
    out.engine = *it;
}

// An array of distinct non-empty strings (a repeat adds nothing).
void read_strings(std::string_view key, const json::Value& v, std::vector<std::string>& out, const char* hint) {
    if (!v.is_array()) wrong_type(key, "an array of strings", v, hint);
    out.clear();
    for (const json::Value& item : v.items()) {
        if (!item.is_string() || item.as_string().empty()) wrong_type(key, "an array of non-empty strings", item, hint);
        if (std::find(out.begin(), out.end(), item.as_string()) == out.end()) out.push_back(item.as_string());
    }
}

// The reader of a key whose value is an array of strings.
template <auto field>
void read_string_list(std::string_view key, const json::Value& v, Intent& out) {
    const char* hint = field == &Intent::ignore ? "Give an array of finding ids or rule names, e.g. [\"wide_table\"]."
                       : field == &Intent::rules
                           ? "Give an array of rule names, e.g. [\"fk_without_index\"]."
                           : "Give an array of table patterns: schema.table or a table name alone, * for any "
                             "characters and ? for one, e.g. [\"sales.*\", \"*.tmp_*\"].";
    read_strings(key, v, out.*field, hint);
}

void read_min_confidence(std::string_view key, const json::Value& v, Intent& out) {
    const char* hint = "Give a number from 0 to 1, e.g. 0.7.";
    if (!v.is_number()) wrong_type(key, "a number", v, hint);
    const double value = v.as_double();
    if (!(value >= 0.0 && value <= 1.0)) invalid_value(key, json::dump(v), hint);
    out.min_confidence = value;
}

// One reader per key: validates the value and stores it in the intent.
struct KeyRule {
    const char* key;
    void (*read)(std::string_view key, const json::Value& v, Intent& out);
};

constexpr KeyRule key_rules[] = {
    {"workload", read_choice<&Intent::workload, workloads>},
    {"write_frequency", read_choice<&Intent::write_frequency, write_frequencies>},
    {"read_patterns", read_read_patterns},
    {"consistency", read_choice<&Intent::consistency, consistencies>},
    {"evolution_rate", read_choice<&Intent::evolution_rate, evolution_rates>},
    {"data_volume", read_choice<&Intent::data_volume, data_volumes>},
    {"engine", read_engine},
    {"ignore", read_string_list<&Intent::ignore>},
    {"min_severity", read_choice<&Intent::min_severity, min_severities>},
    {"min_confidence", read_min_confidence},
    {"include", read_string_list<&Intent::include>},
    {"exclude", read_string_list<&Intent::exclude>},
    {"rules", read_string_list<&Intent::rules>},
};

std::string allowed_keys() {
    return fmt::format("Allowed keys: {}.", listed(key_rules, [](const KeyRule& r) { return r.key; }));
}

json::Value strings_json(const std::vector<std::string>& items) {
    json::Value out = json::Value::array();
    for (const std::string& item : items) out.push(json::Value::string(item));
    return out;
}

const char* example = "Pass an object such as {\"workload\": \"OLTP\"}, or build one with flaqes.intent('OLTP').";

}  // namespace

bool Intent::reads(ReadPattern pattern) const {
    return std::find(read_patterns.begin(), read_patterns.end(), pattern) != read_patterns.end();
}

Intent parse_intent(const json::Value& document) {
    if (document.is_null()) {
        throw Error(sqlstate::null_value_not_allowed, "intent must not be null",
                    "Advice depends on what the database is for; flaqes does not guess it.", example);
    }
    if (!document.is_object()) {
        throw Error(sqlstate::invalid_parameter_value, "intent must be a json object",
                    fmt::format("The intent given is a json {}.", json::kind_name(document.kind())), example);
    }
    Intent intent;
    std::vector<std::string_view> seen;
    for (const json::Value::Member& member : document.members()) {
        const std::string& key = member.first;
        const json::Value& value = member.second;
        const auto rule = std::find_if(std::begin(key_rules), std::end(key_rules),
                                       [&](const KeyRule& r) { return key == r.key; });
        if (rule == std::end(key_rules)) {
            throw Error(sqlstate::invalid_parameter_value, fmt::format("unknown intent key \"{}\"", key), {},
                        allowed_keys());
        }
        if (std::find(seen.begin(), seen.end(), rule->key) != seen.end()) {
            throw Error(sqlstate::invalid_parameter_value, fmt::format("intent key \"{}\" is given twice", key), {},
                        "Give each key once.");
        }
        seen.push_back(rule->key);
        rule->read(rule->key, value, intent);
    }
    if (std::find(seen.begin(), seen.end(), std::string_view("workload")) == seen.end()) {
        throw Error(sqlstate::invalid_parameter_value, "intent key \"workload\" is required",
                    "Every other key has a default; this one says what the database is for.",
                    allowed_hint(workloads));
    }
    return intent;
}

json::Value intent_json(const Intent& intent) {
    json::Value doc = json::Value::object();
    doc.set("workload", json::Value::string(workload_name(intent.workload)));
    doc.set("write_frequency", json::Value::string(write_frequency_name(intent.write_frequency)));
    json::Value patterns = json::Value::array();
    for (ReadPattern p : intent.read_patterns) patterns.push(json::Value::string(read_pattern_name(p)));
    doc.set("read_patterns", std::move(patterns));
    doc.set("consistency", json::Value::string(consistency_name(intent.consistency)));
    doc.set("evolution_rate", json::Value::string(evolution_rate_name(intent.evolution_rate)));
    doc.set("data_volume", json::Value::string(data_volume_name(intent.data_volume)));
    doc.set("engine", json::Value::string(intent.engine));
    doc.set("ignore", strings_json(intent.ignore));
    doc.set("min_severity", json::Value::string(min_severity_name(intent.min_severity)));
    doc.set("min_confidence", json::Value::number(intent.min_confidence));
    doc.set("include", strings_json(intent.include));
    doc.set("exclude", strings_json(intent.exclude));
    doc.set("rules", strings_json(intent.rules));
    return doc;
}

const char* workload_name(Workload value) { return name_of(workloads, value); }
const char* write_frequency_name(WriteFrequency value) { return name_of(write_frequencies, value); }
const char* read_pattern_name(ReadPattern value) { return name_of(read_patterns, value); }
const char* consistency_name(Consistency value) { return name_of(consistencies, value); }
const char* evolution_rate_name(EvolutionRate value) { return name_of(evolution_rates, value); }
const char* data_volume_name(DataVolume value) { return name_of(data_volumes, value); }
const char* min_severity_name(MinSeverity value) { return name_of(min_severities, value); }

}  // namespace flaqes
