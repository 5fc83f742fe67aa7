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
