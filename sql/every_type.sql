-- Every built-in type users put in tables, as a NOT NULL column (so no NULL fallback): the
-- table seeds, or the seed fails with 0A000 naming the column and the override to use.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;
CREATE SCHEMA every_type;
CREATE TEMP TABLE outcome (type_name text, outcome text);

DO $$
DECLARE t record; result text; column_name text;
BEGIN
  FOR t IN
    SELECT ty.oid::regtype::text AS name
    FROM pg_type ty
    WHERE ty.typnamespace = 'pg_catalog'::regnamespace
      AND ty.typtype IN ('b', 'r', 'm') AND ty.typisdefined
      AND ty.typname NOT LIKE 'pg\_%' AND ty.typname NOT LIKE '\_%'
      AND ty.oid NOT IN ('aclitem'::regtype, 'int2vector'::regtype, 'oidvector'::regtype, 'gtsvector'::regtype,
                         'refcursor'::regtype, 'unknown'::regtype, 'txid_snapshot'::regtype, 'regconfig'::regtype)
      AND NOT (ty.typcategory IN ('P'))
    ORDER BY 1
  LOOP
    column_name := 'col_' || regexp_replace(t.name, '\W', '_', 'g');
    EXECUTE format('CREATE TABLE every_type.t (%I %s NOT NULL)', column_name, t.name);
    result := pg_temp.show_error('SELECT flaqes.seed(''every_type.t'', 5, ''{"seed": 1}'')');
    IF result = 'no error' THEN
      result := 'seeded ' || (SELECT count(*) FROM every_type.t);
    ELSIF result LIKE '0A000:%' AND result LIKE '%HINT: Give the column its values in options, e.g. {"columns": {"' || column_name || '"%' THEN
      result := '0A000, the hint names the column and its override';
    END IF;
    INSERT INTO outcome VALUES (t.name, result);
    DROP TABLE every_type.t;
  END LOOP;
END $$;
SELECT outcome, count(*) AS types, string_agg(type_name, ', ' ORDER BY type_name) AS type_names
FROM outcome GROUP BY outcome ORDER BY outcome;

-- Arrays of the common ones, in one table.
CREATE TABLE every_type.arrays (
  a int[] NOT NULL, b text[] NOT NULL, c numeric(5,2)[] NOT NULL, d timestamptz[] NOT NULL,
  e uuid[] NOT NULL, f boolean[] NOT NULL, g inet[] NOT NULL, h jsonb[] NOT NULL, i date[][] NOT NULL,
  j polygon[] NOT NULL, k circle NOT NULL, l line NOT NULL);
SELECT inserted FROM flaqes.seed('every_type.arrays', 5, '{"seed": 1}');

DROP SCHEMA every_type CASCADE;
RESET client_min_messages;
