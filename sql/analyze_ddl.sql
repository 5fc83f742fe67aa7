-- flaqes.analyze_ddl: each risk in its unsafe and safe form, judged on this database's numbers;
-- quiet on tables created in the migration and on empty tables; tensions introduced and resolved;
-- nothing survives; the caller's search_path; fail_on; every error path.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\i test/fixtures/analyze_ddl.sql
-- The rows without the numbers that depend on the platform (sizes in bytes).
CREATE FUNCTION pg_temp.review(ddl text, intent jsonb DEFAULT '{"workload": "oltp"}')
RETURNS TABLE(line integer, kind text, rule text, severity text, table_name text, change text, id text,
              lock text, rows_estimate bigint, has_size boolean, description text)
LANGUAGE sql AS $$
  SELECT line, kind, rule, severity, table_name, change, id, lock, rows_estimate, size_bytes > 0,
         regexp_replace(description, '\d+ (bytes|kB|MB)', 'N \1', 'g')
  FROM flaqes.analyze_ddl(ddl, intent)
$$;
CREATE TEMP TABLE before AS SELECT flaqes.snapshot(ARRAY['mig']) AS s;
\set QUIET off
\set ECHO all
\x on

-- Unsafe forms on tables with rows: one risk row each, with the lock, the table's numbers, and
-- safe DDL in the alternatives.
SELECT * FROM pg_temp.review($$
ALTER TABLE mig.orders ALTER COLUMN amount TYPE bigint;
ALTER TABLE mig.orders ADD COLUMN created timestamptz DEFAULT clock_timestamp();
ALTER TABLE mig.orders ALTER COLUMN note SET NOT NULL;
ALTER TABLE mig.orders ADD CONSTRAINT amount_positive CHECK (amount > 0);
ALTER TABLE mig.orders ADD FOREIGN KEY (customer_id) REFERENCES mig.customers (id);
CREATE INDEX ON mig.orders (code);
DROP INDEX mig.orders_status_idx;
ALTER TABLE mig.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
$$);

SELECT line, rule, jsonb_path_query_array(alternatives, '$[*].example_ddl') AS safe_ddl
FROM flaqes.analyze_ddl($$
ALTER TABLE mig.orders ALTER COLUMN note SET NOT NULL;
ALTER TABLE mig.orders ADD CONSTRAINT amount_positive CHECK (amount > 0);
CREATE INDEX orders_code_idx ON mig.orders (code);
DROP INDEX mig.orders_status_idx;
ALTER TABLE mig.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
$$, '{"workload": "oltp"}') WHERE kind = 'risk';

-- Safe forms of the same changes: no risk rows (CONCURRENTLY forms get an info row saying they
-- must run outside a transaction block; analyze_ddl ran their plain form so later statements see
-- the index).
SELECT * FROM pg_temp.review($$
ALTER TABLE mig.orders ALTER COLUMN code TYPE varchar(20);
ALTER TABLE mig.orders ADD COLUMN priority integer DEFAULT 0;
ALTER TABLE mig.orders ADD CONSTRAINT note_not_null CHECK (note IS NOT NULL) NOT VALID;
ALTER TABLE mig.orders VALIDATE CONSTRAINT note_not_null;
ALTER TABLE mig.orders ALTER COLUMN note SET NOT NULL;
ALTER TABLE mig.orders ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
ALTER TABLE mig.orders VALIDATE CONSTRAINT amount_positive;
ALTER TABLE mig.orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES mig.customers NOT VALID;
ALTER TABLE mig.orders VALIDATE CONSTRAINT orders_customer_fk;
CREATE INDEX CONCURRENTLY orders_code_idx ON mig.orders (code);
DROP INDEX CONCURRENTLY mig.orders_status_idx;
CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON mig.customers (email);
ALTER TABLE mig.customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
$$);

-- Dependents: a view uses the dropped column (CASCADE drops it); renames break clients, and name
-- the views that use the column.
SELECT * FROM pg_temp.review($$
ALTER TABLE mig.orders DROP COLUMN note CASCADE;
ALTER TABLE mig.orders RENAME COLUMN status TO state;
ALTER TABLE mig.customers RENAME TO clients;
$$) WHERE kind = 'risk';
SELECT line, rule, id, description FROM pg_temp.review('ALTER TABLE mig.orders RENAME COLUMN note TO remark');
SELECT line, rule, id, description FROM pg_temp.review('DROP TABLE mig.customers, mig.orders CASCADE');
-- Drops and renames alike: an unused column or table of a table with rows (or never analyzed) is a
-- warning either way (clients read names); on an empty table only a dependent view makes it one.
SELECT line, rule, severity, id, description FROM pg_temp.review($$
ALTER TABLE mig.orders DROP COLUMN code;
ALTER TABLE mig.orders RENAME COLUMN amount TO total;
DROP TABLE mig.never_analyzed;
ALTER TABLE mig.empty_table DROP COLUMN v;
ALTER TABLE mig.empty_table RENAME COLUMN id TO empty_id;
$$) WHERE kind = 'risk';
SELECT line, rule, severity, id, rows_estimate, size_bytes FROM flaqes.analyze_ddl($$
CREATE VIEW mig.empty_labels AS SELECT label FROM mig.empty_table;
ALTER TABLE mig.empty_table RENAME COLUMN label TO title;
DROP TABLE mig.empty_table CASCADE;
$$, '{"workload": "oltp"}') WHERE kind = 'risk';
-- Without CASCADE the drop fails, as it would at deploy: an error naming the line.
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'ALTER TABLE mig.orders ADD COLUMN x int;\nALTER TABLE mig.orders DROP COLUMN note;', '{"workload": "oltp"}')$$);

