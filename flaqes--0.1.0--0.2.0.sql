-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- ---------------------------------------------------------------------------------------------
-- Seeding runs the user's triggers, defaults and CHECK functions under the caller's settings
-- ---------------------------------------------------------------------------------------------
-- A function-level SET stays in force while the inserted rows fire the user's own code, where
-- search_path = pg_catalog, pg_temp hid every unqualified table and function of the schema. These
-- functions pin search_path and DateStyle in C++ around flaqes's own queries only; the INSERTs
-- and UPDATEs (schema-qualified names, casts and operators) run under the caller's settings.

ALTER FUNCTION flaqes.seed(regclass, bigint, jsonb) RESET search_path RESET datestyle;
ALTER FUNCTION flaqes.seed_rows(anyelement, integer, jsonb) RESET search_path RESET datestyle;
ALTER FUNCTION flaqes.seed_sql(regclass, bigint, jsonb) RESET search_path RESET datestyle;

COMMENT ON FUNCTION flaqes.seed(regclass, bigint, jsonb) IS
  'Inserts n generated rows into target, creating the parent rows its foreign keys need first '
  '(or reusing existing ones), respecting every constraint; one row per table inserted into. '
  'Runs as the caller inside the caller''s transaction, and the rows fire the table''s triggers '
  'under the caller''s search_path and DateStyle: ROLLBACK removes everything. '
  'options: seed, columns, tables, uuid, progress, batch_size (see flaqes.seed_plan).';

COMMENT ON FUNCTION flaqes.seed_rows(anyelement, integer, jsonb) IS
  'Like flaqes.seed (triggers fire under the caller''s search_path and DateStyle), and returns the '
  'inserted rows of the target typed as the table: SELECT id, email FROM flaqes.seed_rows(NULL::app.users, 3).';

COMMENT ON FUNCTION flaqes.seed_sql(regclass, bigint, jsonb) IS
  'The rows flaqes.seed would insert, as an SQL script of INSERTs (and UPDATEs for deferred '
  'foreign keys, setval for sequences) for fixture files. Runs the seed in a subtransaction '
  'that is rolled back (triggers fire under the caller''s search_path; dates are written in ISO): '
  'nothing stays, but sequences advance.';
