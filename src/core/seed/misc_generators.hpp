// Generators of the remaining built-in types (boolean, uuid, json, bytea, network addresses, bit
// strings, point, tsvector, xml, ranges) and of arrays of any generated element type.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::seed {

enum class MiscKind { boolean, uuid, json, bytea, inet, cidr, macaddr, macaddr8, bits, point, tsvector, xml, range };

GeneratorPtr make_misc_generator(MiscKind kind, const ColumnSpec& spec);

// "true" exactly when the column at `column` (generated earlier in the row) is NULL: is_current
// against valid_to.
GeneratorPtr make_null_flag_generator(std::size_t column);

// The spec of one element of an array column (same name and rules, element type, not unique).
ColumnSpec array_element_spec(const ColumnSpec& array_spec);

// A user-defined range type's values: two values of the subtype's generator as ordered bounds,
// "[low,high)" (or "[v,v]" when equal; text subtypes, whose order depends on the collation,
// always "[v,v]").
GeneratorPtr make_subtype_range_generator(const ColumnSpec& subtype, GeneratorPtr bound);

// Arrays of one to three elements from the element generator.
GeneratorPtr make_array_generator(const ColumnSpec& spec, GeneratorPtr element);

}  // namespace flaqes::seed
