-- flaqes.intent(): a validated intent with every default filled in, and every error path.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all

-- Only the workload is required; the defaults of every other key are documented here.
SELECT jsonb_pretty(flaqes.intent('OLTP'));

-- Named arguments, values in any case, repeats in read_patterns dropped.
SELECT flaqes.intent(workload => 'olap', data_volume => 'Large',
                     read_patterns => ARRAY['aggregation', 'range_scan', 'aggregation'],
                     write_frequency => 'low', consistency => 'eventual', evolution_rate => 'frozen');

-- What flaqes.intent() returns is itself a valid intent for flaqes.analyze.
SELECT flaqes.intent('mixed') = flaqes.intent('MIXED') AS canonical;

-- Unknown values: the message names the key, the hint lists the allowed values.
SELECT pg_temp.show_error($$SELECT flaqes.intent('batch')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', write_frequency => 'often')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', read_patterns => ARRAY['point_lookup', 'full_scan'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', consistency => 'weak')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', evolution_rate => 'never')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', data_volume => 'huge')$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', engine => 'mysql')$$);

-- SQL NULL arguments: a NULL where a value is needed names its key.
SELECT pg_temp.show_error($$SELECT flaqes.intent(NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', data_volume => NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', read_patterns => NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.intent('OLTP', read_patterns => ARRAY['range_scan', NULL])$$);

-- The same error uncaught, as psql shows it.
SELECT flaqes.intent('OLTP', data_volume => 'huge');

-- A hand-written jsonb intent, checked as flaqes.analyze checks it.
SELECT flaqes.validate_intent('{"workload": "OLAP", "ignore": ["wide_table"]}') ->> 'ignore' AS ignore;
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent(NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('"OLTP"')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "volume": "large"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": ["OLTP"]}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "read_patterns": "range_scan"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "read_patterns": [1]}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "ignore": "wide_table"}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "ignore": [""]}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.validate_intent('{"workload": "OLTP", "engine": "mysql"}')$$);