-- Enum values: ADD VALUE (info), RENAME VALUE (warning); quiet on an enum created in the migration.
SELECT * FROM pg_temp.review($$
ALTER TYPE mig.mood ADD VALUE 'happy';
ALTER TYPE mig.mood RENAME VALUE 'sad' TO 'blue';
CREATE TYPE mig.colour AS ENUM ('red');
ALTER TYPE mig.colour ADD VALUE 'green';
$$);

-- A table created earlier in the same migration: quiet whatever is done to it.
SELECT * FROM pg_temp.review($$
CREATE TABLE mig.fresh (id integer PRIMARY KEY, customer_id bigint, v integer);
CREATE INDEX ON mig.fresh (v);
ALTER TABLE mig.fresh ADD CONSTRAINT v_positive CHECK (v > 0);
ALTER TABLE mig.fresh ALTER COLUMN v TYPE bigint;
ALTER TABLE mig.fresh ALTER COLUMN v SET NOT NULL;
ALTER TABLE mig.fresh ADD FOREIGN KEY (customer_id) REFERENCES mig.customers;
$$) WHERE kind = 'risk';

-- DROP INDEX of several indexes: one safe statement each (CONCURRENTLY takes a single index).
SELECT line, id, jsonb_path_query_array(alternatives, '$[*].example_ddl') AS safe_ddl
FROM flaqes.analyze_ddl('DROP INDEX mig.orders_status_idx, mig.orders_mood_idx', '{"workload": "oltp"}')
WHERE kind = 'risk';

-- An inline UNIQUE or PRIMARY KEY in ADD COLUMN builds its index under ACCESS EXCLUSIVE too; the
-- safe form adds the column first.
SELECT line, rule, id, lock, jsonb_path_query_array(alternatives, '$[*].example_ddl') AS safe_ddl
FROM flaqes.analyze_ddl('ALTER TABLE mig.customers ADD COLUMN handle text UNIQUE', '{"workload": "oltp"}')
WHERE kind = 'risk';

-- An index created earlier in the migration: building it is a risk, dropping it again is not.
SELECT line, rule, id FROM pg_temp.review($$
CREATE INDEX orders_scratch_idx ON mig.orders (code);
DROP INDEX mig.orders_scratch_idx;
$$) WHERE kind = 'risk';

-- An empty table (analyzed: 0 rows, nothing in its heap or TOAST heap; its text column's TOAST
-- index does not count) is quiet; a table never analyzed is judged by the
-- intent's data_volume: warning at medium, critical at large.
SELECT * FROM pg_temp.review($$
CREATE INDEX ON mig.empty_table (v);
ALTER TABLE mig.empty_table ALTER COLUMN v TYPE bigint;
CREATE INDEX ON mig.never_analyzed (v);
$$);
SELECT line, rule, severity FROM pg_temp.review('CREATE INDEX ON mig.never_analyzed (v)',
                                                '{"workload": "oltp", "data_volume": "large"}');

-- A partitioned table: its partitions' rows and bytes, and a rewrite seen in their files.
SELECT line, rule, severity, table_name, rows_estimate, has_size
FROM pg_temp.review('ALTER TABLE mig.events ALTER COLUMN id TYPE numeric') WHERE kind = 'risk';

-- Tensions: adding the foreign key resolves missing_foreign_key and introduces fk_without_index,
-- on the line of the last statement that touched the table.
SELECT line, kind, rule, severity, table_name, change, id
FROM flaqes.analyze_ddl($$
ALTER TABLE mig.orders ADD COLUMN x integer;
ALTER TABLE mig.orders ADD FOREIGN KEY (customer_id) REFERENCES mig.customers NOT VALID;
$$, '{"workload": "oltp"}') ORDER BY kind, id;

-- Schema-wide findings of the touched tables: a bigserial column introduces serial_not_identity
-- for the schema, listing only the touched table's objects (mig.counters' serial is not touched);
-- adding one to mig.counters changes the schema's finding, naming the object added.
SELECT line, kind, rule, severity, table_name, change, id,
       regexp_replace(description, 'For example: .*', 'For example: ...') AS description
