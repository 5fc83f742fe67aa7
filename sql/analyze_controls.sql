-- What analyze and report show: the intent keys min_severity, min_confidence, include, exclude,
-- rules (and ignore), their errors, the intent presets, and the report's opening summary.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/show_error.sql
CREATE SCHEMA ctl;
CREATE SCHEMA ctl_sales;
CREATE TABLE ctl.customers (id serial PRIMARY KEY, email varchar(200) NOT NULL, created_at timestamp NOT NULL);
CREATE TABLE ctl.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                         customer_id integer NOT NULL REFERENCES ctl.customers, note char(10));
CREATE TABLE ctl.tmp_import (line text, loaded_at timestamp);
CREATE TABLE ctl_sales.invoices (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES ctl.customers,
                                 total money NOT NULL);
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- Everything, for reference.
SELECT id, severity, confidence FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;

-- min_severity and min_confidence; ids are the same as above.
SELECT id, severity FROM flaqes.analyze('{"workload": "OLTP", "min_severity": "warning"}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;
SELECT id, confidence FROM flaqes.analyze('{"workload": "OLTP", "min_confidence": 0.9}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;

-- include / exclude: schema.table globs, or a table name alone.
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "include": ["ctl_sales.*"]}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "exclude": ["*.tmp_*", "ctl_sales.*"]}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "include": ["ctl.*"], "exclude": ["orders"]}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "include": ["c?l.cust*"]}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;

-- rules: only these; ignore keeps working beside it (by rule and by id).
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "rules": ["fk_without_index", "char_n"]}', ARRAY['ctl', 'ctl_sales']) ORDER BY id;
SELECT id FROM flaqes.analyze('{"workload": "OLTP", "rules": ["fk_without_index"], "ignore": ["fk_without_index:ctl.orders(customer_id)"]}',
                              ARRAY['ctl', 'ctl_sales']) ORDER BY id;

-- validate_intent fills in the controls' defaults.
SELECT flaqes.validate_intent('{"workload": "OLTP"}');
SELECT flaqes.validate_intent('{"workload": "OLTP", "min_severity": "Critical", "min_confidence": 1, "include": ["a.*", "a.*"]}');

-- Errors: each names the key, with the allowed values in the hint.
\pset format unaligned
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "min_severity": "high"}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "min_severity": 2}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "min_confidence": 1.5}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "min_confidence": "0.5"}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "include": "sales.*"}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "exclude": [""]}')$$);
SELECT pg_temp.show_error($$SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP", "rules": ["no_such_rule"]}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "rules": ["fk_without_idx"]}')$$);
SELECT pg_temp.show_error($$SELECT length(flaqes.report('{"workload": "OLTP", "rules": ["nope"]}'))$$);
\pset format aligned

-- Presets: every axis set; adjusted with ||; accepted by analyze; unknown and NULL names.
SELECT flaqes.intent_preset('olap');
SELECT flaqes.intent_preset('OLTP') = flaqes.intent_preset('oltp') AS case_insensitive;
SELECT p, flaqes.intent_preset(p)->>'workload' AS workload, flaqes.intent_preset(p)->>'data_volume' AS data_volume,
       flaqes.intent_preset(p)->>'evolution_rate' AS evolution_rate
FROM unnest(ARRAY['oltp', 'olap', 'event_sourcing', 'startup_mvp', 'saas_multitenant', 'time_series']) AS p;
SELECT count(*) > 0 AS analyzed
FROM flaqes.analyze(flaqes.intent_preset('startup_mvp') || '{"min_severity": "info"}', ARRAY['ctl']);
\pset format unaligned
SELECT pg_temp.show_error($$SELECT flaqes.intent_preset('warehouse')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent_preset(NULL)$$);
\pset format aligned

-- The report opens with the filters, one line per severity and per hygiene rule, then findings
-- by severity, then by table.
SELECT line FROM regexp_split_to_table(
  flaqes.report('{"workload": "OLTP", "include": ["ctl.*"], "exclude": ["*.tmp_*"], "min_severity": "info"}',
                ARRAY['ctl', 'ctl_sales']), E'\n') WITH ORDINALITY AS l(line, n)
WHERE line ~ '^(#|- \*\*Filters|\| (critical|warning|info|key_overflow|serial_not|timestamp_|varchar_|enum_|char_n|money_|json_)|- `)'
ORDER BY n;
SELECT r->'intent'->'include' AS include, r->'summary'->'findings_by_hygiene_rule' AS hygiene
FROM (SELECT flaqes.report('{"workload": "OLTP", "include": ["ctl.*"]}', ARRAY['ctl'], 'json')::jsonb AS r) x;

SET client_min_messages = warning;
DROP SCHEMA ctl, ctl_sales CASCADE;
RESET client_min_messages;
