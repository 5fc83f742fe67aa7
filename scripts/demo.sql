-- What scripts/demo shows. Runs in the demo database after the sample schema is loaded.
\pset pager off
CREATE EXTENSION flaqes;

\echo
\echo '-- The catalog model: tables by kind, with their foreign keys'
SELECT t->>'schema' AS schema, t->>'name' AS "table", t->>'kind' AS kind,
       jsonb_array_length(t->'columns') AS columns,
       jsonb_array_length(t->'foreign_keys') AS foreign_keys,
       jsonb_array_length(t->'indexes') AS indexes
FROM jsonb_array_elements(flaqes.schema_graph()->'tables') AS t
ORDER BY 1, 2;

\echo '-- Relationships (many-to-many edges come through junction tables)'
SELECT r->'from'->>'name' AS "from", r->'to'->>'name' AS "to", r->>'cardinality' AS cardinality,
       r->'via'->>'name' AS via, (r->>'identifying')::boolean AS identifying
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['shop'])->'relationships') AS r
ORDER BY 1, 2;
