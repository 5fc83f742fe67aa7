-- flaqes.diff: two known schemas differ by exactly the changes listed; the live schema as the
-- after side; tensions introduced, resolved and changed by finding id; errors.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
CREATE SCHEMA dif;
CREATE TYPE dif.status AS ENUM ('new', 'paid');
CREATE TABLE dif.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL,
                            nickname varchar(20), note text);
CREATE TABLE dif.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                         customer_id bigint NOT NULL REFERENCES dif.customers,
                         status dif.status NOT NULL DEFAULT 'new', total numeric(10, 2) NOT NULL);
CREATE INDEX orders_customer_id_idx ON dif.orders (customer_id);
CREATE TABLE dif.events (id bigint NOT NULL, at timestamptz NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE dif.events_2025 PARTITION OF dif.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE dif.scratch (id int);
CREATE VIEW dif.big_orders AS SELECT id, total FROM dif.orders WHERE total > 100;
\set QUIET off
\set ECHO all

CREATE TEMP TABLE before AS SELECT flaqes.snapshot(ARRAY['dif']) AS s;

-- The migration, in a transaction rolled back at the end of the test.
BEGIN;
ALTER TYPE dif.status ADD VALUE 'refunded';
ALTER TABLE dif.customers ALTER COLUMN nickname TYPE text, ALTER COLUMN nickname SET DEFAULT 'anon',
  ALTER COLUMN email DROP NOT NULL, ADD COLUMN phone text, DROP COLUMN note CASCADE;
ALTER TABLE dif.customers ADD CONSTRAINT customers_email_key UNIQUE (email);
ALTER TABLE dif.orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;
DROP INDEX dif.orders_customer_id_idx;
CREATE INDEX orders_status_idx ON dif.orders (status);
CREATE TABLE dif.events_2026 PARTITION OF dif.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
DROP TABLE dif.scratch;
CREATE TABLE dif.refunds (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES dif.orders);
CREATE VIEW dif.customer_emails AS SELECT id, email FROM dif.customers;

-- Exactly the changes above (the live schema as the after side).
SELECT change, object_type, object, table_name, attribute, before, after
FROM flaqes.diff((SELECT s FROM before))
ORDER BY object_type, table_name, object, attribute;

-- Two snapshots give the same rows as a snapshot and the live schema.
CREATE TEMP TABLE after AS SELECT flaqes.snapshot(ARRAY['dif']) AS s;
SELECT count(*) AS differences FROM (
  (SELECT * FROM flaqes.diff((SELECT s FROM before), (SELECT s FROM after))
   EXCEPT ALL SELECT * FROM flaqes.diff((SELECT s FROM before)))
  UNION ALL
  (SELECT * FROM flaqes.diff((SELECT s FROM before))
   EXCEPT ALL SELECT * FROM flaqes.diff((SELECT s FROM before), (SELECT s FROM after)))) x;

-- With an intent: the tensions the migration introduced and resolved, by finding id.
SELECT change, object, table_name, before, after, rule
FROM flaqes.diff((SELECT s FROM before), (SELECT s FROM after), '{"workload": "OLTP"}')
WHERE object_type = 'tension'
ORDER BY change, object;

-- Nothing changed: no rows.
SELECT count(*) AS no_changes FROM flaqes.diff((SELECT s FROM after), (SELECT s FROM after), '{"workload": "OLTP"}');
ROLLBACK;

-- Errors.
SELECT pg_temp.show_error($$SELECT * FROM flaqes.diff(NULL)$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.diff((SELECT s FROM before), '{"format": "x"}')$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.diff((SELECT s FROM before), NULL, '{"workload": "web"}')$$);
-- Snapshots of different schema lists are not compared.
SELECT pg_temp.show_error($$SELECT * FROM flaqes.diff((SELECT s FROM before), flaqes.snapshot(ARRAY['dif', 'snap']))$$);
SELECT pg_temp.show_error($$SELECT * FROM flaqes.diff((SELECT s FROM before), flaqes.snapshot())$$);
