// The shared library's Postgres module header.
#include "pg/pg_headers.hpp"

extern "C" {
PG_MODULE_MAGIC;
}
