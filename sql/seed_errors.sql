-- flaqes.seed errors: bad arguments and options, read-only transactions, privileges, and errors
-- raised by Postgres during a seed (a trigger) crossing back through C++ intact.
CREATE SCHEMA seede;
CREATE TABLE seede.parents (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE seede.items (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id int NOT NULL REFERENCES seede.parents,
    qty int NOT NULL CHECK (qty > 0));
CREATE VIEW seede.items_view AS SELECT * FROM seede.items;

\set ECHO none
\i test/fixtures/show_error.sql
\set ECHO all

-- Arguments.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', -1)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed(NULL, 1)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items_view', 1)$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('pg_class', 1)$$);
SELECT * FROM flaqes.seed('seede.items', 0);

-- Options: unknown keys and wrong values name the key and list what is allowed.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"sead": 1}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"seed": "x"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '[1]')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"uuid": "v7"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"columns": {"nope": 1}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"columns": {"qty": {"null_fraction": 2}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"columns": {"qty": {"sql": "1", "value": 2}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"columns": {"qty": {"generator": "nope"}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"tables": {"nope": 1}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"tables": {"parents": {"reuse": true}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 1, '{"columns": {"qty": {"sql": "nope()"}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 3, '{"columns": {"qty": -1}}')$$);
SELECT count(*) AS nothing_left FROM seede.items;

-- Progress NOTICEs, by option.
BEGIN;
SELECT * FROM flaqes.seed('seede.parents', 5, '{"progress": 2, "batch_size": 2}');
ROLLBACK;

-- statement_timeout stops a large seed; nothing stays and the session goes on.
SET statement_timeout = '300ms';
DO $$
BEGIN
  PERFORM flaqes.seed('seede.items', 10000000);
EXCEPTION WHEN query_canceled THEN
  RAISE NOTICE 'stopped: %', SQLSTATE;
END $$;
RESET statement_timeout;
SELECT (SELECT count(*) FROM seede.parents) AS parents, (SELECT count(*) FROM seede.items) AS items;

-- A read-only transaction.
BEGIN READ ONLY;
SELECT * FROM flaqes.seed('seede.items', 1);
ROLLBACK;

-- Privileges: a plain role without INSERT gets the usual 42501, nothing is inserted.
CREATE ROLE flaqes_seed_plain;
GRANT USAGE ON SCHEMA seede, flaqes TO flaqes_seed_plain;
GRANT SELECT ON ALL TABLES IN SCHEMA seede TO flaqes_seed_plain;
SET ROLE flaqes_seed_plain;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 2)$$);
RESET ROLE;
GRANT INSERT ON seede.parents TO flaqes_seed_plain;
SET ROLE flaqes_seed_plain;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 2)$$);
RESET ROLE;
SELECT (SELECT count(*) FROM seede.parents) AS parents, (SELECT count(*) FROM seede.items) AS items;
DROP OWNED BY flaqes_seed_plain;
DROP ROLE flaqes_seed_plain;

-- Row level security applies: generated rows must pass the policy; an override can make them.
CREATE TABLE seede.notes (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner text NOT NULL, body text NOT NULL);
ALTER TABLE seede.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON seede.notes USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE ROLE flaqes_seed_rls;
GRANT USAGE ON SCHEMA seede, flaqes TO flaqes_seed_rls;
GRANT SELECT, INSERT ON seede.notes TO flaqes_seed_rls;
SET ROLE flaqes_seed_rls;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.notes', 2)$$);
SELECT * FROM flaqes.seed('seede.notes', 2, '{"columns": {"owner": {"sql": "current_user"}}}');
SELECT owner, count(*) FROM seede.notes GROUP BY owner;
RESET ROLE;
DROP OWNED BY flaqes_seed_rls;
DROP ROLE flaqes_seed_rls;

