-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------------------------
-- report: an options argument; {"diagram": "full"} draws every column with its type
-- ---------------------------------------------------------------------------------------------

DROP FUNCTION flaqes.report(jsonb, text[], text);

CREATE FUNCTION flaqes.report(intent jsonb, schemas text[] DEFAULT NULL, format text DEFAULT 'markdown',
                              options jsonb DEFAULT '{}')
RETURNS text
LANGUAGE c STABLE PARALLEL SAFE SECURITY INVOKER
SET search_path = pg_catalog, pg_temp
SET datestyle = 'ISO, YMD'
AS 'MODULE_PATHNAME', 'flaqes_report';

COMMENT ON FUNCTION flaqes.report(jsonb, text[], text, jsonb) IS
  'flaqes.analyze as a document: a summary (tables by role, findings by severity), a Mermaid '
  'erDiagram of the analyzed tables with their roles, then the findings grouped by table with '
  'benefit, risk, breaking point and the DDL of each alternative. format: markdown (default) or json. '
  'options: {"diagram": "summary"} (default: key columns only) or {"diagram": "full"} (every column '
  'with its type).';
