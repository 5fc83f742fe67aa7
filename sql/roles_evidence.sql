-- Roles and patterns that must hold on real schemas (test/fixtures/roles_evidence.sql): star
-- schemas without prefixes, snapshots, facts that need fact evidence, names that carry no role
-- alone, evidence that does not depend on the schemas asked for, and the patterns rules rely on
-- to stay quiet, each beside a near miss.
\set ECHO none
\set QUIET on
\i test/fixtures/roles_evidence.sql
\set QUIET off
\set ECHO all

-- Every verdict, with the names of its signals.
SELECT table_name, role, confidence, jsonb_path_query_array(signals, '$[*].name') AS signal_names
FROM flaqes.roles(ARRAY['star', 'ops', 'ext']) ORDER BY table_name::text;

-- Names alone never reach 0.5: a table whose only evidence for a role is a name.
SELECT r.table_name, a->>'role' AS role, (a->>'confidence')::real AS confidence
FROM flaqes.roles(ARRAY['ops']) r, jsonb_array_elements(r.alternatives) a
WHERE r.table_name IN ('ops.document_versions'::regclass, 'ops.items'::regclass, 'ops.fact_notes'::regclass)
  AND a->>'role' IN ('audit_log', 'event_log', 'fact')
ORDER BY 1, 2;

-- No fact or event log at >= 0.5 without measures or without a time.
SELECT table_name, role, confidence FROM flaqes.roles(ARRAY['star', 'ops', 'ext'])
WHERE role IN ('fact', 'event_log') AND confidence >= 0.5
  AND (jsonb_path_exists(signals, '$[*] ? (@.name == "no_measures" || @.name == "no_event_time")'))
ORDER BY 1;

-- Evidence does not depend on the call: the fact in ext counts its keys into star whether or not
-- star is read.
SELECT (SELECT confidence FROM flaqes.roles(ARRAY['ext']) WHERE table_name = 'ext.returns_fact_feed'::regclass)
     = (SELECT confidence FROM flaqes.roles(ARRAY['ext', 'star'])
        WHERE table_name = 'ext.returns_fact_feed'::regclass) AS same_confidence,
       (SELECT signals FROM flaqes.roles(ARRAY['ext']) WHERE table_name = 'ext.returns_fact_feed'::regclass)
     = (SELECT signals FROM flaqes.roles(ARRAY['ext', 'star'])
        WHERE table_name = 'ext.returns_fact_feed'::regclass) AS same_signals;

-- The patterns, with their signal names: positives and near misses side by side.
SELECT table_name, pattern, columns, confidence, jsonb_path_query_array(signals, '$[*].name') AS signal_names
FROM flaqes.patterns(ARRAY['star', 'ops', 'ext']) ORDER BY table_name::text, pattern, columns;

-- Near misses find nothing they must not.
SELECT table_name, pattern FROM flaqes.patterns(ARRAY['ops'])
WHERE table_name IN ('ops.contract'::regclass, 'ops.upload'::regclass, 'ops.menu_link'::regclass,
                     'ops.employee'::regclass, 'ops.appointment'::regclass, 'ops.data_migration_request'::regclass,
                     'ops.measurements_archive'::regclass)
ORDER BY 1, 2;

-- A data jsonb column is one thing in both functions: a payload on the event row (roles count
-- it as one, patterns call it jsonb_payload), attributes on the row kept in place.
SELECT r.table_name,
       jsonb_path_exists(r.signals, '$[*] ? (@.name == "json_payload")') AS roles_payload,
       (SELECT array_agg(p.pattern ORDER BY p.pattern) FROM flaqes.patterns(ARRAY['ops']) p
        WHERE p.table_name = r.table_name AND p.pattern LIKE 'jsonb%') AS json_patterns
FROM flaqes.roles(ARRAY['ops']) r
WHERE r.table_name IN ('ops.webhook_delivery'::regclass, 'ops.profile'::regclass)
ORDER BY 1;

-- A deliberate document snapshot (purchase_line.item_name, copied from the item onto the line of a
-- dated purchase) is only info, with "document it" as the first remedy; a text copy on the undated
-- customer_card is a warning.
SELECT table_name, columns, severity, alternatives->0->>'description' AS first_remedy
FROM flaqes.analyze('{"workload": "oltp"}', ARRAY['ops'])
WHERE rule = 'denormalized_copy' ORDER BY 1, 2;

-- Nor does it advise on tables a framework owns (a Rails ar_internal_metadata with timestamps
-- without time zone): their DDL is the framework's. The same columns on a table of the model do
-- get the advice.
CREATE TABLE ops.sync_marker (key varchar PRIMARY KEY, value varchar, created_at timestamp(6) NOT NULL);
-- (Hygiene findings speak for the whole schema: their columns name table.column.)
SELECT table_name, rule, columns FROM flaqes.analyze('{"workload": "oltp"}', ARRAY['ops'])
WHERE table_name IN ('ops.ar_internal_metadata'::regclass, 'ops.schema_migrations'::regclass,
                     'ops._prisma_migrations'::regclass, 'ops.sync_marker'::regclass)
   OR EXISTS (SELECT FROM unnest(columns) AS c
              WHERE split_part(c, '.', 1) IN ('ar_internal_metadata', 'schema_migrations', '_prisma_migrations', 'sync_marker'))
ORDER BY 1, 2;

SET client_min_messages = warning;
DROP SCHEMA ext, ops, star CASCADE;
