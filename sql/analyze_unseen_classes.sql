-- The classes of false roles and findings the unseen fixtures (test/fixtures/unseen_*.sql) showed,
-- each beside a near miss that keeps its verdict: test/fixtures/analyze_unseen_classes.sql.
\set ECHO none
\set QUIET on
SET client_min_messages = error;
\i test/fixtures/analyze_unseen_classes.sql
RESET client_min_messages;
\set QUIET off
\set ECHO all

-- Roles, asked for schema uc only (parents in uk still count): doc_labels a junction (its keys
-- share tenant_id), doc_views not; sessions not an event log (they expire, nothing happened),
-- moderation_log still one; outbox_messages a log, not polymorphic, comments polymorphic;
-- change_log an audit trail; stock_by_day a snapshot (date_key -> dim_date is its period);
-- user_attributes an eav keyed by the tenant-scoped user.
SELECT table_name, role, confidence >= 0.5 AS confident,
       jsonb_path_query_array(signals, '$[*].name') AS signals
FROM flaqes.roles(ARRAY['uc'])
WHERE table_name::text IN ('uc.doc_labels', 'uc.doc_views', 'uc.sessions', 'uc.moderation_log',
                           'uc.outbox_messages', 'uc.comments', 'uc.change_log', 'uc.stock_by_day',
                           'uc.user_attributes')
ORDER BY 1::text;

-- The same roles whatever the schemas asked for.
SELECT count(*) AS differ
FROM flaqes.roles(ARRAY['uc']) a
JOIN flaqes.roles() b USING (table_name)
WHERE a.role <> b.role OR a.confidence <> b.confidence;

-- Findings: no polymorphic_without_fk on outbox_messages or change_log and no
-- missing_foreign_key on outbox_messages(tenant_id) (an outbox and an audit trail outlive what
-- they name); comments' pair reported. One fk_without_index on invites (its index leads with
-- tenant_id and also serves invites_tenant_id_fkey); two on shares. soft_delete_unique_conflict
-- on tickets' code, not its number. key_overflow_risk on warehouses, not on carriers.
SELECT id, severity, evidence->'also_serves' AS also_serves
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['uc'])
WHERE rule IN ('polymorphic_without_fk', 'missing_foreign_key', 'fk_without_index',
               'soft_delete_unique_conflict', 'key_overflow_risk')
ORDER BY id;

SELECT alternatives->0->>'example_ddl' AS ddl
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['uc'])
WHERE id = 'fk_without_index:uc.invites(tenant_id,invited_by)';

-- redundant_index on pages, not on posts (its unique key is to become partial, see the fixture);
-- posts' soft_delete_unique_conflict stays.
SELECT id FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['uc'])
WHERE rule IN ('redundant_index', 'soft_delete_unique_conflict') AND table_name::text IN ('uc.posts', 'uc.pages')
ORDER BY id;

-- orders_raw: no_primary_key at info (a raw landing table), no all_nullable; contacts: all_nullable.
SELECT id, severity, evidence->'raw_landing_table' AS raw_landing_table
FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY['uc'])
WHERE rule IN ('all_nullable', 'no_primary_key') AND table_name::text IN ('uc.orders_raw', 'uc.contacts')
ORDER BY id;
