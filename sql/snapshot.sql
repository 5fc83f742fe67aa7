-- flaqes.snapshot and flaqes.analyze_snapshot: the document's header, sizes and row estimates
-- without row data, the same findings offline as live (every schema the earlier tests created,
-- hostile names included), and the errors of a document that is not a snapshot.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
CREATE SCHEMA snap;
CREATE TABLE snap.readings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text NOT NULL);
INSERT INTO snap.readings (note) SELECT 'row-data-' || g FROM generate_series(1, 500) g;
ANALYZE snap.readings;
CREATE TABLE snap.empty_one (id int PRIMARY KEY, readings_id bigint REFERENCES snap.readings);
CREATE VIEW snap.notes AS SELECT note FROM snap.readings;
\set QUIET off
\set ECHO all

-- The header: what it is, which version of its layout, where and when it was taken.
SELECT s->>'format' AS format, s->'version' AS version, s->>'flaqes_version' AS flaqes_version,
       s->>'server_version_num' = current_setting('server_version_num') AS server_version_num_ok,
       s->>'server_version' = current_setting('server_version') AS server_version_ok,
       s->>'database' = current_database() AS database_ok,
       (s->>'taken_at')::timestamptz = date_trunc('second', now()) AS taken_now,
       s->'schemas' AS schemas,
       (SELECT array_agg(k ORDER BY k) FROM jsonb_object_keys(s) AS k) AS keys
FROM flaqes.snapshot(ARRAY['snap']) AS s;

-- Each relation (views too, without sizes) with its row estimate and sizes; no row data anywhere.
SELECT r->>'name' AS name, r->>'kind' AS kind, r->'row_estimate' AS row_estimate,
       (r->>'table_bytes')::bigint > 0 AS has_bytes,
       (r->>'total_bytes')::bigint >= (r->>'table_bytes')::bigint + (r->>'index_bytes')::bigint AS total_covers
FROM flaqes.snapshot(ARRAY['snap']) AS s, jsonb_array_elements(s->'relations') AS r
ORDER BY 1;
SELECT position('row-data-' IN flaqes.snapshot()::text) AS row_data_found;

-- The catalog rows each step of the catalog read fed the model.
SELECT c->>'step' AS step, jsonb_array_length(c->'rows') AS rows
FROM flaqes.snapshot(ARRAY['snap']) AS s, jsonb_array_elements(s->'catalog') AS c;

-- Offline analysis equals the live one: every schema of the regression database, two intents,
-- every column compared (the live table by its qualified name).
CREATE TEMP TABLE live_vs_snapshot AS
WITH intents(intent) AS (VALUES ('{"workload": "OLTP"}'::jsonb),
                                ('{"workload": "OLAP", "data_volume": "large", "read_patterns": ["join_heavy"]}')),
snapshot AS (SELECT flaqes.snapshot() AS s),
live AS (
  SELECT i.intent, a.id, a.rule, a.category, a.severity,
         CASE WHEN c.oid IS NOT NULL THEN format('%I.%I', n.nspname, c.relname) END AS table_name,
         a.columns, a.description, a.current_benefit, a.risk, a.breaking_point, a.alternatives, a.confidence, a.evidence
  FROM intents i, flaqes.analyze(i.intent) a
  -- a schema-wide finding has no table
  LEFT JOIN pg_class c ON c.oid = a.table_name LEFT JOIN pg_namespace n ON n.oid = c.relnamespace),
offline AS (
  SELECT i.intent, a.*
  FROM intents i, snapshot, flaqes.analyze_snapshot(snapshot.s, i.intent) a)
SELECT (SELECT count(*) FROM live) AS live_findings, (SELECT count(*) FROM offline) AS snapshot_findings,
       (SELECT count(*) FROM (SELECT * FROM live EXCEPT ALL SELECT * FROM offline) x) AS only_live,
       (SELECT count(*) FROM (SELECT * FROM offline EXCEPT ALL SELECT * FROM live) x) AS only_snapshot,
       (SELECT count(DISTINCT rule) FROM live) AS rules;
SELECT live_findings > 100 AS many_findings, live_findings = snapshot_findings AS same_count,
       only_live, only_snapshot, rules >= 10 AS many_rules
FROM live_vs_snapshot;

-- A snapshot read back from its text (as a file in a repository would be) reads the same.
SELECT count(*) AS findings_from_text
FROM flaqes.analyze_snapshot(flaqes.snapshot(ARRAY['snap'])::text::jsonb, '{"workload": "OLTP"}');
SELECT id, severity, table_name
FROM flaqes.analyze_snapshot(flaqes.snapshot(ARRAY['snap']), '{"workload": "OLTP"}') ORDER BY id;

-- Errors: the SQLSTATE, and what to pass instead.
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(NULL, '{"workload": "OLTP"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot('[1, 2]', '{"workload": "OLTP"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(flaqes.schema_graph(ARRAY['snap']), '{"workload": "OLTP"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(jsonb_set(flaqes.snapshot(ARRAY['snap']), '{version}', '99'), '{"workload": "OLTP"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(flaqes.snapshot(ARRAY['snap']) - 'catalog', '{"workload": "OLTP"}')$$);
-- An edited row (a table renamed by hand) fails the digest.
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(jsonb_set(flaqes.snapshot(ARRAY['snap']), '{catalog,0,rows,0,2}', '"renamed"'), '{"workload": "OLTP"}')$$);
-- A value of the wrong type is named by step and row.
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(jsonb_set(flaqes.snapshot(ARRAY['snap']), '{catalog,0,rows,0,0}', '"x"'), '{"workload": "OLTP"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.analyze_snapshot(flaqes.snapshot(ARRAY['snap']), NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.snapshot(ARRAY['no_such_schema'])$$);
