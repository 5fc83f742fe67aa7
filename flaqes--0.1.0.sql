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
-- Intent, table roles, design patterns
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.intent(
  workload text,
  write_frequency text DEFAULT 'medium',
  read_patterns text[] DEFAULT '{}',
  consistency text DEFAULT 'strong',
  evolution_rate text DEFAULT 'medium',
  data_volume text DEFAULT 'medium',
  engine text DEFAULT 'postgresql')
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_intent';

COMMENT ON FUNCTION flaqes.intent(text, text, text[], text, text, text, text) IS
  'A validated intent (what the database is for) as jsonb, every default filled in, for '
  'flaqes.analyze. workload: OLTP | OLAP | mixed (required); write_frequency: high | medium | low; '
  'read_patterns: point_lookup, range_scan, aggregation, join_heavy; consistency: strong | eventual; '
  'evolution_rate: high | medium | low | frozen; data_volume: small | medium | large | massive; '
  'engine: postgresql. Values match case-insensitively.';

CREATE FUNCTION flaqes.validate_intent(intent jsonb)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_validate_intent';

COMMENT ON FUNCTION flaqes.validate_intent(jsonb) IS
  'Checks an intent document as flaqes.analyze does and returns it with every default filled in; '
  'an unknown key, a wrong type or an unknown value is an error naming the key and the allowed values.';

CREATE FUNCTION flaqes.roles(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, role text, confidence real, signals text[], alternatives jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_roles';

COMMENT ON FUNCTION flaqes.roles(text[]) IS
  'What each table is for, as a hypothesis: role (entity, fact, dimension, event_log, junction, scd2, '
  'snapshot, lookup, config, audit_log, polymorphic, queue, eav), confidence in [0,1], the evidence '
  'in words, and the other plausible roles as [{role, confidence, signals}]. Reads keys, foreign keys, '
  'names, types, constraints, indexes and, when present, statistics. All user schemas when NULL.';

CREATE FUNCTION flaqes.patterns(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, pattern text, columns text[], confidence real, evidence jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_patterns';

COMMENT ON FUNCTION flaqes.patterns(text[]) IS
  'Design patterns found in the tables, one row per instance: soft_delete, scd2, scd1, audit_columns, '
  'event_sourcing, jsonb_document, jsonb_attributes, eav, repeating_group, polymorphic_association, '
  'exclusive_arc, adjacency_tree, closure_table, multi_tenant, time_partitioning, trinity_identifiers; '
  'with the columns that carry it, a confidence in [0,1] and the evidence. All user schemas when NULL.';

-- ---------------------------------------------------------------------------------------------
-- Analysis: design tensions weighed by intent, and the report
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.analyze(intent jsonb, schemas text[] DEFAULT NULL)
RETURNS TABLE(id text, rule text, category text, severity text, table_name regclass, columns text[],
              description text, current_benefit text, risk text, breaking_point text,
              alternatives jsonb, confidence real, evidence jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_analyze';

COMMENT ON FUNCTION flaqes.analyze(jsonb, text[]) IS
  'Design tensions of the schema, weighed by the declared intent (see flaqes.intent()): one row per '
  'finding with a stable id, its rule, category (normalization, performance, evolution, consistency), '
  'severity (info, warning, critical), what the design buys, what it risks, when it breaks (with this '
  'database''s numbers) and alternatives with example DDL. intent.ignore lists finding ids or rule '
  'names to leave out. All user schemas when schemas is NULL. Reads catalogs and statistics only.';

CREATE FUNCTION flaqes.report(intent jsonb, schemas text[] DEFAULT NULL, format text DEFAULT 'markdown')
RETURNS text
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_report';

COMMENT ON FUNCTION flaqes.report(jsonb, text[], text) IS
  'flaqes.analyze as a document: a summary (tables by role, findings by severity), a Mermaid '
  'erDiagram of the analyzed tables with their roles, then the findings grouped by table with '
  'benefit, risk, breaking point and the DDL of each alternative. format: markdown (default) or json.';

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
