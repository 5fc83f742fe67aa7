-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------------------------
-- roles() and patterns(): machine-readable reasons (issue 13). Each hypothesis and each pattern
-- instance carries signals as [{name, weight, detail}] with stable names (docs/roles_patterns.md);
-- the prose stays beside them. The return types change, so the functions are dropped and created.
-- ---------------------------------------------------------------------------------------------

DROP FUNCTION flaqes.roles(text[]);

CREATE FUNCTION flaqes.roles(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, role text, confidence real, signals jsonb, reasons text[], alternatives jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_roles';

COMMENT ON FUNCTION flaqes.roles(text[]) IS
  'What each table is for, as a hypothesis: role (entity, fact, dimension, event_log, junction, scd2, '
  'snapshot, lookup, config, audit_log, polymorphic, queue, eav), confidence in [0,1], signals as '
  '[{name, weight, detail}] (stable names, negative weights are evidence against), the same reasons '
  'in words, and the other plausible roles as [{role, confidence, signals, reasons}]. A role seen in '
  'names only stays below 0.5. Reads keys, foreign keys (also to tables outside the schemas asked '
  'for), names, types, constraints, indexes and, when present, statistics. All user schemas when NULL.';

DROP FUNCTION flaqes.patterns(text[]);

CREATE FUNCTION flaqes.patterns(schemas text[] DEFAULT NULL)
RETURNS TABLE(table_name regclass, pattern text, columns text[], confidence real, evidence jsonb, signals jsonb)
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_patterns';

COMMENT ON FUNCTION flaqes.patterns(text[]) IS
  'Design patterns found in the tables, one row per instance: soft_delete, scd2, scd1, audit_columns, '
  'optimistic_locking, event_sourcing, jsonb_document, jsonb_attributes, jsonb_payload, eav, '
  'repeating_group, polymorphic_association, exclusive_arc, adjacency_tree, materialized_path, '
  'closure_table, multi_tenant, time_partitioning, trinity_identifiers, job_queue, '
  'framework_bookkeeping, partition_template, document_snapshot; with the columns that carry it, a '
  'confidence in [0,1] (the signal weights summed), the evidence, and signals as [{name, weight, '
  'detail}] with stable names. All user schemas when NULL.';
