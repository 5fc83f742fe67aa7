-- flaqes.analyze rules that need statistics, a confident role or a wide table, shown in SQL:
-- unused_index, event_log_updated, fact_partitioning, fact_without_dimension_fk, nullable_fk and
-- wide_table (positives and negatives).
CREATE SCHEMA azs;

-- unused_index: readings is read 120 times by sequential scans, its note index never.
CREATE TABLE azs.readings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sensor text NOT NULL,
    note text);
CREATE INDEX readings_note_idx ON azs.readings (note);
CREATE INDEX readings_sensor_idx ON azs.readings (sensor);  -- (neg) scanned below
INSERT INTO azs.readings (sensor, note) SELECT 's' || g % 7, 'n' || g FROM generate_series(1, 200) g;
ANALYZE azs.readings;
DO $$ BEGIN FOR i IN 1..120 LOOP PERFORM count(*) FROM azs.readings; END LOOP; END $$;
SET enable_seqscan = off;
SELECT count(*) AS sensor_rows FROM azs.readings WHERE sensor = 's1';
RESET enable_seqscan;

-- event_log_updated: an append-only-looking event log whose statistics show updates.
CREATE TABLE azs.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    event_type text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}');
INSERT INTO azs.events (event_type) SELECT 'signed_in' FROM generate_series(1, 60);
UPDATE azs.events SET payload = '{"fixed": true}' WHERE id <= 3;
-- (neg) an event log that is only ever appended to.
CREATE TABLE azs.audit_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz NOT NULL DEFAULT now(),
    event_type text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}');
INSERT INTO azs.audit_events (event_type) SELECT 'exported' FROM generate_series(1, 60);

-- fact_partitioning and fact_without_dimension_fk: a star schema's fact table.
CREATE TABLE azs.dim_product (product_key int PRIMARY KEY, name text NOT NULL, category text NOT NULL);
CREATE TABLE azs.dim_store (store_key int PRIMARY KEY, city text NOT NULL, region text NOT NULL);
CREATE TABLE azs.dim_promo (promo_key int PRIMARY KEY, label text NOT NULL);
CREATE TABLE azs.fact_sales (
    product_key int NOT NULL REFERENCES azs.dim_product,
    store_key int NOT NULL REFERENCES azs.dim_store,
    promo_key int REFERENCES azs.dim_promo,  -- nullable_fk: a sale without a promotion has no key
    sold_at timestamptz NOT NULL,
    quantity int NOT NULL,
    revenue numeric(12,2) NOT NULL,
    discount numeric(12,2) NOT NULL);
CREATE INDEX ON azs.fact_sales (product_key);
CREATE INDEX ON azs.fact_sales (store_key);
CREATE INDEX ON azs.fact_sales (promo_key);
-- (neg) a nullable foreign key on an ordinary entity is a choice, not a finding.
CREATE TABLE azs.stores_notes (id int PRIMARY KEY, store_key int REFERENCES azs.dim_store, body text);
CREATE INDEX ON azs.stores_notes (store_key);
-- A fact table that lost its dimension keys: measures and a date, no foreign key at all.
CREATE TABLE azs.fact_returns (
    returned_on date NOT NULL,
    product_code text NOT NULL,
    quantity int NOT NULL,
    refund numeric(12,2) NOT NULL);

-- The event tables are analyzed (their breaking points quote the row estimate, and a modest
-- estimate caps fact_partitioning at info); the fact tables are not (no estimate: the intent decides).
ANALYZE azs.events, azs.audit_events;
-- wide_table: an entity of 40 columns (over the 30 an OLTP entity is allowed); (neg) one of 12.
DO $$
BEGIN
  EXECUTE 'CREATE TABLE azs.customer_profiles (id int PRIMARY KEY, ' ||
          (SELECT string_agg(format('attribute_%s text', g), ', ') FROM generate_series(1, 39) g) || ')';
  EXECUTE 'CREATE TABLE azs.customer_cards (id int PRIMARY KEY, ' ||
          (SELECT string_agg(format('field_%s text', g), ', ') FROM generate_series(1, 11) g) || ')';
END $$;

SELECT pg_stat_force_next_flush();

SELECT table_name, role, round(confidence::numeric, 2) AS confidence
FROM flaqes.roles(ARRAY['azs']) ORDER BY table_name::text;

SELECT id, severity, breaking_point
FROM flaqes.analyze('{"workload": "OLAP", "data_volume": "large"}', ARRAY['azs'])
WHERE rule IN ('unused_index', 'event_log_updated', 'fact_partitioning', 'fact_without_dimension_fk')
ORDER BY id;

SELECT id, severity, description
FROM flaqes.analyze('{"workload": "OLTP", "write_frequency": "high"}', ARRAY['azs'])
WHERE rule IN ('nullable_fk', 'wide_table')
ORDER BY id;

-- The same schema declared small: partitioning advice disappears.
SELECT count(*) AS fact_partitioning_when_small
FROM flaqes.analyze('{"workload": "OLAP", "data_volume": "small"}', ARRAY['azs'])
WHERE rule = 'fact_partitioning';

DROP SCHEMA azs CASCADE;
