// One row of a catalog query as plain values: src/pg/ converts each SQL value by its type, the
// core reads them by position, so the catalog reaches the model without a text format between.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// NULL; boolean; int2/int4/int8/oid; float4/float8; text/name/"char" (a zero "char" is "");
// arrays of the integer types; arrays of text or name (a NULL element is "").
using CatalogValue = std::variant<std::monostate, bool, std::int64_t, double, std::string,
                                  std::vector<std::int64_t>, std::vector<std::string>>;
using CatalogRow = std::vector<CatalogValue>;

// Typed reads of a row. A field of another type, or missing, is a bug in the queries (never user
// input): an internal error naming the field. NULL reads as the empty value where none is optional.
class RowReader {
public:
    explicit RowReader(const CatalogRow& row) : row_(row) {}

    bool null(std::size_t i) const;
    std::string str(std::size_t i) const;
    std::optional<std::string> opt_str(std::size_t i) const;
    char chr(std::size_t i) const;  // first character of a "char" or text field; '\0' if empty or NULL
    bool flag(std::size_t i) const;
    std::int64_t int64(std::size_t i) const;
    std::optional<std::int64_t> opt_int64(std::size_t i) const;
    std::optional<double> opt_double(std::size_t i) const;
    Oid oid(std::size_t i) const { return static_cast<Oid>(int64(i)); }
    std::vector<std::int64_t> ints(std::size_t i) const;
    std::vector<std::string> strings(std::size_t i) const;

private:
    const CatalogValue& at(std::size_t i) const;
    template <typename T>
    const T* get(std::size_t i) const;

    const CatalogRow& row_;
};

}  // namespace flaqes
