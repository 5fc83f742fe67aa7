// What the user says the database is for. Every analysis weighs its findings by this; without
// it advice is noise, so a missing or invalid intent is an error, never a silent default.
#pragma once

#include <string>
#include <vector>

#include "core/json.hpp"

namespace flaqes {

enum class Workload { oltp, olap, mixed };
enum class WriteFrequency { low, medium, high };
enum class ReadPattern { point_lookup, range_scan, aggregation, join_heavy };
enum class Consistency { strong, eventual };
enum class EvolutionRate { frozen, low, medium, high };
enum class DataVolume { small, medium, large, massive };
enum class MinSeverity { info, warning, critical };  // in the order of Severity

struct Intent {
    Workload workload = Workload::oltp;  // required in the JSON
    WriteFrequency write_frequency = WriteFrequency::medium;
    std::vector<ReadPattern> read_patterns;  // empty: none declared
    Consistency consistency = Consistency::strong;
    EvolutionRate evolution_rate = EvolutionRate::medium;
    DataVolume data_volume = DataVolume::medium;
    std::string engine = "postgresql";
    std::vector<std::string> ignore;  // finding ids or rule names that analyze leaves out
    // What analyze shows of what it finds (finding ids do not change):
    MinSeverity min_severity = MinSeverity::info;
    double min_confidence = 0.0;
    std::vector<std::string> include;  // table patterns ('sales.*', '*.tmp_*', 'orders'); empty: every table
    std::vector<std::string> exclude;  // table patterns left out, even when included
    std::vector<std::string> rules;    // only these rules; empty: every rule

    bool reads(ReadPattern pattern) const;
};

// Validates and reads an intent document. Throws Error 22023 naming the key, with a hint that
// lists the allowed values, for unknown keys, wrong types and unknown values; 22004 for null.
Intent parse_intent(const json::Value& document);

// The intent with every default filled in (what flaqes.intent() returns).
json::Value intent_json(const Intent& intent);

const char* workload_name(Workload value);
const char* write_frequency_name(WriteFrequency value);
const char* read_pattern_name(ReadPattern value);
const char* consistency_name(Consistency value);
const char* evolution_rate_name(EvolutionRate value);
const char* data_volume_name(DataVolume value);
const char* min_severity_name(MinSeverity value);

}  // namespace flaqes
