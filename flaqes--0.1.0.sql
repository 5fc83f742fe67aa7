-- flaqes 0.1.0: a schema critic with intent, and schema-aware test data.
-- Every function is SECURITY INVOKER with a pinned search_path and DateStyle (catalog expressions
-- such as CHECK constraints print dates by DateStyle; flaqes reads and writes them in ISO).
-- Nothing here changes your schema.

\echo Use "CREATE EXTENSION flaqes" to load this file. \quit

COMMENT ON SCHEMA flaqes IS
  'flaqes: reads the catalog to critique the schema against a declared intent, and seeds test data';

-- ---------------------------------------------------------------------------------------------
-- Catalog model
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.schema_graph(schemas text[] DEFAULT NULL)
RETURNS jsonb
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_schema_graph';

COMMENT ON FUNCTION flaqes.schema_graph(text[]) IS
  'The catalog model flaqes works from, as jsonb: tables (columns, keys, foreign keys, checks, '
  'exclusions, indexes, partitioning, row estimates), relationships with cardinality, enums and '
  'domains. All user schemas when schemas is NULL; never system or extension-owned objects.';

-- ---------------------------------------------------------------------------------------------
-- Seeding: schema-aware test data, inserted inside the caller's transaction
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.seed(target regclass, n bigint, options jsonb DEFAULT '{}')
RETURNS TABLE (table_name regclass, inserted bigint)
LANGUAGE c VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_seed';

COMMENT ON FUNCTION flaqes.seed(regclass, bigint, jsonb) IS
  'Inserts n generated rows into target, creating the parent rows its foreign keys need first '
  '(or reusing existing ones), respecting every constraint; one row per table inserted into. '
  'Runs as the caller inside the caller''s transaction: ROLLBACK removes everything. '
  'options: seed, columns, tables, uuid, progress, batch_size (see flaqes.seed_plan).';

CREATE FUNCTION flaqes.seed_rows(target anyelement, n integer, options jsonb DEFAULT '{}')
RETURNS SETOF anyelement
LANGUAGE c VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_seed_rows';

COMMENT ON FUNCTION flaqes.seed_rows(anyelement, integer, jsonb) IS
  'Like flaqes.seed, and returns the inserted rows of the target typed as the table: '
  'SELECT id, email FROM flaqes.seed_rows(NULL::app.users, 3).';

CREATE FUNCTION flaqes.seed_plan(target regclass, n bigint, options jsonb DEFAULT '{}')
RETURNS jsonb
LANGUAGE c STABLE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_seed_plan';

COMMENT ON FUNCTION flaqes.seed_plan(regclass, bigint, jsonb) IS
  'What flaqes.seed would do, as jsonb: insert order, rows per table, reused parents, and the '
  'generator chosen for each column with the reason. Inserts nothing.';

CREATE FUNCTION flaqes.seed_sql(target regclass, n bigint, options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE c VOLATILE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_seed_sql';

COMMENT ON FUNCTION flaqes.seed_sql(regclass, bigint, jsonb) IS
  'The rows flaqes.seed would insert, as an SQL script of INSERTs (and UPDATEs for deferred '
  'foreign keys, setval for sequences) for fixture files. Runs the seed in a subtransaction '
  'that is rolled back: nothing stays, but sequences advance.';
