-- flaqes.seed against column defaults, CHECK forms and composite keys (test/fixtures/seed_checks.sql).
\set ECHO none
\set QUIET on
SET client_min_messages = warning;
\i test/fixtures/seed_checks.sql
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all

-- A column's reason in the plan.
CREATE FUNCTION pg_temp.reason(tbl text, col text) RETURNS text LANGUAGE sql AS $$
  SELECT c->>'reason' FROM jsonb_array_elements(flaqes.seed_plan(tbl, 50)->'tables') t,
         jsonb_array_elements(t->'columns') c
  WHERE t->>'table' = tbl AND c->>'column' = col $$;

BEGIN;
-- Class 2: a constant default under a unique index, in a primary key, failing its CHECK.
SELECT inserted FROM flaqes.seed('seedck.members', 50, '{"seed": 1}');
SELECT count(DISTINCT display_name) AS distinct_names FROM seedck.members;
SELECT pg_temp.reason('seedck.members', 'display_name') LIKE '%default ''''::text not used: it would repeat on every row of key members_display_name%' AS says_why;
SELECT inserted FROM flaqes.seed('seedck.settings', 50, '{"seed": 1}');
SELECT count(DISTINCT scope) AS scopes, count(DISTINCT k) AS keys FROM seedck.settings;
SELECT inserted FROM flaqes.seed('seedck.shipping', 50, '{"seed": 1}');
SELECT min(shipbase) > 0 AS positive, count(DISTINCT rate) AS rates FROM seedck.shipping;
SELECT pg_temp.reason('seedck.shipping', 'shipbase') LIKE '%default 0.00 not used: it fails the column''s CHECK constraints%' AS says_why,
       pg_temp.reason('seedck.shipping', 'rate') AS rate_reason;

-- Class 3: functions of the column.
SELECT inserted FROM flaqes.seed('seedck.people', 50, '{"seed": 1}');
SELECT string_agg(DISTINCT persontype, ',' ORDER BY persontype) AS types,
       count(*) FILTER (WHERE nickname IS NOT NULL AND lower(nickname) = nickname) > 0 AS some_nicknames
FROM seedck.people;
SELECT pg_temp.reason('seedck.people', 'persontype') AS persontype_reason;

-- Exactly one parent: the CHECK is evaluated by Postgres, the foreign keys are NULL half the time.
SELECT inserted FROM flaqes.seed('seedck.attachments', 50, '{"seed": 1}') ORDER BY inserted DESC;
SELECT count(post_id) > 0 AS posts, count(comment_id) > 0 AS comments, count(message_id) > 0 AS messages,
       bool_and(num_nonnulls(post_id, comment_id, message_id) = 1) AS one_each FROM seedck.attachments;
SELECT flaqes.seed_plan('seedck.attachments', 50)->'tables'->-1->'checks_evaluated_by_postgres' AS evaluated,
       flaqes.seed_plan('seedck.attachments', 50)->'tables'->-1->'checks_not_modelled' AS not_modelled;
SELECT pg_temp.reason('seedck.attachments', 'post_id') AS post_id_reason;
-- Twelve plain columns, exactly one set per row, each of them in some row.
SELECT inserted FROM flaqes.seed('seedck.arc12', 60, '{"seed": 1}');
SELECT bool_and(num_nonnulls(c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12) = 1) AS one_each,
       count(c1) > 0 AND count(c2) > 0 AND count(c3) > 0 AND count(c4) > 0 AND count(c5) > 0 AND count(c6) > 0
       AND count(c7) > 0 AND count(c8) > 0 AND count(c9) > 0 AND count(c10) > 0 AND count(c11) > 0
       AND count(c12) > 0 AS every_column_set
FROM seedck.arc12;
SELECT t->'checks_not_modelled' AS not_modelled, t->'checks_evaluated_by_postgres' AS evaluated
FROM jsonb_array_elements(flaqes.seed_plan('seedck.arc12', 60)->'tables') t;
SELECT pg_temp.reason('seedck.arc12', 'c7') AS c7_reason;
-- At most one, at least one, num_nulls: every bound holds, and each column is set somewhere. A
-- column counted by two CHECKs is counted by the first; Postgres evaluates the second.
SELECT inserted FROM flaqes.seed('seedck.contacts', 60, '{"seed": 1}');
SELECT count(*) FILTER (WHERE email IS NOT NULL AND phone IS NOT NULL) AS both_email_phone,
       count(*) FILTER (WHERE fax IS NULL AND pager IS NULL) AS neither_fax_pager,
       count(*) FILTER (WHERE note IS NOT NULL AND memo IS NOT NULL) AS both_note_memo,
       count(*) FILTER (WHERE phone IS NOT NULL AND memo IS NOT NULL) AS both_phone_memo,
       count(email) > 0 AND count(phone) > 0 AND count(fax) > 0 AND count(pager) > 0 AND count(note) > 0
       AND count(memo) > 0 AS every_column_set,
       count(*) FILTER (WHERE fax IS NOT NULL AND pager IS NOT NULL) > 0 AS sometimes_both_fax_pager
FROM seedck.contacts;
SELECT t->'checks_not_modelled' AS not_modelled, t->'checks_evaluated_by_postgres' AS evaluated
FROM jsonb_array_elements(flaqes.seed_plan('seedck.contacts', 60)->'tables') t;
SELECT pg_temp.reason('seedck.contacts', 'email') AS email_reason;

-- Status and timestamps, one outcome, ordering, legacy flag, a sum of CASEs. (one_outcome is
-- modelled by its first alternative, finished_at IS NULL, so no row is done yet: a known limit.)
SELECT inserted FROM flaqes.seed('seedck.jobs', 50, '{"seed": 1}');
SELECT count(*) FILTER (WHERE status = 'done') > 0 AS some_done,
       count(*) FILTER (WHERE status <> 'done') > 0 AS some_not_done,
       bool_and((status = 'done') = (finished_at IS NOT NULL)) AS status_matches,
       bool_and(created_at <= started_at OR started_at IS NULL) AS ordered
FROM seedck.jobs;
SELECT t->'checks_not_modelled' AS not_modelled, t->'checks_evaluated_by_postgres' AS evaluated
FROM jsonb_array_elements(flaqes.seed_plan('seedck.jobs', 50)->'tables') t;
SELECT pg_temp.reason('seedck.jobs', 'created_at') AS created_at_reason;

-- Ranges on expressions and an opaque function: the search finds passing rows.
SELECT inserted FROM flaqes.seed('seedck.readings', 100, '{"seed": 1}');
SELECT inserted FROM flaqes.seed('seedck.slugs', 100, '{"seed": 1}');
SELECT pg_temp.reason('seedck.slugs', 'slug') AS slug_reason;
-- Rows pass as identifiers shaped from the slug kind's values, never as placeholders (slug_<n>).
SELECT bool_and(slug ~ '^[a-z][a-z0-9]*(_[a-z0-9]+)+$') AS identifier_words,
       count(*) FILTER (WHERE slug ~ '^slug_[0-9]+$') AS placeholders FROM seedck.slugs;
SELECT inserted FROM flaqes.seed('seedck.queued', 100, '{"seed": 1}');
SELECT count(*) FILTER (WHERE company_name ~ '^company_name_[0-9]+$') AS placeholders,
       count(*) FILTER (WHERE company_name ~ ' ') > 50 AS mostly_company_names FROM seedck.queued;
SELECT pg_temp.reason('seedck.queued', 'company_name') AS company_name_reason;

-- Class 4: composite keys of bounded columns count as digits; their foreign key through parents.
SELECT inserted FROM flaqes.seed('seedck.limits', 100, '{"seed": 1}') ORDER BY inserted DESC;
SELECT count(*) AS rows, count(DISTINCT (tenant_id, resource)) AS distinct_keys FROM seedck.limits;
-- Fewer rows than the enum has values, into a table that holds rows already: the key still
-- counts through new parents (a counter over resource alone would start past the 100 rows).
SELECT inserted FROM flaqes.seed('seedck.limits', 3, '{"seed": 2}') ORDER BY inserted DESC;
SELECT count(*) AS rows, count(DISTINCT (tenant_id, resource)) AS distinct_keys FROM seedck.limits;
SELECT inserted FROM flaqes.seed('seedck.switches', 12, '{"seed": 1}');
SELECT count(DISTINCT (a, b, c)) AS distinct_keys FROM seedck.switches;

-- Class 7: user-defined range types.
SELECT inserted FROM flaqes.seed('seedck.blocks', 50, '{"seed": 1}');
SELECT bool_and(NOT isempty(ids) AND lower(ids) <= upper(ids)) AS uuid_ordered,
       bool_and(NOT isempty(span) AND lower(span) <= upper(span)) AS float_ordered,
       bool_and(NOT isempty(names)) AS text_not_empty, count(DISTINCT ids) AS distinct_ids
FROM seedck.blocks;
SELECT pg_temp.reason('seedck.blocks', 'ids') AS ids_reason;
ROLLBACK;
-- 13 rows do not fit: a clear error before anything is inserted.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedck.switches', 13)$$);

DROP SCHEMA seedck CASCADE;
