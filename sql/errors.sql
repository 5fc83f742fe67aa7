-- The error boundary seen from SQL: errors raised in C++ reach the client with our SQLSTATE,
-- a message, a detail and a hint; they can be caught; the session goes on.
CREATE FUNCTION pg_temp.show_error(statement text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  state text; message text; detail text; hint text;
BEGIN
  EXECUTE statement;
  RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, message = MESSAGE_TEXT,
                          detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
  RETURN format(E'%s: %s\nDETAIL: %s\nHINT: %s', state, message, detail, hint);
END $$;

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
