// OIDs of the built-in types flaqes generates values for (fixed by Postgres: catalog/pg_type.dat).
#pragma once

#include "core/catalog/schema_graph.hpp"

namespace flaqes::seed::type_oid {
inline constexpr Oid boolean = 16, bytea = 17, char_ = 18, name = 19, int8 = 20, int2 = 21, int4 = 23, text = 25,
                     oid = 26, json = 114, xml = 142, point = 600, lseg = 601, path = 602, box = 603,
                     polygon = 604, line = 628, circle = 718, cidr = 650, float4 = 700, float8 = 701,
                     macaddr8 = 774, money = 790, macaddr = 829, inet = 869, bpchar = 1042, varchar = 1043,
                     date = 1082, time = 1083, timestamp = 1114, timestamptz = 1184, interval = 1186,
                     timetz = 1266, bit = 1560, varbit = 1562, numeric = 1700, uuid = 2950, tsvector = 3614,
                     jsonb = 3802, int4range = 3904, numrange = 3906, tsrange = 3908, tstzrange = 3910,
                     daterange = 3912, int8range = 3926;
}  // namespace flaqes::seed::type_oid