-- A trigger that raises an error with a DETAIL during the seed: the client gets the trigger's
-- SQLSTATE, message and DETAIL, and a PL/pgSQL EXCEPTION block catches it.
CREATE FUNCTION seede.refuse_big() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.qty > 500 THEN
    RAISE EXCEPTION 'quantity % is too big', NEW.qty
      USING ERRCODE = 'check_violation', DETAIL = 'Items above 500 need approval.', HINT = 'Split the item.';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER refuse_big BEFORE INSERT ON seede.items FOR EACH ROW EXECUTE FUNCTION seede.refuse_big();
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.items', 50, '{"seed": 1, "columns": {"qty": 501}}')$$);
SELECT * FROM flaqes.seed('seede.items', 5, '{"seed": 1, "columns": {"qty": 501}}');
DO $$
BEGIN
  PERFORM flaqes.seed('seede.items', 5, '{"columns": {"qty": 501}}');
EXCEPTION WHEN check_violation THEN
  RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;
END $$;
SELECT count(*) AS items_after_errors FROM seede.items;
SELECT inserted FROM flaqes.seed('seede.items', 3, '{"columns": {"qty": 5}}') WHERE table_name = 'seede.items'::regclass;

-- A table whose generated rows may collide (a unique key filled by us) gets each batch through a
-- plain INSERT in a subtransaction, and through INSERT ... ON CONFLICT DO NOTHING after a collision.
CREATE TABLE seede.handles (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, handle text NOT NULL UNIQUE);
SELECT inserted FROM flaqes.seed('seede.handles', 3, '{"seed": 1}');
-- One row gone: the next seed's counter starts at 2, and the handle of counter 2 is still there.
DELETE FROM seede.handles WHERE id = (SELECT min(id) FROM seede.handles);
SELECT inserted FROM flaqes.seed('seede.handles', 2, '{"seed": 1}');
SELECT count(*) AS handles, count(DISTINCT handle) AS distinct_handles FROM seede.handles;
-- An error raised inside that subtransaction arrives whole and closes it: the caller's EXCEPTION
-- block rolls back its own work, and nothing more.
CREATE FUNCTION seede.refuse_handles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'no new handles' USING ERRCODE = 'P0042', HINT = 'Ask tomorrow.'; END $$;
CREATE TRIGGER refuse BEFORE INSERT ON seede.handles FOR EACH ROW EXECUTE FUNCTION seede.refuse_handles();
SELECT pg_temp.show_error($$SELECT flaqes.seed('seede.handles', 3)$$);
CREATE TABLE seede.steps (step text);
DO $$
BEGIN
  INSERT INTO seede.steps VALUES ('before');
  BEGIN
    INSERT INTO seede.steps VALUES ('inside');
    PERFORM flaqes.seed('seede.handles', 3);
  EXCEPTION WHEN SQLSTATE 'P0042' THEN
    RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;
  END;
  INSERT INTO seede.steps VALUES ('after');
END $$;
SELECT string_agg(step, ', ' ORDER BY step) AS steps FROM seede.steps;
SELECT count(*) AS handles_after_errors FROM seede.handles;
DROP TRIGGER refuse ON seede.handles;

-- Thousands of failing seeds in one session do not grow the backend (VmRSS before and after).
CREATE FUNCTION pg_temp.rss_kb() RETURNS bigint LANGUAGE sql AS $$
  SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint $$;
CREATE FUNCTION pg_temp.fail_seeds(n int) RETURNS int LANGUAGE plpgsql AS $$
DECLARE caught int := 0;
BEGIN
  FOR i IN 1..n LOOP
    BEGIN
      PERFORM flaqes.seed('seede.items', 3, '{"columns": {"qty": 501}}');
    EXCEPTION WHEN check_violation THEN
      caught := caught + 1;
    END;
  END LOOP;
  RETURN caught;
END $$;
SELECT pg_temp.fail_seeds(200) AS warm_up;
CREATE TEMP TABLE rss AS SELECT pg_temp.rss_kb() AS before_kb;
SELECT pg_temp.fail_seeds(2000) AS caught;
SELECT pg_temp.rss_kb() - before_kb < 4096 AS memory_flat FROM rss;
