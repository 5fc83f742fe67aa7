// Converts the rows of an SPI result into CatalogRows (core/catalog_row.hpp) by the SQL type of
// each column, for the catalog reader: no text format between the catalog and the model.
#pragma once

#include <memory>
#include <vector>

#include "core/catalog/catalog_row.hpp"
#include "pg/boundary.hpp"

namespace flaqes::pg {

class RowConverter {
public:
    // The result's columns must be of the types CatalogValue lists; another type is an internal
    // error naming the column.
    explicit RowConverter(TupleDesc desc);

    // Fills `row` from `tuple`, reusing its storage. Calls Postgres: run it inside pg_call.
    void convert(HeapTuple tuple, CatalogRow& row);

private:
    enum class Kind { boolean, integer, float4, float8, text, name, character, integer_array, text_array };
    struct Field {
        Kind kind;
        Oid type;
        Oid element_type = InvalidOid;  // arrays
        int16 element_length = 0;
        bool element_by_value = false;
        char element_align = 0;
    };
    static Kind kind_of(Oid type, int column);

    TupleDesc desc_;
    std::vector<Field> fields_;
    std::vector<Datum> datums_;  // one deformed tuple
    std::unique_ptr<bool[]> nulls_;
};

}  // namespace flaqes::pg
