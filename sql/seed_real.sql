-- flaqes.seed on tables written the way applications write them (test/fixtures/seed_real.sql),
-- with no options: each class of table a real schema has.
\set ECHO none
\set QUIET on
SET client_min_messages = warning;
\i test/fixtures/show_error.sql
\i test/fixtures/seed_real.sql
\set QUIET off
\set ECHO all

-- 1. The user's triggers run under the caller's search_path and DateStyle, not flaqes's.
SET search_path = seedr_app, public;
SET DateStyle = 'German, DMY';
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('links', 5);
SELECT count(*) AS rows, min(kind) AS kind, min(ref_count) AS ref_count, min(noted) AS noted FROM links;
SELECT count(*) AS rows_returned FROM flaqes.seed_rows(NULL::links, 2) WHERE kind = 7;
-- seed_sql: the triggers run as well, under DateStyle ISO: the script's literals must not depend on it.
SELECT flaqes.seed_sql('links', 1) ~ '''2024-03-01''' AS noted_in_iso;
ROLLBACK;
RESET DateStyle;
-- flaqes's own settings are back to the caller's after the call.
SHOW search_path;
-- Without the schema on the search_path, the trigger's own error comes through unchanged.
RESET search_path;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_app.links', 1)$$);

-- 6. seed's own UPDATE fills foreign keys under a unique constraint with distinct targets: a
-- version chain (each row follows the one before) and the back reference of a cycle.
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.versions', 50, '{"seed": 6}');
SELECT count(*) AS versions, count(previous_version_id) AS with_previous,
       count(DISTINCT previous_version_id) AS distinct_previous FROM seedr_cycle.versions;
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.workflows', 50, '{"seed": 6}');
SELECT count(*) AS workflows, count(DISTINCT on_failure_job_id) AS distinct_jobs FROM seedr_cycle.workflows;
ROLLBACK;
SELECT t->>'table' AS table_name, fk->>'pick' AS pick, fk->>'filled_by_update' AS filled_by_update
FROM jsonb_array_elements(flaqes.seed_plan('seedr_cycle.workflows', 50)->'tables') t,
     jsonb_array_elements(t->'foreign_keys') fk
ORDER BY 1;

-- 5. Cycles of NOT NULL, non-deferrable foreign keys go in as one statement, keys generated
-- first: a tree whose roots point at themselves, a concept/domain/vocabulary cycle.
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.categories', 20, '{"seed": 5}');
SELECT count(*) AS categories, count(*) FILTER (WHERE root_id = id) > 0 AS has_roots,
       count(*) FILTER (WHERE root_id <> id) > 0 AS has_children FROM seedr_cycle.categories;
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.observations', 50, '{"seed": 5}');
-- A second call in the same transaction counts past the keys of the first.
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.concept', 10, '{"seed": 5}');
SELECT (SELECT count(*) FROM seedr_cycle.concept) AS concepts, (SELECT count(*) FROM seedr_cycle.domain) AS domains;
ROLLBACK;
SELECT t->>'table' AS table_name, t->'inserted_in_one_statement_with' AS together,
       jsonb_path_query_array(t, '$.foreign_keys[*] ? (@.same_statement == true).constraint') AS broken_at
FROM jsonb_array_elements(flaqes.seed_plan('seedr_cycle.observations', 50)->'tables') t ORDER BY 1;
-- Keys from a sequence (serial, identity) are drawn with nextval before the statement.
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.nodes', 20, '{"seed": 5}');
SELECT table_name, inserted FROM flaqes.seed('seedr_cycle.folders', 20, '{"seed": 5}');
SELECT (SELECT count(*) FILTER (WHERE root_id = id) FROM seedr_cycle.nodes) > 0 AS node_roots,
       (SELECT count(*) FILTER (WHERE root_id = id) FROM seedr_cycle.folders) > 0 AS folder_roots,
       (SELECT count(*) FROM seedr_cycle.folders f WHERE f.root_id > f.id) AS pointing_forward;
