-- A failure at each step of a seed leaves zero rows (parents included) and an error that names
-- the table, column and constraint: a trigger making a row violate a CHECK in the third batch,
-- a bad sql override (at parse time and at run time), and running out of unique values.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;
-- The error fields a client sees besides DETAIL and HINT, and the CONTEXT lines flaqes adds.
CREATE FUNCTION pg_temp.error_fields(statement text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  state text; message text; tab text; col text; con text; ctx text;
BEGIN
  EXECUTE statement;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          tab = TABLE_NAME, col = COLUMN_NAME, con = CONSTRAINT_NAME, ctx = PG_EXCEPTION_CONTEXT;
  RETURN format(E'%s: %s (table %s, column %s, constraint %s)\nCONTEXT: %s', state, message, tab, col, con,
                (SELECT string_agg(line, '; ') FROM regexp_split_to_table(ctx, E'\n') AS line WHERE line LIKE 'flaqes:%'));
END $$;

CREATE SCHEMA bound;
CREATE TABLE bound.parents (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE bound.items (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parent_id int NOT NULL REFERENCES bound.parents,
    qty int NOT NULL CONSTRAINT qty_positive CHECK (qty > 0));
CREATE SEQUENCE bound.trigger_calls;
CREATE FUNCTION bound.spoil_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF nextval('bound.trigger_calls') = 2500 THEN NEW.qty := -1; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER spoil BEFORE INSERT ON bound.items FOR EACH ROW EXECUTE FUNCTION bound.spoil_row();

-- A trigger spoils row 2500 (batches of 1000): the CHECK fails in the third batch.
SELECT pg_temp.error_fields($$SELECT flaqes.seed('bound.items', 5000, '{"batch_size": 1000}')$$);
SELECT (SELECT count(*) FROM bound.items) AS items, (SELECT count(*) FROM bound.parents) AS parents;
-- The same through seed_rows and seed_sql (whose own subtransaction must not outlive the error).
SELECT setval('bound.trigger_calls', 1, false);
SELECT pg_temp.error_fields($$SELECT count(*) FROM flaqes.seed_rows(NULL::bound.items, 5000, '{"batch_size": 1000}')$$);
SELECT setval('bound.trigger_calls', 1, false);
SELECT pg_temp.error_fields($$SELECT flaqes.seed_sql('bound.items', 5000, '{"batch_size": 1000}')$$);
SELECT (SELECT count(*) FROM bound.items) AS items, (SELECT count(*) FROM bound.parents) AS parents;
-- A statement of its own is a transaction of its own: no subtransaction was left open.
SELECT 'session usable' AS state, now() = statement_timestamp() AS fresh_transaction;
DROP TRIGGER spoil ON bound.items;

-- A bad sql override: rejected when the statement is prepared, and failing on some rows.
SELECT pg_temp.error_fields($$SELECT flaqes.seed('bound.items', 10, '{"columns": {"qty": {"sql": "no_such_column + 1"}}}')$$);
SELECT pg_temp.error_fields($$SELECT flaqes.seed('bound.items', 10, '{"columns": {"qty": {"sql": "1 / (random() * 0)::int"}}}')$$);
SELECT pg_temp.error_fields($$SELECT flaqes.seed('bound.items', 10, '{"columns": {"qty": {"sql": "0"}}}')$$);
SELECT (SELECT count(*) FROM bound.items) AS items, (SELECT count(*) FROM bound.parents) AS parents;

-- Out of unique values.
CREATE TABLE bound.flags (flag boolean PRIMARY KEY);
SELECT pg_temp.show_error($$SELECT flaqes.seed('bound.flags', 3)$$);
CREATE TABLE bound.slots (slot smallint NOT NULL CONSTRAINT slot_range CHECK (slot BETWEEN 1 AND 5),
                          CONSTRAINT slot_unique UNIQUE (slot));
SELECT pg_temp.show_error($$SELECT flaqes.seed('bound.slots', 10)$$);
CREATE TABLE bound.codes (code char(1) NOT NULL CONSTRAINT code_unique UNIQUE);
SELECT pg_temp.show_error($$SELECT flaqes.seed('bound.codes', 1000)$$);
-- A composite key whose columns are given constants: the rows collide on the named key.
CREATE TABLE bound.pairs (a int NOT NULL, b int NOT NULL, note text,
                          CONSTRAINT pairs_ab_key UNIQUE (a, b));
SELECT pg_temp.show_error($$SELECT flaqes.seed('bound.pairs', 5, '{"columns": {"a": 1, "b": 2}}')$$);
SELECT (SELECT count(*) FROM bound.flags) AS flags, (SELECT count(*) FROM bound.slots) AS slots,
       (SELECT count(*) FROM bound.codes) AS codes, (SELECT count(*) FROM bound.pairs) AS pairs;

DROP SCHEMA bound CASCADE;
RESET client_min_messages;
