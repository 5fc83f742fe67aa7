-- flaqes.patterns() on test/fixtures/roles_patterns.sql (loaded by sql/roles.sql, which runs
-- first in the schedule).
SELECT table_name, pattern, columns, confidence, evidence
FROM flaqes.patterns(ARRAY['rp']) ORDER BY table_name::text, pattern, columns;

-- Decoys find nothing they must not: no polymorphic vehicles, no repeating ipv4/ipv6, no soft
-- delete on a required deleted_at, no scd2 on an event's starts_at/ends_at.
SELECT table_name, pattern FROM flaqes.patterns(ARRAY['rp'])
WHERE table_name IN ('rp.vehicles'::regclass, 'rp.account_closures'::regclass, 'rp.events'::regclass)
ORDER BY 1, 2;

-- Every pattern of the vocabulary is found at least once in the fixture.
SELECT p AS missing
FROM unnest(ARRAY['soft_delete', 'scd2', 'scd1', 'audit_columns', 'polymorphic_association', 'event_sourcing',
                  'jsonb_document', 'jsonb_attributes', 'eav', 'repeating_group', 'adjacency_tree', 'multi_tenant',
                  'time_partitioning', 'trinity_identifiers', 'exclusive_arc', 'closure_table']) p
WHERE p NOT IN (SELECT pattern FROM flaqes.patterns(ARRAY['rp']));

-- Each instance says why in signals [{name, weight, detail}]; the weights sum to its confidence.
SELECT table_name, pattern, jsonb_path_query_array(signals, '$[*].name') AS signal_names
FROM flaqes.patterns(ARRAY['rp']) ORDER BY table_name::text, pattern, columns;
SELECT count(*) AS confidence_not_the_sum
FROM flaqes.patterns(ARRAY['rp']) p
WHERE abs(p.confidence - least(1, (SELECT sum((s->>'weight')::numeric) FROM jsonb_array_elements(p.signals) s))) > 0.011;

-- Leave nothing behind for the tests that read every schema.
SET client_min_messages = warning;
DROP SCHEMA rp CASCADE;
