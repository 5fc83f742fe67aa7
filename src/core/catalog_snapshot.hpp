// The catalog as src/pg/ reads it: one JSON array per catalog query (see src/pg/catalog_reader.cpp
// for the queries and the position of each field). build_schema_graph turns it into the model, so
// the whole translation is testable without a server.
#pragma once

#include <string>
#include <vector>

#include "core/schema_graph.hpp"

namespace flaqes {

struct CatalogSnapshot {
    std::string relations;    // one array per relation
    std::string columns;      // one array per column, ordered by relation and attnum
    std::string constraints;  // primary key, unique, foreign key, check, exclusion
    std::string indexes;
    std::string enums;
    std::string domains;
    std::string composites;   // standalone composite types with their attributes
};

SchemaGraph build_schema_graph(const CatalogSnapshot& snapshot);

// The relation oids of a relations array, for the per-relation queries.
std::vector<Oid> relation_oids(const std::string& relations_json);

// An SQL array literal of oids: {1,2,3}.
std::string oid_array_literal(const std::vector<Oid>& oids);

// A JSON array of strings as a list.
std::vector<std::string> json_string_list(const std::string& json_text);

}  // namespace flaqes
