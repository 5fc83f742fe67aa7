#include "core/intent.hpp"

#include <string>

#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/json.hpp"

namespace json = flaqes::json;
using flaqes::Intent;
using flaqes::parse_intent;

namespace {

flaqes::Error intent_error(const std::string& text) {
    try {
        parse_intent(json::parse(text));
    } catch (const flaqes::Error& e) {
        return e;
    }
    ADD_FAILURE() << "accepted: " << text;
    return flaqes::Error("", "");
}

void expect_error(const std::string& text, const std::string& message, const std::string& hint) {
    const flaqes::Error e = intent_error(text);
    EXPECT_EQ(e.code(), flaqes::sqlstate::invalid_parameter_value) << text;
    EXPECT_EQ(std::string(e.what()), message) << text;
    EXPECT_EQ(e.hint(), hint) << text;
}

std::string normalized(const std::string& text) { return json::dump(intent_json(parse_intent(json::parse(text)))); }

}  // namespace

TEST(Intent, OnlyWorkloadGivenFillsEveryDefault) {
    const Intent i = parse_intent(json::parse(R"({"workload": "OLAP"})"));
    EXPECT_EQ(i.workload, flaqes::Workload::olap);
    EXPECT_EQ(i.write_frequency, flaqes::WriteFrequency::medium);
    EXPECT_TRUE(i.read_patterns.empty());
    EXPECT_EQ(i.consistency, flaqes::Consistency::strong);
    EXPECT_EQ(i.evolution_rate, flaqes::EvolutionRate::medium);
    EXPECT_EQ(i.data_volume, flaqes::DataVolume::medium);
    EXPECT_EQ(i.engine, "postgresql");
    EXPECT_TRUE(i.ignore.empty());
    EXPECT_EQ(normalized(R"({"workload": "OLAP"})"),
              R"({"workload":"OLAP","write_frequency":"medium","read_patterns":[],"consistency":"strong",)"
              R"("evolution_rate":"medium","data_volume":"medium","engine":"postgresql","ignore":[],"min_severity":"info",)"
              R"("min_confidence":0,"include":[],"exclude":[],"rules":[]})");
}

TEST(Intent, EveryKeyReadAndCanonicalized) {
    const Intent i = parse_intent(json::parse(
        R"({"workload": "oltp", "write_frequency": "HIGH", "read_patterns": ["range_scan", "point_lookup", "range_scan"],)"
        R"( "consistency": "eventual", "evolution_rate": "frozen", "data_volume": "massive", "engine": "PostgreSQL",)"
        R"( "ignore": ["wide_table", "R12", "wide_table"]})"));
    EXPECT_EQ(i.workload, flaqes::Workload::oltp);
    EXPECT_EQ(i.write_frequency, flaqes::WriteFrequency::high);
    ASSERT_EQ(i.read_patterns.size(), 2u);
    EXPECT_TRUE(i.reads(flaqes::ReadPattern::range_scan));
    EXPECT_TRUE(i.reads(flaqes::ReadPattern::point_lookup));
    EXPECT_FALSE(i.reads(flaqes::ReadPattern::aggregation));
    EXPECT_EQ(i.consistency, flaqes::Consistency::eventual);
    EXPECT_EQ(i.evolution_rate, flaqes::EvolutionRate::frozen);
    EXPECT_EQ(i.data_volume, flaqes::DataVolume::massive);
    EXPECT_EQ(i.engine, "postgresql");
    EXPECT_EQ(i.ignore, (std::vector<std::string>{"wide_table", "R12"}));
    const json::Value doc = intent_json(i);
    EXPECT_EQ(doc.find("workload")->as_string(), "OLTP");
    EXPECT_EQ(json::dump(*doc.find("read_patterns")), R"(["range_scan","point_lookup"])");
}

TEST(Intent, JsonRoundTrips) {
    const std::string full = normalized(
        R"({"workload": "mixed", "read_patterns": ["aggregation", "join_heavy"], "data_volume": "large", "ignore": ["x"]})");
    EXPECT_EQ(normalized(full), full);
}

TEST(Intent, NullIsItsOwnError) {
    try {
        parse_intent(json::Value());
        FAIL();
    } catch (const flaqes::Error& e) {
        EXPECT_EQ(e.code(), flaqes::sqlstate::null_value_not_allowed);
        EXPECT_STREQ(e.what(), "intent must not be null");
        EXPECT_NE(e.hint().find("flaqes.intent('OLTP')"), std::string::npos);
    }
}

TEST(Intent, NotAnObject) {
    const flaqes::Error e = intent_error(R"(["OLTP"])");
    EXPECT_EQ(e.code(), flaqes::sqlstate::invalid_parameter_value);
    EXPECT_STREQ(e.what(), "intent must be a json object");
    EXPECT_EQ(e.detail(), "The intent given is a json array.");
}

