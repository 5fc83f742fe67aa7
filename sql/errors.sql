-- The error boundary seen from SQL: errors raised in C++ reach the client with our SQLSTATE,
-- a message, a detail and a hint; they can be caught; the session goes on.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all

-- Raised in C++: the schema list is checked before the catalog is read.
SELECT pg_temp.show_error($$SELECT flaqes.schema_graph(ARRAY['no_such_schema'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.schema_graph(ARRAY['public', NULL])$$);

-- The same error, uncaught, as psql shows it.
SELECT flaqes.schema_graph(ARRAY['no_such_schema']);

-- Caught by SQLSTATE name in PL/pgSQL, after which the session goes on.
DO $$
BEGIN
  PERFORM flaqes.schema_graph(ARRAY['no_such_schema']);
EXCEPTION WHEN invalid_schema_name THEN
  RAISE NOTICE 'caught %: %', SQLSTATE, SQLERRM;
END $$;
SELECT jsonb_typeof(flaqes.schema_graph(ARRAY['public'])->'tables') AS still_working;
