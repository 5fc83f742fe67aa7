-- What scripts/demo shows. Runs in the demo database after the sample schema is loaded.
\pset pager off
CREATE EXTENSION flaqes;

\echo
\echo '== The catalog model: tables by kind, with their foreign keys'
SELECT t->>'schema' AS schema, t->>'name' AS "table", t->>'kind' AS kind,
       jsonb_array_length(t->'columns') AS columns,
       jsonb_array_length(t->'foreign_keys') AS foreign_keys,
       jsonb_array_length(t->'indexes') AS indexes
FROM jsonb_array_elements(flaqes.schema_graph()->'tables') AS t
ORDER BY 1, 2;

\echo '== Relationships (many-to-many edges come through junction tables)'
SELECT r->'from'->>'name' AS "from", r->'to'->>'name' AS "to", r->>'cardinality' AS cardinality,
       r->'via'->>'name' AS via, (r->>'identifying')::boolean AS identifying
FROM jsonb_array_elements(flaqes.schema_graph(ARRAY['shop'])->'relationships') AS r
ORDER BY 1, 2;

\echo '== An intent, with every default filled in'
SELECT flaqes.intent('OLTP', write_frequency => 'high', data_volume => 'large') AS intent;

\echo '== What each table is for'
SELECT table_name, role, round(confidence::numeric, 2) AS confidence, reasons[1] AS strongest_signal
FROM flaqes.roles() ORDER BY confidence DESC, table_name::text;

\echo '== Design patterns'
SELECT table_name, pattern, columns, round(confidence::numeric, 2) AS confidence
FROM flaqes.patterns() ORDER BY table_name::text, pattern;

\echo '== Design tensions under an OLTP, high-write intent'
SELECT severity, id, description
FROM flaqes.analyze('{"workload": "OLTP", "write_frequency": "high"}')
ORDER BY CASE severity WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, id;

\echo '== The same schema for analytics: severities follow the intent'
SELECT severity, count(*) AS findings
FROM flaqes.analyze('{"workload": "OLAP", "consistency": "eventual", "data_volume": "large"}')
GROUP BY severity ORDER BY 1;

\echo '== One finding in full: what the design buys, what it risks, when it breaks, what to do'
\x on
SELECT rule, table_name, current_benefit, risk, breaking_point, jsonb_pretty(alternatives) AS alternatives
FROM flaqes.analyze('{"workload": "OLTP", "write_frequency": "high"}')
WHERE id = 'key_overflow_risk:shop.orders(id)';
\x off

\echo '== The report, as markdown (first lines)'
SELECT string_agg(line, E'\n') AS report
FROM (SELECT line FROM regexp_split_to_table(flaqes.report('{"workload": "OLTP"}', ARRAY['shop']), E'\n')
      WITH ORDINALITY AS r(line, n) WHERE n <= 40 ORDER BY n) AS head;

\echo '== Seeding: 5 order lines, with the orders, customers, products and tenants they need'
BEGIN;
SELECT * FROM flaqes.seed('shop.order_items', 5, '{"seed": 7}');
SELECT o.id AS order_id, c.first_name, c.last_name, c.email, i.product_name, i.quantity, i.unit_price
FROM shop.order_items i JOIN shop.orders o ON o.id = i.order_id JOIN shop.customers c ON c.id = o.customer_id
ORDER BY o.id, i.line_no;
\echo '-- ROLLBACK leaves nothing behind'
ROLLBACK;
SELECT count(*) AS order_items_after_rollback FROM shop.order_items;

\echo '== What a seed would do, without doing it'
SELECT jsonb_pretty(flaqes.seed_plan('shop.payments', 3) -> 'insert_order') AS insert_order;
