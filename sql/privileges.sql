-- Security: flaqes runs as the caller (nothing SECURITY DEFINER; every function pins its
-- search_path, the seed functions only around their own queries, so that the user's triggers see
-- the caller's), privileges and RLS policies apply to seeded rows, and hostile functions,
-- operators and types in the caller's search_path are never picked up by flaqes's own SQL.
\set ECHO none
\set QUIET on
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;

-- Every function of the extension: SECURITY INVOKER with a pinned search_path, except the three
-- that insert rows and analyze_ddl (they pin it in C++ around their own queries).
SELECT p.oid::regprocedure AS function, p.prosecdef AS security_definer, p.proconfig
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'flaqes'
WHERE p.prosecdef OR NOT coalesce('search_path=pg_catalog, pg_temp' = ANY (p.proconfig), false)
ORDER BY 1;

CREATE SCHEMA priv;
CREATE TABLE priv.accounts (id int PRIMARY KEY, owner_name text NOT NULL);
CREATE TABLE priv.notes (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id int NOT NULL REFERENCES priv.accounts,
    owner_name text NOT NULL,
    body       text NOT NULL);
INSERT INTO priv.accounts VALUES (1, 'flaqes_plain'), (2, 'someone_else');
ALTER TABLE priv.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON priv.notes USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE ROLE flaqes_plain;
GRANT USAGE ON SCHEMA priv TO flaqes_plain;
GRANT SELECT ON priv.accounts, priv.notes TO flaqes_plain;

-- Grants (0.2.0): USAGE on the schema flaqes to PUBLIC, EXECUTE on its functions PUBLIC (the
-- default), so a role that is neither superuser nor owner needs no grant of its own on flaqes.
SELECT nspacl::text LIKE '%,=U/%' AS schema_usage_public FROM pg_namespace WHERE nspname = 'flaqes';
SELECT count(*) AS functions, count(*) FILTER (WHERE p.proacl IS NULL) AS execute_public
FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'flaqes';
SELECT rolsuper, pg_has_role('flaqes_plain', e.extowner, 'MEMBER') AS member_of_owner
FROM pg_roles r, pg_extension e WHERE r.rolname = 'flaqes_plain' AND e.extname = 'flaqes';
SET ROLE flaqes_plain;
-- It reads what it can see: analysis, roles, the report, a snapshot and its analysis, the gate.
SELECT id, severity FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['priv']) ORDER BY id;
SELECT table_name, role FROM flaqes.roles(ARRAY['priv']) ORDER BY 1;
SELECT flaqes.report('{"workload": "OLTP"}', ARRAY['priv']) LIKE '%priv.notes%' AS report;
SELECT (flaqes.snapshot(ARRAY['priv']))->>'format' AS snapshot;
SELECT count(*) = (SELECT count(*) FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['priv'])) AS snapshot_analyzed
FROM flaqes.analyze_snapshot(flaqes.snapshot(ARRAY['priv']), '{"workload": "OLTP"}');
SELECT flaqes.check('{"workload": "OLTP"}', 'critical', ARRAY['priv']);
-- A table it has no INSERT on, in a schema it may use: the usual 42501 (further down, the same
-- for a table of the schema it may read but not write).
SELECT pg_temp.show_error($$SELECT flaqes.seed('priv.accounts', 1)$$);
RESET ROLE;
-- An administrator who wants flaqes for some roles only revokes the schema's USAGE from PUBLIC.
REVOKE USAGE ON SCHEMA flaqes FROM PUBLIC;
SET ROLE flaqes_plain;
SELECT pg_temp.show_error($$SELECT flaqes.check('{"workload": "OLTP"}', 'critical', ARRAY['priv'])$$);
RESET ROLE;
GRANT USAGE ON SCHEMA flaqes TO PUBLIC;
SET ROLE flaqes_plain;

-- No INSERT privilege: the usual 42501, nothing inserted.
SELECT pg_temp.show_error($$SELECT flaqes.seed('priv.notes', 3, '{"tables": {"priv.accounts": {"reuse": true}}}')$$);
RESET ROLE;
GRANT INSERT ON priv.notes TO flaqes_plain;
SET ROLE flaqes_plain;

-- RLS: generated owner names violate the policy; an override that satisfies it succeeds.
SELECT pg_temp.show_error($$SELECT flaqes.seed('priv.notes', 3, '{"tables": {"priv.accounts": {"reuse": true}}}')$$);
SELECT table_name, inserted
FROM flaqes.seed('priv.notes', 3, '{"tables": {"priv.accounts": {"reuse": true}}, "columns": {"owner_name": {"sql": "current_user"}}}');
SELECT count(*) AS visible_own_notes FROM priv.notes;

