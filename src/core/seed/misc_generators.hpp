// Generators of the remaining built-in types (boolean, uuid, json, bytea, network addresses, bit
// strings, point, tsvector, xml, ranges) and of arrays of any generated element type.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::seed {

enum class MiscKind { boolean, uuid, json, bytea, inet, cidr, macaddr, macaddr8, bits, point, tsvector, xml, range };

GeneratorPtr make_misc_generator(MiscKind kind, const ColumnSpec& spec);

// "true" exactly when the column at `column` (generated earlier in the row) is NULL: is_current
// against valid_to; or, when when_null is false, exactly when it is set: is_deleted against deleted_at.
GeneratorPtr make_null_flag_generator(std::size_t column, bool when_null = true);

// The inner generator's value (as text) on rows whose status column (generated earlier from a
// list of values, its ordinal the value's position) holds a value marked in set_for; NULL on the
// others: shipped_date only on shipped orders.
GeneratorPtr make_status_gated_generator(GeneratorPtr inner, std::size_t status_column, std::vector<bool> set_for);

// The spec of one element of an array column (same name and rules, element type, not unique).
ColumnSpec array_element_spec(const ColumnSpec& array_spec);

// A user-defined range type's values: two values of the subtype's generator as ordered bounds,
// "[low,high)" (or "[v,v]" when equal; text subtypes, whose order depends on the collation,
// always "[v,v]").
GeneratorPtr make_subtype_range_generator(const ColumnSpec& subtype, GeneratorPtr bound);

// Arrays of one to three elements from the element generator.
GeneratorPtr make_array_generator(const ColumnSpec& spec, GeneratorPtr element);

}  // namespace flaqes::seed
