-- flaqes.seed through cycles of NOT NULL foreign keys broken at a DEFERRABLE constraint
-- (test/fixtures/seed_cycles.sql).
\set ECHO none
\set QUIET on
\i test/fixtures/seed_cycles.sql
\set QUIET off
\set ECHO all

-- DEFERRABLE INITIALLY IMMEDIATE: deferred during the call, checked before it returns.
BEGIN;
SELECT * FROM flaqes.seed('seedc.authors', 5, '{"seed": 1}');
SELECT count(*) AS authors,
       count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedc.books b WHERE b.id = a.best_book_id)) AS dangling
FROM seedc.authors a;
SELECT count(*) AS books,
       count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedc.authors a WHERE a.id = b.author_id)) AS dangling
FROM seedc.books b;
-- The constraint is immediate again: breaking it now fails at once, inside the transaction.
SAVEPOINT s;
UPDATE seedc.authors SET best_book_id = -1 WHERE id = (SELECT min(id) FROM seedc.authors);
ROLLBACK TO s;
ROLLBACK;
SELECT count(*) AS authors_after_rollback FROM seedc.authors;

-- The plan shows where the cycle is broken.
SELECT jsonb_pretty(jsonb_path_query_array(flaqes.seed_plan('seedc.authors', 5),
       '$.tables[*].foreign_keys[*] ? (@.filled_by_update == true)')) AS broken_at;
SELECT flaqes.seed_plan('seedc.authors', 5)->'insert_order' AS insert_order;
SELECT c->>'source' AS source, c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('seedc.authors', 5)->'tables') t,
     jsonb_array_elements(t->'columns') c
WHERE c->>'column' = 'best_book_id';

-- INITIALLY DEFERRED, a composite foreign key to a text key.
BEGIN;
SELECT * FROM flaqes.seed('seedc.players', 8, '{"seed": 2}');
SELECT count(*) AS teams,
       count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedc.players p
                                          WHERE (p.region, p.name) = (t.captain_region, t.captain_name))) AS dangling
FROM seedc.teams t;
SELECT count(*) AS players,
       count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedc.teams t WHERE t.code = p.team_code)) AS dangling
FROM seedc.players p;
SET CONSTRAINTS ALL IMMEDIATE;  -- what COMMIT would check
ROLLBACK;

-- Three tables, broken at the one deferrable foreign key.
BEGIN;
SELECT * FROM flaqes.seed('seedc.a', 10, '{"seed": 3}');
SELECT (SELECT count(*) FROM seedc.a x WHERE NOT EXISTS (SELECT FROM seedc.b y WHERE y.id = x.b_id))
     + (SELECT count(*) FROM seedc.b x WHERE NOT EXISTS (SELECT FROM seedc.c y WHERE y.id = x.c_id))
     + (SELECT count(*) FROM seedc.c x WHERE NOT EXISTS (SELECT FROM seedc.a y WHERE y.id = x.a_id)) AS dangling;
SELECT t->>'table' AS "table", fk->>'constraint' AS constraint_name, fk->>'filled_by_update' AS filled_by_update,
       fk->>'constraint_deferred' AS constraint_deferred
FROM jsonb_array_elements(flaqes.seed_plan('seedc.a', 10)->'tables') t, jsonb_array_elements(t->'foreign_keys') fk;
ROLLBACK;

-- seed_sql for a deferrable cycle is a script that loads (in one transaction) and satisfies every key.
SELECT flaqes.seed_sql('seedc.authors', 2, '{"seed": 4}') AS script \gset
SELECT :'script' ~ 'SET CONSTRAINTS seedc."authors best book" DEFERRED' AS defers,
       :'script' ~ 'SET CONSTRAINTS seedc."authors best book" IMMEDIATE' AS restores;
SELECT count(*) AS authors_before FROM seedc.authors;
BEGIN;
SELECT set_config('flaqes_test.script', :'script', true) IS NOT NULL AS script_set;
DO $$ BEGIN EXECUTE current_setting('flaqes_test.script'); END $$;
SELECT count(*) AS authors, count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedc.books b WHERE b.id = a.best_book_id)) AS dangling
FROM seedc.authors a;
ROLLBACK;

-- Without a DEFERRABLE or nullable foreign key, and a key from a function default (unknown
-- before the statement that would insert the whole cycle), the cycle is an error naming it.
SELECT * FROM flaqes.seed('seedc.hens', 1);
