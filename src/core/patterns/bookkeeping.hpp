// Tables whose shape is set by something other than the schema's author: a framework's own
// bookkeeping (migration history, ORM metadata) and the document/line tables of a business
// record, whose copies of parent values are the record as it was issued. Plain predicates, not
// registered patterns: analyze rules ask them directly.
#pragma once

#include "core/catalog/schema_graph.hpp"

namespace flaqes {

// schema_migrations, ar_internal_metadata, _prisma_migrations, __diesel_schema_migrations,
// flyway_schema_history, alembic_version, django_migrations, ...: owned by a migration tool.
bool framework_bookkeeping(const Table& table);

// A table that holds no rows by design: a partition template (pg_partman's template_*, *_template)
// copied by a partition manager.
bool row_template(const Table& table);

// An invoice, order or their lines: a table that records a transaction (a quantity, price,
// amount or total beside its references). Values copied from a parent there are a snapshot.
bool document_or_line(const Table& table);

}  // namespace flaqes
