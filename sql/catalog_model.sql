-- flaqes.schema_graph on a fixture with one of every construct a catalog reader must handle
-- (test/fixtures/catalog_zoo.sql).
\set ECHO none
\set QUIET on
\i test/fixtures/catalog_zoo.sql
\set QUIET off
\set ECHO all

-- An index left invalid (as a failed CREATE INDEX CONCURRENTLY leaves it).
UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'zoo.cleanings_section_idx'::regclass;

CREATE TEMP TABLE graph AS SELECT flaqes.schema_graph(ARRAY['zoo', 'zoo_other']) AS g;
CREATE TEMP VIEW tables AS
SELECT t->>'schema' AS schema, t->>'name' AS name, t FROM graph, jsonb_array_elements(g->'tables') AS t;

-- Every relation with its kind; extension-owned views (pg_stat_statements) are not listed.
SELECT schema, name, t->>'kind' AS kind FROM tables ORDER BY 1, 2;

-- All user schemas when NULL: never system schemas, the flaqes schema or extension objects.
SELECT DISTINCT t->>'schema' AS schema
FROM jsonb_array_elements(flaqes.schema_graph()->'tables') AS t ORDER BY 1;

-- Columns: type as format_type prints it, NOT NULL, default, identity, generated, comment.
SELECT name, c->>'name' AS column, c->>'type' AS type, c->>'not_null' AS not_null,
       c->>'default' AS default, c->>'identity' AS identity, c->>'generated' AS generated,
       c->>'comment' AS comment
FROM tables, jsonb_array_elements(t->'columns') WITH ORDINALITY AS col(c, n)
WHERE name IN ('animals', 'species', 'enclosures') ORDER BY name, n;

-- Serial and identity columns carry their sequence.
SELECT name, c->>'name' AS column, c->'sequence'->>'name' AS sequence,
       c->'sequence'->>'data_type' AS data_type, c->'sequence'->>'max_value' AS max_value
FROM tables, jsonb_array_elements(t->'columns') AS c
WHERE c ? 'sequence' AND name IN ('animals', 'species', 'enclosures') ORDER BY 1, 2;

-- Quoted, mixed-case, reserved-word and unicode names come back as they are in the catalog.
SELECT name, jsonb_path_query_array(t, '$.columns[*].name') AS columns, t->>'comment' AS comment
FROM tables WHERE name IN ('CamelCase Table', 'café_ünïcode') ORDER BY 1;

-- Primary keys, unique constraints (NULLS NOT DISTINCT included).
SELECT name, t->'primary_key'->'columns' AS primary_key,
       jsonb_path_query_array(t, '$.unique_constraints[*] ? (@.nulls_not_distinct == true).name') AS nulls_not_distinct,
       jsonb_path_query_array(t, '$.unique_constraints[*].columns') AS unique_constraints
FROM tables WHERE t->>'kind' IN ('table', 'partitioned_table') ORDER BY 1;

-- Foreign keys: columns, target, actions, match type, deferrability. Cross-schema and composite.
SELECT name, fk->>'name' AS fk, fk->'columns' AS columns,
       (fk->'references'->>'schema') || '.' || (fk->'references'->>'name') AS refs,
       fk->'referenced_columns' AS ref_columns, fk->>'on_delete' AS on_delete,
       fk->>'on_update' AS on_update, fk->>'match' AS match, fk->>'deferrable' AS deferrable,
       fk->>'initially_deferred' AS deferred
FROM tables, jsonb_array_elements(t->'foreign_keys') AS fk ORDER BY 1, 2;

-- A foreign key declared on a partitioned table is listed once, on that table.
SELECT name, t->>'kind' AS kind, jsonb_array_length(t->'foreign_keys') AS foreign_keys
FROM tables WHERE name LIKE 'visits%' ORDER BY 1;

-- Partitioning: strategy and key on the parent, parent and bound on each partition.
SELECT name, t->'partitioning'->>'strategy' AS strategy, t->'partitioning'->>'key' AS key,
       t->'partition_of'->'parent'->>'name' AS parent, t->'partition_of'->>'bound' AS bound
FROM tables WHERE t ? 'partitioning' OR t ? 'partition_of' ORDER BY 1;

-- CHECK constraints with their expression and columns (domain checks belong to the domain).
SELECT name, ck->>'name' AS check, ck->>'expression' AS expression, ck->'columns' AS columns
FROM tables, jsonb_array_elements(t->'check_constraints') AS ck
WHERE t->>'kind' <> 'partition' ORDER BY 1, 2;

SELECT name, x->>'name' AS exclusion, x->>'definition' AS definition, x->'columns' AS columns
FROM tables, jsonb_array_elements(t->'exclusion_constraints') AS x ORDER BY 1;

-- Indexes: columns or expressions, method, uniqueness, partial predicate, INCLUDE, ordering,
-- validity and the constraint an index backs.
SELECT name, ix->>'name' AS index, ix->>'method' AS method, ix->'columns' AS columns,
       jsonb_path_query_array(ix, '$.keys[*].expression') AS expressions,
       ix->'include' AS include, ix->>'unique' AS unique, ix->>'predicate' AS predicate,
       jsonb_path_query_array(ix, '$.keys[*] ? (@.descending == true).column') AS descending,
       ix->>'valid' AS valid, ix->>'constraint' AS constraint
FROM tables, jsonb_array_elements(t->'indexes') AS ix
WHERE name IN ('animals', 'keepers', 'cleanings') ORDER BY 1, 2;

-- Relationships: one edge per foreign key with cardinality (one_to_one when the FK columns are
-- unique), identifying (FK columns inside the primary key); many_to_many through junctions.
SELECT r->'from'->>'name' AS "from", r->'to'->>'name' AS "to", r->>'cardinality' AS cardinality,
       r->'columns' AS columns, r->>'identifying' AS identifying, r->>'optional' AS optional,
       r->'via'->>'name' AS via
FROM graph, jsonb_array_elements(g->'relationships') AS r ORDER BY 1, 2, 3;

-- Enums with labels in their sort order (a label added BEFORE another sits before it).
SELECT e->>'name' AS enum, e->'labels' AS labels
FROM graph, jsonb_array_elements(g->'enums') AS e ORDER BY 1;

-- Domains: base type, NOT NULL, default, checks.
SELECT d->>'name' AS domain, d->>'base_type' AS base_type, d->>'not_null' AS not_null,
       d->>'default' AS default, d->'checks' AS checks
FROM graph, jsonb_array_elements(g->'domains') AS d ORDER BY 1;

-- Composite types (not the row types of tables), attributes in order.
SELECT c->>'schema' AS schema, c->>'name' AS composite, c->'attributes' AS attributes
FROM graph, jsonb_array_elements(g->'composites') AS c ORDER BY 1, 2;

-- Row estimates: null until the table is analyzed.
SELECT t->>'row_estimate' AS before_analyze FROM tables WHERE name = 'keepers';
INSERT INTO zoo.keepers (email, department, badge_code, hired_on)
SELECT 'k' || i || '@example.org', 'birds', 'K-' || i, DATE '2020-01-01' FROM generate_series(1, 40) AS i;
ANALYZE zoo.keepers;
SELECT t->>'row_estimate' AS after_analyze
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['zoo'])->'tables') AS t WHERE t->>'name' = 'keepers';

-- Schema filter: only the named schemas' tables (relationships still point across schemas).
SELECT t->>'schema' AS schema, t->>'name' AS name
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['zoo_other'])->'tables') AS t;
SELECT r->'to'->>'schema' AS to_schema, r->'to'->>'name' AS to_table
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['zoo_other'])->'relationships') AS r;
