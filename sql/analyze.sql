-- flaqes.analyze: every rule on its fixture (positives and negatives), a clean schema, the intent
-- matrix, ignore, errors, and the example DDL executed inside a transaction.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/analyze_rules.sql
\i test/fixtures/analyze_clean.sql
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- invalid_index: a concurrent unique build that fails on duplicates leaves an invalid index.
CREATE UNIQUE INDEX CONCURRENTLY badges_code_key ON az.badges (code);

-- Every finding on the rule fixture under a plain OLTP intent. Negative cases are the tables and
-- indexes the fixture marks "(neg)": they must not appear here.
SELECT id, severity, category, table_name, columns
FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['az'])
ORDER BY id;

-- Every rule of the catalogue that has a positive case above (unused_index, event_log_updated
-- and the fact_* rules need statistics or a fact role: sql/analyze_stats.sql shows them).
SELECT count(DISTINCT rule) AS rules_seen FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['az']);

-- The clean, carefully designed OLTP schema: nothing above info.
SELECT id, severity FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['clean']) WHERE severity <> 'info';
SELECT count(*) AS clean_findings FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['clean']);

-- One finding in full.
\x on
SELECT * FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['az'])
WHERE id = 'fk_without_index:az.shipments(order_id)';
\x off

-- The intent matrix: the same schema, different intents, different severities (or absence).
WITH intents(name, intent) AS (VALUES
  ('oltp',          '{"workload": "OLTP"}'::jsonb),
  ('oltp_small',    '{"workload": "OLTP", "data_volume": "small"}'),
  ('olap',          '{"workload": "OLAP"}'),
  ('olap_eventual', '{"workload": "OLAP", "consistency": "eventual"}'),
  ('evolving',      '{"workload": "mixed", "evolution_rate": "high"}'),
  ('frozen',        '{"workload": "mixed", "evolution_rate": "frozen"}')),
ids(id) AS (VALUES
  ('fk_without_index:az.shipments(order_id)'), ('fk_without_index:az.orders(customer_id)'),
  ('denormalized_copy:az.orders(customer_email)'),
  ('enum_evolution:az'), ('varchar_length_limit:az'),
  ('no_primary_key:az.import_rows'), ('redundant_index:az.products(products_name_idx)'))
SELECT ids.id,
       max(a.severity) FILTER (WHERE i.name = 'oltp') AS oltp,
       max(a.severity) FILTER (WHERE i.name = 'oltp_small') AS oltp_small,
       max(a.severity) FILTER (WHERE i.name = 'olap') AS olap,
       max(a.severity) FILTER (WHERE i.name = 'olap_eventual') AS olap_eventual,
       max(a.severity) FILTER (WHERE i.name = 'evolving') AS evolving,
       max(a.severity) FILTER (WHERE i.name = 'frozen') AS frozen
FROM ids
CROSS JOIN intents i
LEFT JOIN LATERAL (SELECT severity FROM flaqes.analyze(i.intent, ARRAY['az']) f WHERE f.id = ids.id) a ON true
GROUP BY ids.id
ORDER BY ids.id;

-- Evidence beats intent: the nearly exhausted sequence is critical even for a small database.
SELECT id, severity, breaking_point FROM flaqes.analyze('{"workload": "OLTP", "data_volume": "small"}', ARRAY['az'])
WHERE rule = 'key_overflow_risk';

-- ignore: by finding id and by rule name.
SELECT count(*) AS findings,
       count(*) FILTER (WHERE id = 'fk_without_index:az.orders(customer_id)') AS that_one,
       count(*) FILTER (WHERE rule = 'duplicate_index') AS duplicates
FROM flaqes.analyze('{"workload": "OLTP", "ignore": ["fk_without_index:az.orders(customer_id)", "duplicate_index"]}',
                    ARRAY['az']);

-- Errors: intent NULL, an invalid intent, a schema that does not exist.
SELECT count(*) FROM flaqes.analyze(NULL);
SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "ignore": "fk_cycle"}');
SELECT count(*) FROM flaqes.analyze('{"workload": "batch"}');
SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['no_such_schema']);

-- Every example DDL is valid SQL for its table: run each in its own subtransaction inside a
-- transaction that is rolled back, and report any that fails. The one expected failure: the
-- REINDEX of the invalid unique index meets the duplicates that broke its build, as its
-- trade-off says.
\set ECHO none
\set QUIET on
\i test/fixtures/example_ddl.sql
\set QUIET off
\set ECHO all
BEGIN;
SELECT * FROM pg_temp.example_ddl_failures('{"workload": "OLTP"}', ARRAY['az', 'clean']);
SELECT count(*) > 20 AS many_statements_ran
FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['az']) f, jsonb_array_elements(f.alternatives) a
WHERE a->>'example_ddl' IS NOT NULL;
ROLLBACK;

-- The example DDL of a few findings, as text.
SELECT id, a->>'example_ddl' AS example_ddl
FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['az']) f, jsonb_array_elements(f.alternatives) a
WHERE f.id IN ('soft_delete_unique_conflict:az.accounts(accounts_email_key)', 'key_overflow_risk:az.tickets(id)',
               'polymorphic_without_fk:az.comments(commentable_type,commentable_id)', 'enum_evolution:az')
  AND a->>'example_ddl' IS NOT NULL
ORDER BY 1, 2;

SET client_min_messages = warning;
DROP SCHEMA az, clean CASCADE;
RESET client_min_messages;
