-- flaqes.report(format => 'sarif'): SARIF 2.1.0 for code scanning. Levels from severities,
-- fingerprints from finding ids (not lines), the physical location of each result in a schema
-- file read with PostgreSQL's parser (qualified and unqualified names, pg_dump's ALTER TABLE ONLY),
-- logical locations only without a source, and the error paths.
CREATE SCHEMA sar;
-- The schema file: run here as written (unqualified names resolve to sar), and passed as the source.
CREATE TABLE sar_source AS SELECT $src$-- a schema file, pg_dump style and hand-written mixed
CREATE TABLE sar.customers (
    id integer NOT NULL,
    email varchar(200) NOT NULL
);

CREATE TABLE orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL,
    placed_at timestamp NOT NULL
);

ALTER TABLE ONLY sar.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);

ALTER TABLE ONLY orders
    ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES sar.customers (id);

CREATE TABLE "sar"."Order Notes" (order_id integer, body text);

CREATE INDEX orders_placed ON orders USING btree (placed_at);
CREATE INDEX orders_placed_again ON sar.orders USING btree (placed_at);
$src$::text AS text;
SET search_path = sar, public;
DO $$ BEGIN EXECUTE (SELECT text FROM sar_source); END $$;
RESET search_path;

-- The results with their rule, level, fingerprint, line and the text of that line of the file.
CREATE FUNCTION sar_results(report text, source text) RETURNS TABLE (
    rule text, level text, fingerprint text, line int, line_text text, logical text)
LANGUAGE sql AS $$
  SELECT r->>'ruleId', r->>'level', r->'partialFingerprints'->>'flaqesFindingId/v1',
         (r->'locations'->0->'physicalLocation'->'region'->>'startLine')::int,
         btrim((string_to_array(source, E'\n'))[(r->'locations'->0->'physicalLocation'->'region'->>'startLine')::int]),
         (SELECT string_agg(l->>'fullyQualifiedName' || ' (' || (l->>'kind') || ')', ', ')
            FROM jsonb_array_elements(r->'locations'->0->'logicalLocations') l)
  FROM jsonb_array_elements(report::jsonb->'runs'->0->'results') r
  ORDER BY 3
$$;

CREATE TABLE sar_report AS
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], format => 'sarif',
                     options => jsonb_build_object('source', jsonb_build_object('path', 'db/structure.sql', 'text', text))) AS report,
       text AS source
FROM sar_source;

SELECT r.* FROM sar_report, sar_results(report, source) r;

-- The log's frame, and its rules: one per flaqes rule that fired, each result's ruleIndex names its rule.
SELECT report::jsonb->>'version' AS version, report::jsonb->>'$schema' AS schema,
       report::jsonb->'runs'->0->'tool'->'driver'->>'name' AS tool,
       report::jsonb->'runs'->0->'tool'->'driver'->>'version' AS tool_version,
       report::jsonb->'runs'->0->'results'->0->'locations'->0->'physicalLocation'->'artifactLocation'->>'uri' AS uri
FROM sar_report;
SELECT d->>'id' AS id, d->>'name' AS name, d->'properties'->'tags' AS tags,
       d->'shortDescription'->>'text' <> '' AS has_description,
       d->'help'->>'markdown' LIKE '%```sql%' AS help_has_ddl
FROM sar_report, jsonb_array_elements(report::jsonb->'runs'->0->'tool'->'driver'->'rules') d
ORDER BY 1;
SELECT bool_and(report::jsonb->'runs'->0->'tool'->'driver'->'rules'->((r->>'ruleIndex')::int)->>'id' = r->>'ruleId')
         AS rule_index_names_the_rule,
       count(DISTINCT r->>'ruleId') = jsonb_array_length(report::jsonb->'runs'->0->'tool'->'driver'->'rules')
         AS one_rule_per_fired_rule
FROM sar_report, jsonb_array_elements(report::jsonb->'runs'->0->'results') r
GROUP BY report;

-- One result per finding of flaqes.analyze, the level from its severity, the fingerprint its id.
SELECT count(*) AS findings,
       count(*) FILTER (WHERE s.level = CASE a.severity WHEN 'critical' THEN 'error' WHEN 'warning' THEN 'warning'
                                                       ELSE 'note' END) AS level_from_severity
FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['sar']) a
FULL JOIN (SELECT r.* FROM sar_report, sar_results(report, source) r) s ON s.fingerprint = a.id;
SELECT DISTINCT a.severity, s.level
FROM flaqes.analyze('{"workload": "OLAP", "data_volume": "large"}', ARRAY['sar']) a
JOIN sar_results(flaqes.report('{"workload": "OLAP", "data_volume": "large"}', ARRAY['sar'], 'sarif'), '') s
  ON s.fingerprint = a.id
ORDER BY 1;

-- Fingerprints do not move with lines: a psql meta-command line (skipped by the parser) above
-- the same file moves every result down one line and keeps every fingerprint.
SELECT bool_and(moved.line = r.line + 1) AS every_line_moved_by_one,
       count(*) = (SELECT count(*) FROM sar_report, sar_results(report, source)) AS same_fingerprints
FROM sar_report, sar_results(report, source) r
JOIN sar_results(flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif',
                 jsonb_build_object('source', jsonb_build_object('path', 'db/structure.sql',
                                                                 'text', E'\\restrict abc\n' || source))),
                 '') moved USING (fingerprint);

-- Without a source: logical locations only.
SELECT count(*) AS results,
       count(*) FILTER (WHERE r->'locations'->0 ? 'physicalLocation') AS with_physical_location,
       count(*) FILTER (WHERE jsonb_array_length(r->'locations'->0->'logicalLocations') > 0) AS with_logical_location
