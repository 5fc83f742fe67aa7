-- flaqes.check, the CI gate: a summary line when nothing at or above fail_on is found, else
-- SQLSTATE QF001 with the count, one line per finding in the DETAIL and a hint; the intent's
-- ignore list accepts findings; a bad fail_on is 22023.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/show_error.sql
CREATE SCHEMA chk;
-- One finding per level under OLTP: a serial key 93% used (critical), a foreign key without an
-- index (warning), a serial column that is not an identity (info).
CREATE TABLE chk.tickets (id serial PRIMARY KEY, title text NOT NULL);
DO $$ BEGIN PERFORM setval('chk.tickets_id_seq', 2000000000); END $$;
CREATE TABLE chk.comments (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                           ticket_id integer NOT NULL REFERENCES chk.tickets, body text NOT NULL);
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- What the gate judges, for reference (the serial column's info finding is folded into the
-- critical one on the same key while that one is shown).
SELECT id, severity FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['chk']) ORDER BY id;

-- Fails at each level: the default (critical), warning and info.
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', schemas => ARRAY['chk'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', 'warning', ARRAY['chk'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', 'info', ARRAY['chk'])$$);

-- Accepting the critical finding in the intent makes the default gate pass; the summary counts
-- what stays below fail_on.
SELECT flaqes.check('{"workload": "OLTP", "ignore": ["key_overflow_risk:chk.tickets(id)"]}', schemas => ARRAY['chk']);
-- ... and by rule name; the warning still fails a warning gate.
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP", "ignore": ["key_overflow_risk"]}', 'warning', ARRAY['chk'])$$);
-- Display controls apply too: min_severity leaves the info finding out of the counts.
SELECT flaqes.check('{"workload": "OLTP", "ignore": ["key_overflow_risk", "fk_without_index"], "min_severity": "warning"}',
                    'info', ARRAY['chk']);
SELECT flaqes.check('{"workload": "OLTP", "ignore": ["key_overflow_risk", "fk_without_index"]}', 'warning', ARRAY['chk']);
-- A schema with nothing to say passes at every level.
CREATE SCHEMA chk_empty;
SELECT flaqes.check('{"workload": "OLTP"}', 'info', ARRAY['chk_empty']);

-- Errors: fail_on outside info | warning | critical, fail_on NULL, a bad intent.
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', 'error', ARRAY['chk'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', NULL, ARRAY['chk'])$$);
SELECT pg_temp.show_error($$SELECT flaqes.check(NULL)$$);
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP", "ignore": 3}')$$);

-- A failing gate is an ERROR: it aborts the transaction, as CI needs.
BEGIN;
SELECT flaqes.check('{"workload": "OLTP"}', 'critical', ARRAY['chk']);
SELECT 1 AS after_failure;
ROLLBACK;

DROP SCHEMA chk, chk_empty CASCADE;