-- Hostile objects in the caller's schema, first on the search_path: functions and operators
-- named like those flaqes' SQL uses. Any of them being called raises 'hijacked'.
RESET ROLE;
CREATE SCHEMA trap AUTHORIZATION flaqes_plain;
SET ROLE flaqes_plain;
CREATE FUNCTION trap.hijacked() RETURNS text LANGUAGE plpgsql AS $$BEGIN RAISE EXCEPTION 'hijacked'; END$$;
CREATE FUNCTION trap.unnest(text[]) RETURNS SETOF text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); END$$;
CREATE FUNCTION trap.unnest(anyarray) RETURNS SETOF anyelement LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); END$$;
CREATE FUNCTION trap.count(text) RETURNS bigint LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN 0; END$$;
CREATE FUNCTION trap.format(text, text) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.quote_nullable(anyelement) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.concat_ws(text, text, text) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.json_build_array(text) RETURNS json LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN '[]'; END$$;
CREATE FUNCTION trap.jsonb_build_object(text, text) RETURNS jsonb LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN '{}'; END$$;
CREATE FUNCTION trap.quote_ident(text) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.format_type(oid, integer) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.pg_get_expr(pg_node_tree, oid) RETURNS text LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN ''; END$$;
CREATE FUNCTION trap.texteq_trap(text, text) RETURNS boolean LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN true; END$$;
CREATE OPERATOR trap.= (LEFTARG = text, RIGHTARG = text, FUNCTION = trap.texteq_trap);
CREATE FUNCTION trap.oideq_trap(oid, oid) RETURNS boolean LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN true; END$$;
CREATE OPERATOR trap.= (LEFTARG = oid, RIGHTARG = oid, FUNCTION = trap.oideq_trap);
CREATE FUNCTION trap.int4eq_trap(int, int) RETURNS boolean LANGUAGE plpgsql AS $$BEGIN PERFORM trap.hijacked(); RETURN true; END$$;
CREATE OPERATOR trap.= (LEFTARG = int, RIGHTARG = int, FUNCTION = trap.int4eq_trap);
CREATE TABLE trap.pg_class (x int);  -- a table named like a catalog
-- Types named like built-ins: a cast to them runs the domain's CHECK.
CREATE DOMAIN trap.text AS pg_catalog.text CHECK (trap.hijacked() IS NULL);
CREATE DOMAIN trap.uuid AS pg_catalog.uuid CHECK (trap.hijacked() IS NULL);
-- A tree (a self-reference filled by an UPDATE that finds rows by key) with a trigger calling an
-- unqualified function of the caller's schema: flaqes's SQL avoids the traps, the trigger finds
-- its helper.
CREATE FUNCTION trap.label_of(id int) RETURNS pg_catalog.text LANGUAGE sql AS 'SELECT ''node '' || id';
CREATE TABLE trap.nodes (id int PRIMARY KEY, parent_id int REFERENCES trap.nodes, token pg_catalog.uuid NOT NULL,
                         label pg_catalog.text);
CREATE FUNCTION trap.nodes_label() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.label := label_of(NEW.id); RETURN NEW; END $$;
CREATE TRIGGER nodes_label BEFORE INSERT ON trap.nodes FOR EACH ROW EXECUTE FUNCTION trap.nodes_label();
SET search_path = trap, pg_catalog, public;  -- before pg_catalog: the traps shadow built-ins
-- The traps work when called by the caller's own SQL:
SELECT pg_temp.show_error($$SELECT 'a'::text = 'a'::text$$);
-- ...and flaqes never reaches them.
SELECT table_name, inserted
FROM flaqes.seed('priv.notes', 2, '{"seed": 1, "tables": {"priv.accounts": {"reuse": true}}, "columns": {"owner_name": {"sql": "current_user"}}}');
SELECT count(*) AS rows_returned
FROM flaqes.seed_rows(NULL::priv.notes, 2, '{"tables": {"priv.accounts": {"reuse": true}}, "columns": {"owner_name": {"sql": "current_user"}}}');
SELECT length(flaqes.seed_sql('priv.notes', 2, '{"tables": {"priv.accounts": {"reuse": true}}, "columns": {"owner_name": {"sql": "current_user"}}}')) > 0 AS script;
SELECT jsonb_typeof(flaqes.seed_plan('priv.notes', 2)) AS plan;
SELECT table_name, inserted FROM flaqes.seed('trap.nodes', 5, '{"seed": 3}');
SELECT flaqes.seed_sql('trap.nodes', 2) LIKE '%UPDATE trap.nodes%' AS script_updates;
SELECT count(*) >= 0 AS analyzed FROM flaqes.analyze('{"workload": "OLTP"}', ARRAY['priv']);
SELECT length(flaqes.report('{"workload": "OLTP"}', ARRAY['priv'])) > 0 AS report;
SELECT count(*) > 0 AS roles FROM flaqes.roles(ARRAY['priv']);
SELECT count(*) >= 0 AS patterns FROM flaqes.patterns(ARRAY['priv']);
SELECT jsonb_typeof(flaqes.schema_graph(ARRAY['priv'])) AS graph;
SELECT jsonb_typeof(flaqes.validate_intent('{"workload": "OLTP"}')) AS intent;
RESET search_path;
SELECT count(*) AS nodes, count(parent_id) AS with_parent, count(*) FILTER (WHERE label = 'node ' || id) AS labelled
FROM trap.nodes;
RESET ROLE;

DROP SCHEMA priv, trap CASCADE;
DROP OWNED BY flaqes_plain;
DROP ROLE flaqes_plain;
RESET client_min_messages;