TEST(Intent, WorkloadRequired) {
    expect_error("{}", R"(intent key "workload" is required)", "Allowed values: OLTP, OLAP, mixed.");
    expect_error(R"({"data_volume": "small"})", R"(intent key "workload" is required)",
                 "Allowed values: OLTP, OLAP, mixed.");
}

TEST(Intent, UnknownKeyListsTheKeys) {
    expect_error(R"({"workload": "OLTP", "workloads": "OLAP"})", R"(unknown intent key "workloads")",
                 "Allowed keys: workload, write_frequency, read_patterns, consistency, evolution_rate, "
                 "data_volume, engine, ignore, min_severity, min_confidence, include, exclude, rules.");
}

TEST(Intent, DuplicateKey) {
    expect_error(R"({"workload": "OLTP", "workload": "OLAP"})", R"(intent key "workload" is given twice)",
                 "Give each key once.");
}

TEST(Intent, UnknownValueNamesKeyAndAllowedValues) {
    expect_error(R"({"workload": "batch"})", R"(invalid value "batch" for intent key "workload")",
                 "Allowed values: OLTP, OLAP, mixed.");
    expect_error(R"({"workload": "OLTP", "write_frequency": "often"})",
                 R"(invalid value "often" for intent key "write_frequency")", "Allowed values: high, medium, low.");
    expect_error(R"({"workload": "OLTP", "read_patterns": ["point_lookup", "full_scan"]})",
                 R"(invalid value "full_scan" for intent key "read_patterns")",
                 "Allowed values: point_lookup, range_scan, aggregation, join_heavy.");
    expect_error(R"({"workload": "OLTP", "consistency": "weak"})",
                 R"(invalid value "weak" for intent key "consistency")", "Allowed values: strong, eventual.");
    expect_error(R"({"workload": "OLTP", "evolution_rate": "never"})",
                 R"(invalid value "never" for intent key "evolution_rate")",
                 "Allowed values: high, medium, low, frozen.");
    expect_error(R"({"workload": "OLTP", "data_volume": "huge"})",
                 R"(invalid value "huge" for intent key "data_volume")",
                 "Allowed values: small, medium, large, massive.");
    expect_error(R"({"workload": "OLTP", "engine": "mysql"})", R"(invalid value "mysql" for intent key "engine")",
                 "Allowed values: postgresql.");
}

TEST(Intent, WrongTypes) {
    expect_error(R"({"workload": 1})", R"(intent key "workload" must be a string)",
                 "Allowed values: OLTP, OLAP, mixed.");
    expect_error(R"({"workload": null})", R"(intent key "workload" must be a string)",
                 "Allowed values: OLTP, OLAP, mixed.");
    expect_error(R"({"workload": "OLTP", "read_patterns": "point_lookup"})",
                 R"(intent key "read_patterns" must be an array of strings)",
                 "Allowed values: point_lookup, range_scan, aggregation, join_heavy.");
    expect_error(R"({"workload": "OLTP", "read_patterns": [1]})",
                 R"(intent key "read_patterns" must be an array of strings)",
                 "Allowed values: point_lookup, range_scan, aggregation, join_heavy.");
    expect_error(R"({"workload": "OLTP", "engine": true})", R"(intent key "engine" must be a string)",
                 "Allowed values: postgresql.");
    expect_error(R"({"workload": "OLTP", "ignore": "x"})", R"(intent key "ignore" must be an array of strings)",
                 R"(Give an array of finding ids or rule names, e.g. ["wide_table"].)");
    expect_error(R"({"workload": "OLTP", "ignore": [""]})",
                 R"(intent key "ignore" must be an array of non-empty strings)",
                 R"(Give an array of finding ids or rule names, e.g. ["wide_table"].)");
    EXPECT_EQ(intent_error(R"({"workload": 1})").detail(), "The value given is 1.");
    EXPECT_EQ(intent_error(R"({"workload": null})").detail(), "The value given is null.");
}

TEST(Intent, Names) {
    EXPECT_STREQ(flaqes::workload_name(flaqes::Workload::mixed), "mixed");
    EXPECT_STREQ(flaqes::read_pattern_name(flaqes::ReadPattern::join_heavy), "join_heavy");
    EXPECT_STREQ(flaqes::evolution_rate_name(flaqes::EvolutionRate::frozen), "frozen");
    EXPECT_STREQ(flaqes::data_volume_name(flaqes::DataVolume::small), "small");
    EXPECT_STREQ(flaqes::consistency_name(flaqes::Consistency::eventual), "eventual");
    EXPECT_STREQ(flaqes::write_frequency_name(flaqes::WriteFrequency::low), "low");
}
