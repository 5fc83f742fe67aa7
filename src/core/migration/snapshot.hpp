// flaqes.snapshot(): the catalog model as a versioned JSON document that can be taken on one
// server and read on another. It holds the catalog rows the model is built from (replayed through
// the same builder, so an analysis of the snapshot finds what the live analysis found), a summary
// of each relation with its row estimate and sizes, and no row data.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/json.hpp"
#include "core/catalog/schema_graph.hpp"
#include "core/migration/catalog_capture.hpp"

namespace flaqes {

inline constexpr const char* snapshot_format = "flaqes.snapshot";
// The layout of the stored catalog rows. Bump it whenever a catalog query of
// src/pg/catalog_reader.cpp changes its fields: older snapshots are then refused, not misread.
inline constexpr std::int64_t snapshot_version = 1;

// Where and when the snapshot was taken.
struct SnapshotHeader {
    std::string flaqes_version;
    std::string server_version;
    std::int64_t server_version_num = 0;
    std::string database;
    std::string taken_at;  // ISO 8601, UTC
    std::optional<std::vector<std::string>> schemas;  // as passed to flaqes.snapshot (NULL: all user schemas)
};

// On-disk sizes of a relation (pg_table_size, pg_indexes_size, pg_total_relation_size).
struct RelationSize {
    Oid oid = 0;
    std::optional<std::int64_t> table_bytes;
    std::optional<std::int64_t> index_bytes;
    std::optional<std::int64_t> total_bytes;
};

json::Value snapshot_document(const SnapshotHeader& header, const CatalogCapture& capture,
                              const SchemaGraph& graph, const std::vector<RelationSize>& sizes);

struct CatalogSnapshot {
    SnapshotHeader header;
    SchemaGraph graph;
    std::vector<RelationSize> sizes;  // by relation oid (the oids of the server it was taken on)
};

// The "catalog" member of a snapshot as the steps it stores, each value typed by its step's
// "types"; a malformed one is an error 22023 naming `argument`. (No digest check: read_snapshot
// does that; the fuzzer feeds forged rows through here.)
std::vector<CapturedStep> read_catalog_steps(const json::Value& catalog, const std::string& argument);

// The graph the steps build, checked for what a live catalog guarantees and the rules rely on
// (every column a key, constraint or index names exists; a foreign key's column lists match):
// rows forged by hand are an error 22023 naming `argument`, never a model the rules trip over.
SchemaGraph graph_from_steps(const std::vector<CapturedStep>& steps, const std::string& argument);

// Reads a document snapshot_document wrote. Anything else (another format or version, a damaged
// or edited document) is an error 22023 naming `argument` and saying what to pass instead.
CatalogSnapshot read_snapshot(const json::Value& document, const std::string& argument);

}  // namespace flaqes
