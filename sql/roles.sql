-- flaqes.roles() on test/fixtures/roles_patterns.sql: one table per role, and decoys.
\set ECHO none
\set QUIET on
\i test/fixtures/roles_patterns.sql
\set QUIET off
\set ECHO all

-- The verdicts, with their evidence in words.
SELECT table_name, role, confidence, reasons FROM flaqes.roles(ARRAY['rp']) ORDER BY table_name::text;

-- The same evidence for programs: signals [{name, weight, detail}], names stable and documented.
SELECT table_name, jsonb_path_query_array(signals, '$[*].name') AS signal_names,
       jsonb_path_query_array(signals, '$[*].weight') AS weights
FROM flaqes.roles(ARRAY['rp']) ORDER BY table_name::text;

-- Every signal has a name, a number and a detail; the prose says the same, one line each.
SELECT count(*) FILTER (WHERE jsonb_typeof(s->'name') <> 'string' OR jsonb_typeof(s->'weight') <> 'number'
                          OR jsonb_typeof(s->'detail') <> 'string') AS malformed,
       bool_and(jsonb_array_length(r.signals) = cardinality(r.reasons)) AS prose_matches
FROM flaqes.roles(ARRAY['rp']) r, jsonb_array_elements(r.signals) s;

-- The runners-up, as jsonb [{role, confidence, signals, reasons}].
SELECT table_name, jsonb_path_query_array(alternatives, '$[*].role') AS alternative_roles,
       jsonb_path_query_array(alternatives, '$[*].confidence') AS confidences
FROM flaqes.roles(ARRAY['rp']) ORDER BY table_name::text;

-- Confidence is meaningful: clear cases score above the ambiguous ones.
SELECT (SELECT confidence FROM flaqes.roles(ARRAY['rp']) WHERE table_name = 'rp.product_tags'::regclass)
     > (SELECT confidence FROM flaqes.roles(ARRAY['rp']) WHERE table_name = 'rp.stock_moves'::regclass)
       AS junction_clearer_than_stock_moves;

-- Every alternative is less likely than the verdict, and all confidences are in [0, 1].
SELECT count(*) AS out_of_order
FROM flaqes.roles(ARRAY['rp']) r, jsonb_array_elements(r.alternatives) a
WHERE (a->>'confidence')::real > r.confidence OR r.confidence NOT BETWEEN 0 AND 1;

-- Statistics change a verdict: stock_moves, only ever inserted into, reads as an event log.
INSERT INTO rp.products (sku, name) VALUES ('P-1', 'widget');
INSERT INTO rp.stock_moves (product_id, warehouse, qty)
SELECT (SELECT id FROM rp.products), 'north', g FROM generate_series(1, 50) g;
SELECT pg_stat_force_next_flush();
SELECT role, reasons FROM flaqes.roles(ARRAY['rp']) WHERE table_name = 'rp.stock_moves'::regclass;

-- ... and updated in place, it is an entity again.
UPDATE rp.stock_moves SET qty = qty + 1;
SELECT pg_stat_force_next_flush();
SELECT role, reasons FROM flaqes.roles(ARRAY['rp']) WHERE table_name = 'rp.stock_moves'::regclass;

-- Errors: a schema that does not exist, a NULL in the list.
SELECT * FROM flaqes.roles(ARRAY['no_such_schema']);
SELECT * FROM flaqes.roles(ARRAY['rp', NULL]);