FROM flaqes.analyze_ddl('ALTER TABLE mig.orders ADD COLUMN line_no bigserial', '{"workload": "oltp"}')
WHERE kind = 'tension' AND rule = 'serial_not_identity';
SELECT line, kind, rule, change, id, regexp_replace(description, 'For example: .*', 'For example: ...') AS description
FROM flaqes.analyze_ddl('ALTER TABLE mig.counters ADD COLUMN seq bigserial', '{"workload": "oltp"}')
WHERE kind = 'tension' AND rule = 'serial_not_identity';

-- The intent's ignore leaves out risks by rule or id.
SELECT count(*) AS ignored FROM flaqes.analyze_ddl('CREATE INDEX ON mig.orders (code)',
  '{"workload": "oltp", "ignore": ["index_build_blocks_writes"]}') WHERE kind = 'risk';

-- The caller's search_path resolves the migration's unqualified names (flaqes's own reads are
-- pinned; the rows name the table qualified).
SET search_path = mig;
SELECT line, rule, table_name FROM flaqes.analyze_ddl('CREATE INDEX ON orders (code)', '{"workload": "oltp"}');
-- A hostile schema ahead of pg_catalog, with an = on oid that is always true and a pg_table_size
-- that lies: flaqes's own reads do not use them, the migration still resolves its names.
CREATE SCHEMA evil;
CREATE FUNCTION evil.always(oid, oid) RETURNS boolean LANGUAGE sql AS 'SELECT true';
CREATE OPERATOR evil.= (LEFTARG = oid, RIGHTARG = oid, FUNCTION = evil.always);
CREATE FUNCTION evil.pg_table_size(regclass) RETURNS bigint LANGUAGE sql AS 'SELECT -1::bigint';
SET search_path = evil, pg_catalog, mig;
SELECT line, rule, table_name, rows_estimate, size_bytes > 0 AS has_size
FROM flaqes.analyze_ddl('CREATE INDEX ON orders (code); ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers NOT VALID', '{"workload": "oltp"}');
RESET search_path;
DROP SCHEMA evil CASCADE;

-- fail_on: passes (rows returned) below the level, fails with QF001 at or above it.
SELECT count(*) FROM flaqes.analyze_ddl('CREATE INDEX ON mig.orders (code)', '{"workload": "oltp"}', fail_on => 'critical');
SELECT regexp_replace(pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'\nCREATE INDEX ON mig.orders (code);\nCREATE INDEX CONCURRENTLY ON mig.orders (amount);', '{"workload": "oltp"}', fail_on => 'warning')$$), '\d+ (bytes|kB|MB)', 'N \1', 'g') AS error;
SELECT regexp_replace(pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl('CREATE INDEX CONCURRENTLY ON mig.orders (amount)', '{"workload": "oltp"}', fail_on => 'info')$$), '\d+ (bytes|kB|MB)', 'N \1', 'g') AS error;

\x off
-- Errors: every one names the statement's line; nothing of the migration survives.
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'BEGIN;\nCREATE TABLE mig.t (a int);\nCOMMIT;', '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'CREATE TABLE mig.t (a int);\n\n  SELECT * FROM mig.t;', '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'CREATE TABLE mig.t (a int);\nINSERT INTO mig.t VALUES (1);', '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'CREATE TABLE mig.t (a int);\n-- a comment\nALTER TABLE mig.t\n  ADD COLUMN b int DEFAULT;', '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'CREATE TABLE mig.t (a int);\nALTER TABLE mig.nope ADD COLUMN b int;\nCREATE INDEX ON mig.t (a);', '{"workload": "oltp"}')$$);
-- ALTER TABLE on a view fails as it would at deploy, naming its line.
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(E'CREATE INDEX ON mig.orders (code);\nALTER TABLE mig.order_notes ALTER COLUMN note SET NOT NULL;', '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl(NULL, '{"workload": "oltp"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl('CREATE TABLE mig.t (a int)', NULL)$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.analyze_ddl('CREATE TABLE mig.t (a int)', '{"workload": "oltp"}', fail_on => 'major')$$);
-- Empty input, or only comments: no rows.
SELECT count(*) AS no_rows FROM flaqes.analyze_ddl(E'  -- nothing here\n/* nor here */ ', '{"workload": "oltp"}');

-- Nothing survived any of the migrations above: the schema is as the fixture left it, and the
-- tables the migrations created do not exist.
SELECT count(*) AS changes FROM flaqes.diff((SELECT s FROM before));
SELECT to_regclass('mig.fresh') AS fresh, to_regclass('mig.t') AS t, to_regtype('mig.colour') AS colour;

DROP SCHEMA mig CASCADE;
