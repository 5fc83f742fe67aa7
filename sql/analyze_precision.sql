-- flaqes.analyze precision: the known false-positive classes stay gone, the recall gaps stay
-- closed, hygiene rules speak once per schema, and fk_without_index is critical only where the
-- severity matrix in README.md says.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/analyze_precision.sql
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- Every finding on the fixture under OLTP at a large volume: no repeating_group (address lines,
-- a symmetric pair), no eav (user metadata), nothing on schema_migrations or the partition
-- template, no key_overflow_risk on account_profiles (its key is an FK), no fk_without_index on
-- invoice_lines(order_id) (a partial index WHERE order_id IS NOT NULL covers it), no
-- serial_not_identity (folded into key_overflow_risk's script).
SELECT id, severity, table_name, columns
FROM flaqes.analyze(flaqes.intent('OLTP', data_volume => 'large'), ARRAY['fp'])
ORDER BY id;

-- fk_without_index: critical only for a plausible parent delete on a large child; why not otherwise.
SELECT id, severity, evidence->>'not_critical' AS not_critical
FROM flaqes.analyze(flaqes.intent('OLTP', data_volume => 'large'), ARRAY['fp'])
WHERE rule = 'fk_without_index' ORDER BY id;
-- ... at a medium volume and no statistics, nothing is critical;
SELECT id, severity FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule = 'fk_without_index' ORDER BY id;
-- ... and under OLAP, even join-heavy at a large volume, warning at most.
SELECT id, severity
FROM flaqes.analyze(flaqes.intent('OLAP', read_patterns => ARRAY['join_heavy'], data_volume => 'large'), ARRAY['fp'])
WHERE rule = 'fk_without_index' ORDER BY id;

-- One finding per schema and hygiene rule: the objects in evidence, one script for them all; the
-- serial key's identity conversion is part of the widening script.
SELECT id, table_name IS NULL AS schema_wide, evidence->'count' AS count, evidence->'objects' AS objects
FROM flaqes.analyze(flaqes.intent('OLTP', data_volume => 'large'), ARRAY['fp'])
WHERE rule IN ('key_overflow_risk', 'timestamp_without_time_zone') ORDER BY id;
SELECT alternatives->0->>'example_ddl' AS script
FROM flaqes.analyze(flaqes.intent('OLTP', data_volume => 'large'), ARRAY['fp'])
WHERE id = 'key_overflow_risk:fp';

-- The tax_* copies on invoice lines: one finding, info, documenting the snapshot first.
SELECT id, severity, columns, alternatives->0->>'description' AS first_remedy
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule = 'denormalized_copy';

-- no_primary_key proposes the NOT NULL unique key it found, not a new identity.
SELECT id, alternatives->0->>'example_ddl' AS ddl
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE id = 'no_primary_key:fp.country_codes';

-- NOT VALID constraints: VALIDATE CONSTRAINT, and the lock it takes.
SELECT id, alternatives->0->>'example_ddl' AS ddl, evidence->>'lock' AS lock
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule = 'not_valid_constraint' ORDER BY id;

-- An index declared on a partition repeating the partition's copy of the parent's index: drop the
-- partition's own (the copy goes only with the parent's index); its index on other keys is quiet.
SELECT id, description, alternatives->0->>'example_ddl' AS ddl, evidence->>'duplicate_of' AS keep
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule IN ('duplicate_index', 'redundant_index') AND table_name::text LIKE 'fp.page_views%' ORDER BY id;
-- ... and its DDL runs (the partition keeps the parent's copy and its other index).
BEGIN;
SELECT alternatives->0->>'example_ddl'
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE id = 'duplicate_index:fp.page_views_2026(page_views_2026_by_page)' \gexec
SELECT indexname FROM pg_indexes WHERE schemaname = 'fp' AND tablename = 'page_views_2026' ORDER BY 1;
ROLLBACK;

-- The same index declared twice on every partition under names of their own, and a partition's own
-- index that is a prefix of its copy of the parent's: one finding each for the partitioned parent,
-- listing the partitions, whose one script drops the partitions' own indexes and keeps the copies.
SELECT id, severity, table_name, evidence->'objects' AS objects, alternatives->0->>'example_ddl' AS ddl
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule IN ('duplicate_index', 'redundant_index') AND (table_name::text LIKE 'fp.clicks%' OR id LIKE '%fp.clicks%')
ORDER BY id;
-- ... and the scripts run, leaving each partition one index on visitor and the parent's copy.
BEGIN;
SELECT alternatives->0->>'example_ddl'
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE id IN ('duplicate_index:fp.clicks(visitor)', 'redundant_index:fp.clicks(campaign)') \gexec
SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'fp' AND tablename LIKE 'clicks_%' ORDER BY 1, 2;
ROLLBACK;

-- A schema-wide id can be ignored like any other.
SELECT count(*) AS left_after_ignore
FROM flaqes.analyze('{"workload": "OLTP", "data_volume": "large", "ignore": ["key_overflow_risk:fp"]}', ARRAY['fp'])
WHERE rule = 'key_overflow_risk';

-- The one role gate: a role-based finding names the role it assumed and how sure it was.
SELECT DISTINCT rule FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['fp'])
WHERE rule IN ('nullable_fk', 'fact_partitioning', 'fact_without_dimension_fk', 'event_log_updated');
