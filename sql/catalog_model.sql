-- flaqes.schema_graph on a fixture with one of every construct a catalog reader must handle.
\set ECHO none
\set QUIET on
\i test/fixtures/catalog_zoo.sql
\set QUIET off
\set ECHO all

CREATE TEMP VIEW zoo_tables AS
SELECT t FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['zoo', 'zoo_other'])->'tables') AS t;

SELECT t->>'schema' AS schema, t->>'name' AS name, t->>'kind' AS kind FROM zoo_tables ORDER BY 1, 2;