SELECT c->>'source' AS source FROM jsonb_array_elements(flaqes.seed_plan('seedr_cycle.nodes', 5)->'tables'->0->'columns') c
WHERE c->>'column' = 'id';
-- seed_rows of a table referencing the cycle returns its rows; seed_rows of a table of the cycle
-- and seed_sql through one are not supported yet.
SELECT count(*) AS observations FROM flaqes.seed_rows(NULL::seedr_cycle.observations, 5);
SELECT pg_temp.show_error($$SELECT flaqes.seed_rows(NULL::seedr_cycle.concept, 5)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed_sql('seedr_cycle.observations', 5)$$);

-- 8. Tables that hold one row (or two) by design: asking more is a clear error; as parents they
-- are filled to what they hold and shared, and an existing row is reused.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_one.lock', 50)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_one.previously_run', 3)$$);
SELECT flaqes.seed_plan('seedr_one.lock', 50)->'warnings' AS warnings;
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_one.lock', 1);
ROLLBACK;
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_one.moves', 50, '{"seed": 8}');
SELECT count(*) AS moves, count(DISTINCT lock) AS locks, count(DISTINCT side) AS sides FROM seedr_one.moves;
ROLLBACK;
BEGIN;
INSERT INTO seedr_one.lock VALUES ('X');
SELECT table_name, inserted FROM flaqes.seed('seedr_one.moves', 5, '{"seed": 8}');
SELECT count(*) AS locks FROM seedr_one.lock;
ROLLBACK;
SELECT t->>'table' AS table_name, t->>'rows' AS rows, t->>'fill_to_capacity' AS fill_to_capacity
FROM jsonb_array_elements(flaqes.seed_plan('seedr_one.moves', 50)->'tables') t ORDER BY 1;

-- 9. Tables that cannot take rows as the schema stands: a partitioned table without partitions
-- (as target and as parent) is a clear error, and seed_plan warns; a trigger that refuses writes
-- has its own error passed through unchanged.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_design.events', 50)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_design.event_notes', 50)$$);
SELECT jsonb_pretty(flaqes.seed_plan('seedr_design.event_notes', 50)->'warnings') AS warnings;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_design.migrations', 50)$$);
-- A table its parents' triggers fill says so and names the triggers; seeding a parent fills it.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_design.feed', 20)$$);
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_design.posts', 20);
SELECT count(*) AS feed_rows FROM seedr_design.feed;
ROLLBACK;
-- With a partition, the same tables seed.
BEGIN;
CREATE TABLE seedr_design.events_default PARTITION OF seedr_design.events DEFAULT;
SELECT table_name, inserted FROM flaqes.seed('seedr_design.event_notes', 50);
ROLLBACK;

-- 10. Foreign keys that overlap in a column pick parents that agree on it: both ends of every
-- edge are steps of the edge's flow (pgflow.deps), at a few rows and at many (many flows).
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_dag.edges', 50) ORDER BY 1;
SELECT count(*) AS edges,
       count(*) FILTER (WHERE EXISTS (SELECT FROM seedr_dag.steps s WHERE s.flow = e.flow AND s.step = e.from_step)
                          AND EXISTS (SELECT FROM seedr_dag.steps s WHERE s.flow = e.flow AND s.step = e.to_step)) AS both_ends_in_flow,
       count(*) FILTER (WHERE from_step = to_step) AS self_edges
FROM seedr_dag.edges e;
ROLLBACK;
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('seedr_dag.edges', 3000, '{"seed": 3}') ORDER BY 1;
SELECT count(*) AS edges, count(DISTINCT flow) > 1 AS several_flows, count(DISTINCT (flow, from_step, to_step)) AS distinct_edges
FROM seedr_dag.edges;
ROLLBACK;

DROP SCHEMA seedr_app, seedr_cycle, seedr_one, seedr_design, seedr_dag CASCADE;
