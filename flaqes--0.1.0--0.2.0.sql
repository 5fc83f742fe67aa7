-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------------------------
-- Dependent views and triggers in the catalog model (issue 12, item 6): DDL that changes a column's
-- type drops and re-creates what uses the column.
-- ---------------------------------------------------------------------------------------------

COMMENT ON FUNCTION flaqes.schema_graph(text[]) IS
  'The catalog model flaqes works from, as jsonb: tables (columns, keys, foreign keys, checks, '
  'exclusions, indexes, partitioning, row estimates), relationships with cardinality, enums, domains, '
  'composite types, and dependents: the views, materialized views and triggers that use columns of '
  'the tables (with the columns they use). All user schemas when schemas is NULL; never system or '
  'extension-owned objects.';

-- ---------------------------------------------------------------------------------------------
-- Display controls and intent presets (issue 12, item 7). The controls are intent keys, so every
-- function that takes an intent (analyze, report, validate_intent) accepts them without a new
-- signature: min_severity, min_confidence, include, exclude, rules (ignore as before).
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION flaqes.intent_preset(name text)
RETURNS jsonb
LANGUAGE c IMMUTABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_intent_preset';

COMMENT ON FUNCTION flaqes.intent_preset(text) IS
  'A named intent with every axis set, to pass to flaqes.analyze as is or adjusted with || '
  '(flaqes.intent_preset(''olap'') || ''{"data_volume": "massive"}''). '
  'oltp: OLTP, writes high, reads point_lookup+range_scan, strong, evolution medium, volume medium. '
  'olap: OLAP, writes low, reads aggregation+join_heavy+range_scan, eventual, evolution low, volume large. '
  'event_sourcing: OLTP, writes high, reads range_scan+point_lookup, strong, evolution low, volume massive. '
  'startup_mvp: OLTP, writes medium, reads point_lookup, strong, evolution high, volume small. '
  'saas_multitenant: mixed, writes high, reads point_lookup+aggregation, strong, evolution medium, volume large. '
  'time_series: mixed, writes high, reads range_scan+aggregation, eventual, evolution low, volume massive. '
  'Names match case-insensitively; an unknown name is an error listing them.';

COMMENT ON FUNCTION flaqes.validate_intent(jsonb) IS
  'Checks an intent document as flaqes.analyze does and returns it with every default filled in; '
  'an unknown key, a wrong type, an unknown value or an unknown rule name is an error naming the key '
  'and the allowed values.';

COMMENT ON FUNCTION flaqes.analyze(jsonb, text[]) IS
  'Design tensions of the schema, weighed by the declared intent (see flaqes.intent() and '
  'flaqes.intent_preset()): one row per finding with a stable id, its rule, category (normalization, '
  'performance, evolution, consistency), severity (info, warning, critical), what the design buys, what '
  'it risks, when it breaks (with this database''s numbers) and alternatives with example DDL. Intent keys '
  'that choose what is shown (ids never change): ignore (finding ids or rule names), min_severity (info | '
  'warning | critical), min_confidence (0 to 1), include / exclude (table patterns: schema.table or a '
  'table name, * and ?, e.g. sales.* or *.tmp_*), rules (only these rule names). All user schemas when '
  'schemas is NULL. Reads catalogs and statistics only.';

COMMENT ON FUNCTION flaqes.report(jsonb, text[], text) IS
  'flaqes.analyze as a document: intent, schemas and filters (the intent''s include/exclude patterns, '
  'rules, min_severity, min_confidence, ignore), findings per severity and per hygiene rule, tables by '
  'role, a Mermaid erDiagram, the findings by severity (one line each), then by table with benefit, '
  'risk, breaking point and the DDL of each alternative. format: markdown (default) or json.';
