-- Hostile names (quotes, spaces, unicode, reserved words, mixed case, 63-byte identifiers)
-- through analyze (its example DDL executed and rolled back), seed, seed_rows, seed_plan and
-- seed_sql (its script executed).
\set ECHO none
\set QUIET on
\i test/fixtures/hostile_names.sql
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;

-- Seed every table; parents come first through the FK graph.
SELECT table_name, inserted FROM flaqes.seed('"Hostile ""Names"" ü"."leaf; DROP TABLE x; --"', 20, '{"seed": 7}');
SELECT table_name, inserted
FROM flaqes.seed('"Hostile ""Names"" ü"."Table_With_63_Bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 50, '{"seed": 7}');
SELECT count(DISTINCT "user") = count(*) AS users_unique, bool_and("a""b'c" IS NOT NULL) AS moods_set
FROM "Hostile ""Names"" ü"."select";
SELECT bool_and("check" IN ('a''b', 'c d', 'ü')) AS checks_hold, bool_and("order" > 0) AS domain_holds
FROM "Hostile ""Names"" ü"."Table_With_63_Bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

-- Overrides address hostile column names as written.
SELECT count(*) AS rows_with_override
FROM flaqes.seed_rows(NULL::"Hostile ""Names"" ü"."select", 3,
                      '{"columns": {"from where": "x\"y z", "a\"b''c": "it''s bad", "Ünïcödé 表": {"sql": "''表''"}}}') s
WHERE s."from where" = 'x"y z' AND s."a""b'c" = 'it''s bad' AND s."Ünïcödé 表" = '表';

-- The plan names tables and columns as the catalog spells them.
SELECT jsonb_path_query_array(flaqes.seed_plan('"Hostile ""Names"" ü"."leaf; DROP TABLE x; --"', 5, '{"seed": 1}'),
                              '$.tables[*].table') AS plan_tables;

-- seed_sql: the script inserts nothing itself, and running it reproduces the rows.
CREATE TEMP TABLE script AS
SELECT flaqes.seed_sql('"Hostile ""Names"" ü"."Table_With_63_Bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"', 5, '{"seed": 3}') AS sql;
TRUNCATE "Hostile ""Names"" ü"."Table_With_63_Bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
         "Hostile ""Names"" ü"."select" CASCADE;
DO $$ BEGIN EXECUTE (SELECT sql FROM script); END $$;
SELECT (SELECT count(*) FROM "Hostile ""Names"" ü"."select") AS parents,
       (SELECT count(*) FROM "Hostile ""Names"" ü"."Table_With_63_Bytes_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") AS children;

-- Errors name hostile objects quoted.
SELECT pg_temp.show_error($$SELECT flaqes.seed('"Hostile ""Names"" ü"."select"', 1, '{"columns": {"a\"b''c": "nope"}}')$$);

-- analyze: findings on hostile names, and every example DDL statement runs (then is rolled back).
SELECT count(*) > 3 AS findings FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['Hostile "Names" ü']);
\set ECHO none
\set QUIET on
\i test/fixtures/example_ddl.sql
\set QUIET off
\set ECHO all
SELECT * FROM pg_temp.example_ddl_failures('{"workload": "OLAP", "data_volume": "large"}', ARRAY['Hostile "Names" ü']);
SELECT count(*) > 0 AS ddl_statements_ran
FROM flaqes.analyze('{"workload": "OLAP", "data_volume": "large"}', ARRAY['Hostile "Names" ü']) f,
     jsonb_array_elements(f.alternatives) a
WHERE a->>'example_ddl' IS NOT NULL;
SELECT length(flaqes.report('{"workload": "OLTP"}', ARRAY['Hostile "Names" ü'])) > 0 AS markdown_report,
       jsonb_typeof(flaqes.report('{"workload": "OLTP"}', ARRAY['Hostile "Names" ü'], 'json')::jsonb) AS json_report;

DROP SCHEMA "Hostile ""Names"" ü" CASCADE;
RESET client_min_messages;
