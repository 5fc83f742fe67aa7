-- flaqes.seed keeps the catalog model per backend; DDL between two seeds in one session must be
-- honoured by the second. Each case below fails (or seeds wrong values) with a stale model.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
CREATE SCHEMA cache;
CREATE TABLE cache.parents (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE cache.items (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, label text NOT NULL);
CREATE TYPE cache.mood AS ENUM ('calm');
CREATE DOMAIN cache.percent AS integer;
\set QUIET off
\set ECHO all

-- Seeds in one session share the model; a plan and a seed in one transaction see the same.
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 2, '{"seed": 1}');
SELECT * FROM flaqes.seed('cache.items', 2, '{"seed": 1}');
SELECT flaqes.seed_plan('cache.items', 1)->'tables'->0->>'table' AS planned;
ROLLBACK;

-- ADD COLUMN ... NOT NULL: the second seed must fill it.
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 3, '{"seed": 1}');
ROLLBACK;
ALTER TABLE cache.items ADD COLUMN code text NOT NULL;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 3, '{"seed": 1}');
SELECT count(code) AS codes FROM cache.items;
ROLLBACK;

-- DROP COLUMN: the second seed must not name it.
ALTER TABLE cache.items DROP COLUMN label;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 3, '{"seed": 1}');
ROLLBACK;

-- ALTER COLUMN TYPE: values of the new type.
ALTER TABLE cache.items ALTER COLUMN code TYPE integer USING 0;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 3, '{"seed": 1}');
SELECT pg_typeof(code) AS code_type, count(*) FROM cache.items GROUP BY 1;
ROLLBACK;

-- A new CHECK: the second seed respects it.
ALTER TABLE cache.items ADD CONSTRAINT code_small CHECK (code BETWEEN 1 AND 5);
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 20, '{"seed": 1}');
SELECT min(code) >= 1 AND max(code) <= 5 AS codes_in_check FROM cache.items;
ROLLBACK;

-- A new NOT NULL foreign key: parents are created first.
ALTER TABLE cache.items ADD COLUMN parent_id integer NOT NULL REFERENCES cache.parents;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 4, '{"seed": 1}');
SELECT count(*) AS orphans FROM cache.items i LEFT JOIN cache.parents p ON p.id = i.parent_id WHERE p.id IS NULL;
ROLLBACK;

-- An enum gains a value: the second seed draws from both labels.
ALTER TABLE cache.items ADD COLUMN mood cache.mood NOT NULL;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 40, '{"seed": 1}');
SELECT array_agg(DISTINCT mood ORDER BY mood) AS moods FROM cache.items;
ROLLBACK;
ALTER TYPE cache.mood ADD VALUE 'angry';
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 40, '{"seed": 1}');
SELECT array_agg(DISTINCT mood ORDER BY mood) AS moods FROM cache.items;
ROLLBACK;

-- A domain gains a CHECK: the second seed respects it.
ALTER TABLE cache.items ADD COLUMN share cache.percent NOT NULL;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 1, '{"seed": 1}');
ROLLBACK;
ALTER DOMAIN cache.percent ADD CONSTRAINT percent_range CHECK (VALUE BETWEEN 0 AND 100);
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 30, '{"seed": 1}');
SELECT min(share) >= 0 AND max(share) <= 100 AS shares_in_range FROM cache.items;
ROLLBACK;

-- DDL inside the seeding transaction counts at once, and is forgotten when it rolls back.
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 2, '{"seed": 1}');
DELETE FROM cache.items;
ALTER TABLE cache.items ADD COLUMN note text NOT NULL;
SELECT * FROM flaqes.seed('cache.items', 2, '{"seed": 1}');
SELECT count(note) AS notes FROM cache.items;
ROLLBACK;
BEGIN;
SELECT * FROM flaqes.seed('cache.items', 2, '{"seed": 1}');
ROLLBACK;

-- A table created, dropped and created again under the same name: a new OID, a new model.
CREATE TABLE cache.fresh (id int PRIMARY KEY);
SELECT * FROM flaqes.seed('cache.fresh', 1, '{"seed": 1}');
DROP TABLE cache.fresh;
CREATE TABLE cache.fresh (id int PRIMARY KEY, flag boolean NOT NULL);
SELECT * FROM flaqes.seed('cache.fresh', 2, '{"seed": 1}');
SELECT count(flag) AS flags FROM cache.fresh;

-- A sequence renamed: only the sequence is invalidated, and seed_sql names the new one.
CREATE TABLE cache.numbered (id serial PRIMARY KEY);
SELECT regexp_replace(flaqes.seed_sql('cache.numbered', 1), '.*setval\(''([^'']*)''.*', '\1', 's') AS sequence;
ALTER SEQUENCE cache.numbered_id_seq RENAME TO numbered_seq;
SELECT regexp_replace(flaqes.seed_sql('cache.numbered', 1), '.*setval\(''([^'']*)''.*', '\1', 's') AS sequence;

-- A trigger that changes the schema and seeds while an outer seed inserts: the nested seed
-- replaces the cached model after the outer seed's first batch; the outer one goes on generating
-- its next batches from the model it holds.
CREATE TABLE cache.side (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE FUNCTION cache.seed_side() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ALTER TABLE cache.side ADD COLUMN IF NOT EXISTS extra text NOT NULL DEFAULT 'x';
  PERFORM flaqes.seed('cache.side', 2, '{"seed": 1}');
  RETURN NULL;
END $$;
CREATE TRIGGER seed_side AFTER INSERT ON cache.fresh FOR EACH STATEMENT EXECUTE FUNCTION cache.seed_side();
BEGIN;
SELECT * FROM flaqes.seed('cache.fresh', 3, '{"seed": 2, "batch_size": 1}');
SELECT count(*) AS side_rows, count(extra) AS with_extra FROM cache.side;
ROLLBACK;

-- Another role in the same backend seeds as itself: Postgres's own privilege check applies.
CREATE ROLE flaqes_cache_reader;
GRANT USAGE ON SCHEMA cache TO flaqes_cache_reader;
GRANT USAGE ON SCHEMA flaqes TO flaqes_cache_reader;
SET ROLE flaqes_cache_reader;
SELECT pg_temp.show_error($$SELECT * FROM flaqes.seed('cache.fresh', 1)$$);
RESET ROLE;

DROP SCHEMA cache CASCADE;
REVOKE ALL ON SCHEMA flaqes FROM flaqes_cache_reader;
DROP ROLE flaqes_cache_reader;