FROM jsonb_array_elements(flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif')::jsonb->'runs'->0->'results') r;

-- A source that does not create the tables: every result still has a line (line 1).
SELECT DISTINCT line
FROM sar_results(flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif',
                               '{"source": {"path": "db/other.sql", "text": "SELECT 1;"}}'), 'SELECT 1;');
-- A path with a space is escaped in the uri.
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif',
                     '{"source": {"path": "db/my schema.sql", "text": ""}}')::jsonb
       ->'runs'->0->'results'->0->'locations'->0->'physicalLocation'->'artifactLocation'->>'uri' AS uri;

-- Errors: source text the parser rejects (with its line), options of another format, bad source.
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif',
                     '{"source": {"path": "db/structure.sql", "text": "CREATE TABLE t (a int);\nCREATE TABLE (;"}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"diagram": "full"}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'json', '{"source": {"path": "a.sql", "text": ""}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"source": "db/structure.sql"}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"source": {"path": "db/structure.sql"}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"source": {"path": "", "text": ""}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"source": {"path": "a.sql", "text": 1}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '{"sources": {}}');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'sarif', '[]');
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['sar'], 'SARIF');

-- flaqes.report_ddl: analyze_ddl's rows as SARIF, each result at its statement's line of the
-- migration file; the migration is rolled back (the index count of sar.orders stays).
INSERT INTO sar.customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 50) g;
INSERT INTO sar.orders (customer_id, placed_at) SELECT 1 + g % 50, '2024-01-01' FROM generate_series(1, 500) g;
ANALYZE sar.customers, sar.orders;
CREATE TABLE sar_migration AS SELECT $m$-- 0042: a note column, and an index for reports
ALTER TABLE sar.orders ADD COLUMN note varchar(100);

CREATE INDEX orders_customer ON sar.orders (customer_id);
ALTER TABLE sar.orders
    ALTER COLUMN customer_id TYPE bigint;
$m$::text AS text;
CREATE TABLE sar_review AS
SELECT flaqes.report_ddl(text, '{"workload": "OLTP"}', ARRAY['sar'],
                         options => '{"path": "db/migrations/0042_note.sql"}') AS report, text AS source
FROM sar_migration;
SELECT r.rule, r.level, r.fingerprint, r.line, r.line_text, r.logical FROM sar_review, sar_results(report, source) r
ORDER BY line, rule;
SELECT r->>'ruleId' AS rule, r->>'kind' AS kind, r->>'level' AS level, r->'properties'->>'kind' AS row_kind,
       r->'properties'->>'change' AS change, r->'properties'->>'lock' AS lock,
       r->'locations'->0->'physicalLocation'->'artifactLocation'->>'uri' AS uri
FROM sar_review, jsonb_array_elements(report::jsonb->'runs'->0->'results') r
ORDER BY (r->'properties'->>'line')::int, 1;
SELECT d->>'id' AS id, d->'shortDescription'->>'text' AS short_description, d->'properties'->'tags' AS tags
FROM sar_review, jsonb_array_elements(report::jsonb->'runs'->0->'tool'->'driver'->'rules') d
ORDER BY 1;
-- The same rows as analyze_ddl, by id.
SELECT (SELECT array_agg(id ORDER BY id) FROM flaqes.analyze_ddl((SELECT text FROM sar_migration), '{"workload": "OLTP"}', ARRAY['sar']))
     = (SELECT array_agg(r.fingerprint ORDER BY r.fingerprint) FROM sar_review, sar_results(report, source) r)
       AS same_rows_as_analyze_ddl;
SELECT count(*) AS indexes_of_orders_after_review FROM pg_index WHERE indrelid = 'sar.orders'::regclass;
-- A resolved tension is a result of kind pass, level none.
SELECT r->>'ruleId' AS rule, r->>'kind' AS kind, r->>'level' AS level, r->'properties'->>'change' AS change
FROM jsonb_array_elements(flaqes.report_ddl('CREATE INDEX ON sar.orders (customer_id);', '{"workload": "OLTP"}',
                                            ARRAY['sar'])::jsonb->'runs'->0->'results') r
WHERE r->'properties'->>'kind' = 'tension';
-- Without a path: logical locations only.
SELECT count(*) FILTER (WHERE r->'locations'->0 ? 'physicalLocation') AS with_physical_location, count(*) AS results
FROM jsonb_array_elements(flaqes.report_ddl('CREATE INDEX ON sar.orders (placed_at, id);', '{"workload": "OLTP"}',
                                            ARRAY['sar'])::jsonb->'runs'->0->'results') r;
-- Errors.
SELECT flaqes.report_ddl('CREATE INDEX ON sar.orders (id);', '{"workload": "OLTP"}', format => 'json');
SELECT flaqes.report_ddl('CREATE INDEX ON sar.orders (id);', '{"workload": "OLTP"}', format => NULL);
SELECT flaqes.report_ddl('CREATE INDEX ON sar.orders (id);', '{"workload": "OLTP"}', options => '{"file": "a.sql"}');
SELECT flaqes.report_ddl('CREATE INDEX ON sar.orders (id);', '{"workload": "OLTP"}', options => '{"path": ""}');
SELECT flaqes.report_ddl('CREATE INDEX ON sar.orders (id);', '{"workload": "OLTP"}', options => '"a.sql"');
SELECT flaqes.report_ddl(NULL, '{"workload": "OLTP"}');
SELECT flaqes.report_ddl('CREATE INDEX ON sar.nowhere (id);', '{"workload": "OLTP"}');

DROP TABLE sar_review, sar_migration;
DROP FUNCTION sar_results(text, text);
DROP TABLE sar_report, sar_source;
DROP SCHEMA sar CASCADE;
