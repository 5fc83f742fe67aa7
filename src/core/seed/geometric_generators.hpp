// Generators of the geometric types other than point (misc_generators.hpp): lseg, path, box,
// polygon, line and circle, as their input text. Shapes sit around a centre drawn like a point's
// (a unique column puts the row counter in the centre's x); every value is valid input: boxes and
// segments have two distinct corners, circles a positive radius, lines coefficients A and B not
// both zero.
#pragma once

#include "core/seed/generator.hpp"

namespace flaqes::seed {

// True for the type OIDs this file generates.
bool is_geometric(Oid type);

GeneratorPtr make_geometric_generator(const ColumnSpec& spec);

}  // namespace flaqes::seed
