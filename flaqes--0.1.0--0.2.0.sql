-- flaqes 0.1.0 -> 0.2.0. Released scripts are never edited; every change to the SQL surface since
-- 0.1.0 is made here (a fresh install of 0.2.0 runs flaqes--0.1.0.sql and then this script).

\echo Use "ALTER EXTENSION flaqes UPDATE TO '0.2.0'" to load this file. \quit

-- Seed options (issue 15): a call-level null_fraction, and {"expr": ...} column overrides that
-- read the row's other columns.
COMMENT ON FUNCTION flaqes.seed(regclass, bigint, jsonb) IS
  'Inserts n generated rows into target, creating the parent rows its foreign keys need first '
  '(or reusing existing ones), respecting every constraint; one row per table inserted into. '
  'Runs as the caller inside the caller''s transaction: ROLLBACK removes everything. '
  'options: seed, columns (a value, values, expr reading the row''s columns, generator, null_fraction), '
  'tables, uuid, progress, batch_size, null_fraction (see flaqes.seed_plan).';
