-- Seed throughput against INSERT ... SELECT FROM generate_series on the same two tables, same run.
-- Run: psql -X -v rows=1000000 -f bench/seed_throughput.sql <db with flaqes>
\set ON_ERROR_STOP on
\timing on
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    first_name text NOT NULL,
    last_name text NOT NULL,
    phone text,
    status text NOT NULL CHECK (status IN ('active', 'inactive', 'banned')),
    score numeric(10,2) NOT NULL CHECK (score >= 0),
    created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE bench.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES bench.customers,
    total numeric(12,2) NOT NULL CHECK (total > 0),
    placed_at timestamptz NOT NULL,
    note text);
CREATE INDEX ON bench.orders (customer_id);

-- Baseline: the same shape (rows/10 customers, rows orders) with simple expressions.
BEGIN;
INSERT INTO bench.customers (email, first_name, last_name, phone, status, score)
SELECT 'user' || i || '@example.com', 'First' || i, 'Last' || i, '+1 555 01' || (i % 100), 'active', (i % 1000) / 10.0
FROM generate_series(1, :rows / 10) AS i;
INSERT INTO bench.orders (customer_id, total, placed_at, note)
SELECT 1 + (i % (:rows / 10)), 1 + (i % 500), now() - (i % 1000) * interval '1 hour', 'note ' || i
FROM generate_series(1, :rows) AS i;
ROLLBACK;

SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1]::bigint / 1024 AS peak_rss_mb_before_seed;

-- flaqes.seed: the same counts, realistic values, every constraint checked.
BEGIN;
SELECT * FROM flaqes.seed('bench.orders', :rows, '{"seed": 1}');
ROLLBACK;

-- Peak memory of this backend (VmHWM) after the seed, and its current size (VmRSS).
SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmHWM:\s+(\d+)'))[1]::bigint / 1024 AS peak_rss_mb,
       (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint / 1024 AS rss_mb;
