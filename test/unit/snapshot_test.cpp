#include <gtest/gtest.h>

#include "core/error.hpp"
#include "core/migration/snapshot.hpp"

namespace flaqes {
namespace {

const CatalogValue N;  // NULL

// One table (a whole-number float row estimate, an empty integer array) through a capture.
CatalogCapture small_capture() {
    CatalogCapture c;
    c.record(&SchemaGraphBuilder::add_relation,
             {200, "app", "profiles", "r", 10.0, N, N, N, N, N, N, N, 5, 1, 0, 4, 2, 3, true});
    c.record(&SchemaGraphBuilder::add_column,
             {200, 1, "customer_id", "bigint", 20, -1, "b", "N", true, N, "", "", N, 0.0, -1.0, N});
    c.begin(&SchemaGraphBuilder::add_sequence);
    c.record(&SchemaGraphBuilder::add_enum, {300, "app", "mood", std::vector<std::string>{}});
    return c;
}

json::Value document(const CatalogCapture& capture) {
    SnapshotHeader header;
    header.taken_at = "2026-01-01T00:00:00Z";
    const SchemaGraph graph = replay(capture.steps());
    return snapshot_document(header, capture, graph, {RelationSize{200, 8192, 0, 8192}});
}

TEST(Snapshot, ReadsBackTheGraphItWasTakenFrom) {
    // Through text, as a snapshot travels.
    const CatalogSnapshot s = read_snapshot(json::parse(json::dump(document(small_capture()))), "s");
    ASSERT_EQ(s.graph.tables.size(), 1u);
    const Table& t = s.graph.tables[0];
    EXPECT_EQ(t.name.sql(), "app.profiles");
    EXPECT_EQ(t.row_estimate.value_or(-1), 10.0);
    EXPECT_EQ(t.column("customer_id")->n_distinct.value_or(0), -1.0);
    ASSERT_EQ(s.graph.enums.size(), 1u);
    EXPECT_TRUE(s.graph.enums[0].labels.empty());
    ASSERT_EQ(s.sizes.size(), 1u);
    EXPECT_EQ(s.sizes[0].table_bytes.value_or(0), 8192);
    EXPECT_EQ(s.header.taken_at, "2026-01-01T00:00:00Z");
}

TEST(Snapshot, StepsThatRanWithoutRowsAreKept) {
    const CatalogCapture c = small_capture();
    ASSERT_EQ(c.steps().size(), 4u);
    EXPECT_EQ(c.steps()[2].name, "sequences");
    EXPECT_TRUE(c.steps()[2].rows.empty());
}

void expect_refused(const json::Value& doc, const std::string& detail_part) {
    try {
        read_snapshot(doc, "before");
        ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), sqlstate::invalid_parameter_value);
        EXPECT_NE(e.detail().find(detail_part), std::string::npos) << e.detail();
        EXPECT_NE(std::string(e.what()).find("before"), std::string::npos);
    }
}

TEST(Snapshot, RefusesWhatItDidNotWrite) {
    expect_refused(json::Value::array(), "not a JSON object");
    json::Value doc = document(small_capture());
    json::Value edited = doc;
    edited.set("catalog", json::Value::array());
    expect_refused(edited, "digest");
    json::Value bad_format = doc;
    bad_format.set("format", json::Value::string("other"));
    expect_refused(bad_format, "format");
    json::Value wrong_type = json::parse(json::dump(doc));
    wrong_type.set("catalog", json::parse(R"([{"step": "relations", "types": "i", "rows": [["x"]]}])"));
    expect_refused(wrong_type, "Step \"relations\", row 1");
    json::Value unknown = doc;
    unknown.set("catalog", json::parse(R"([{"step": "triggers", "types": "", "rows": []}])"));
    expect_refused(unknown, "Unknown catalog step");
}

TEST(Snapshot, ForgedRowsAreRefusedNotTrippedOver) {
    // A foreign key on a column the table lacks (attnum 9): the rules take such columns for
    // granted, as they may on a live catalog (found by test/fuzz/snapshot_fuzzer.cpp).
    CatalogCapture c;
    c.record(&SchemaGraphBuilder::add_relation,
             {200, "app", "profiles", "r", N, N, N, N, N, N, N, N, N, N, N, N, N, N, false});
    c.record(&SchemaGraphBuilder::add_column,
             {200, 1, "id", "bigint", 20, -1, "b", "N", true, N, "", "", N, N, N, N});
    c.begin(&SchemaGraphBuilder::add_sequence);
    c.begin(&SchemaGraphBuilder::add_index);
    c.record(&SchemaGraphBuilder::add_constraint,
             {200, "profiles_fk", "f", std::vector<std::int64_t>{9}, 200, "app", "profiles", N,
              std::vector<std::int64_t>{1}, "a", "a", "s", false, false, true, N, N, 0, true});
    try {
        graph_from_steps(c.steps(), "snapshot");
        ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), sqlstate::invalid_parameter_value);
        EXPECT_NE(e.detail().find("a foreign key names a column the table lacks"), std::string::npos) << e.detail();
    }
    // The rows a live read gives pass.
    EXPECT_EQ(graph_from_steps(small_capture().steps(), "snapshot").tables.size(), 1u);
}

}  // namespace
}  // namespace flaqes
