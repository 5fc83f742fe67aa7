// Turns the rows of the catalog queries (src/pg/catalog_reader.cpp: the queries and the position
// of each field) into the model, row by row as they are read, so the whole translation is
// testable without a server and no second copy of the catalog is held.
#pragma once

#include <string>
#include <vector>

#include "core/catalog/catalog_row.hpp"
#include "core/catalog/schema_graph.hpp"

namespace flaqes {

class SchemaGraphBuilder {
public:
    // Relations first, then columns (in any order), then the sequences of columns, then indexes,
    // then constraints: constraints name their columns (and those a foreign key references, when
    // its row leaves them NULL), and a unique constraint takes NULLS NOT DISTINCT from its index.
    // Rows of relations (or columns) not added are ignored. Rows out of this order are an internal
    // error.
    void add_relation(const CatalogRow& row);
    void add_column(const CatalogRow& row);
    void add_sequence(const CatalogRow& row);
    void add_index(const CatalogRow& row);
    void add_constraint(const CatalogRow& row);

    // Types, at any time. A domain row carries its checks; a composite type comes as one row per
    // attribute, consecutive and in attribute order (one row with NULL attribute fields if it has none).
    void add_enum(const CatalogRow& row);
    void add_domain(const CatalogRow& row);
    void add_composite_attribute(const CatalogRow& row);
    // Views and triggers that use columns of the relations added, at any time after the relations.
    void add_dependent(const CatalogRow& row);
    // A range type: the composites query's columns, the subtype in the attribute's fields.
    void add_range(const CatalogRow& row);

    // The relations added so far, for the per-relation queries.
    std::vector<Oid> relation_oids() const;

    SchemaGraph finish();

private:
    enum class Step { relations, columns, sequences, indexes, constraints };
    void reach(Step step);
    Table* table(Oid oid);

    SchemaGraph graph_;
    Step step_ = Step::relations;
    Table* last_table_ = nullptr;  // rows come grouped by relation: usually the one looked up last
};

// An SQL array literal of oids: {1,2,3}.
std::string oid_array_literal(const std::vector<Oid>& oids);

}  // namespace flaqes
