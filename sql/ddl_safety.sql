-- Example DDL that runs and does no harm: views and triggers that use a changed column are
-- dropped and re-created, enum->text re-creates index predicates, CHECKs, views and triggers with
-- text constants, widening follows the foreign key chain to its end, a promoted unique index
-- becomes the primary key (no duplicate index), no NOT VALID foreign key on a partitioned table,
-- a column whose default is the clock is never cast to date.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/ddl_safety.sql
\i test/fixtures/example_ddl.sql
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- The dependents in the catalog model.
SELECT d->>'kind' AS kind, d->>'schema' AS schema, d->>'name' AS name, d->>'table' AS on_table, d->'uses' AS uses
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['ds'])->'dependents') d
ORDER BY 2, 3;

-- Every example DDL runs, under both intents (each in a subtransaction rolled back).
BEGIN;
SELECT * FROM pg_temp.example_ddl_failures('{"workload": "OLTP", "data_volume": "large"}', ARRAY['ds']);
SELECT * FROM pg_temp.example_ddl_failures('{"workload": "OLAP", "data_volume": "large"}', ARRAY['ds']);
ROLLBACK;

-- The scripts themselves.
SELECT id, a->>'example_ddl' AS example_ddl
FROM flaqes.analyze('{"workload": "OLTP", "data_volume": "large"}', ARRAY['ds']) f, jsonb_array_elements(f.alternatives) a
WHERE f.rule IN ('key_overflow_risk', 'enum_evolution', 'timestamp_without_time_zone', 'no_primary_key', 'missing_foreign_key')
  AND a->>'example_ddl' IS NOT NULL
ORDER BY 1, 2;

-- The widening script re-creates the same views, with their options, and reaches the end of the chain.
BEGIN;
SELECT pg_get_viewdef('ds.open_tickets'::regclass) AS before \gset
DO $$
DECLARE script text;
BEGIN
  SELECT a->>'example_ddl' INTO script
  FROM flaqes.analyze('{"workload": "OLTP", "data_volume": "large"}', ARRAY['ds']) f, jsonb_array_elements(f.alternatives) a
  WHERE f.id = 'key_overflow_risk:ds.stores(id)';
  EXECUTE script;
END $$;
SELECT pg_get_viewdef('ds.open_tickets'::regclass) = :'before' AS same_view,
       (SELECT reloptions FROM pg_class WHERE oid = 'ds.open_tickets'::regclass) AS view_options,
       format_type(atttypid, atttypmod) AS store_notes_store_id
FROM pg_attribute WHERE attrelid = 'ds.store_notes'::regclass AND attname = 'store_id';
ROLLBACK;

SET client_min_messages = warning;
DROP SCHEMA ds CASCADE;
RESET client_min_messages;
