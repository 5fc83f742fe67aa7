-- Regressions of four seed defects (issue 15): seed_sql rows holding newlines, numeric(p,p)
-- columns, null_fraction on a foreign key column, JSON lists for array columns.
CREATE SCHEMA seedd;
\set ECHO none
\i test/fixtures/show_error.sql
\set ECHO all

-- D1: seed_sql writes one row per VALUES item, newlines inside literals included; the script,
-- run in a fresh transaction, gives back exactly the rows seed_rows gives for the same options.
CREATE TABLE seedd.notes (id int PRIMARY KEY, body text NOT NULL, tag text);
\set opts '{"seed": 7, "columns": {"body": ["a\\nb", "x\\n\\ny", "\\n", "it''s\\r\\nok"], "tag": {"value": "two\\nlines"}}}'
CREATE TEMP TABLE seeded_notes AS SELECT * FROM flaqes.seed_rows(NULL::seedd.notes, 6, :'opts');
TRUNCATE seedd.notes;  -- seed_rows inserted them: the script starts from the same empty table
SELECT flaqes.seed_sql('seedd.notes', 6, :'opts') AS script \gset
SELECT count(*) AS notes_left_by_seed_sql FROM seedd.notes;
BEGIN;
:script
SELECT count(*) AS rows, count(*) FILTER (WHERE body ~ E'\n') AS bodies_with_newlines,
       bool_and(tag = E'two\nlines') AS tags_kept
FROM seedd.notes;
SELECT (SELECT count(*) FROM (TABLE seedd.notes EXCEPT TABLE seeded_notes) AS a)
     + (SELECT count(*) FROM (TABLE seeded_notes EXCEPT TABLE seedd.notes) AS b) AS rows_differing_from_seed_rows;
ROLLBACK;

-- D2: numeric(p,s) with p = s holds only fractions; no CHECK is needed to seed it.
CREATE TABLE seedd.rates (id int PRIMARY KEY, rate numeric(4,4) NOT NULL, share numeric(8,8), uniq numeric(3,3) UNIQUE);
SELECT * FROM flaqes.seed('seedd.rates', 50);
SELECT min(rate) >= 0 AS rate_not_negative, max(rate) < 1 AS rate_below_1, min(share) >= 0 AND max(share) < 1 AS share_fraction,
       count(DISTINCT uniq) = count(uniq) AS uniq_distinct
FROM seedd.rates;

-- D3: a null_fraction on a foreign key column keeps the foreign key: the other rows reference
-- the parent's rows.
CREATE TABLE seedd.owners (id int PRIMARY KEY);
INSERT INTO seedd.owners SELECT generate_series(1, 3);
CREATE TABLE seedd.pets (id int PRIMARY KEY, owner_id int REFERENCES seedd.owners);
SELECT * FROM flaqes.seed('seedd.pets', 40, '{"seed": 3, "tables": {"owners": {"reuse": true}}, "columns": {"owner_id": {"null_fraction": 0.5}}}');
SELECT count(*) AS pets, count(owner_id) BETWEEN 8 AND 32 AS some_nulls_some_owners,
       bool_and(owner_id IN (1, 2, 3)) AS owners_exist
FROM seedd.pets;
SELECT c->>'generator' AS generator, c->>'null_fraction' AS null_fraction
FROM jsonb_array_elements(flaqes.seed_plan('seedd.pets', 1, '{"columns": {"owner_id": {"null_fraction": 0.25}}}') -> 'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'seedd.pets' AND c->>'column' = 'owner_id';
SELECT * FROM flaqes.seed('seedd.pets', 10, '{"columns": {"owner_id": {"null_fraction": 0}}}');
SELECT count(*) FILTER (WHERE owner_id IS NULL) AS nulls_among_last_10 FROM (SELECT owner_id FROM seedd.pets ORDER BY id DESC LIMIT 10) AS p;

-- D4: a JSON list given for an array column becomes an array literal.
CREATE TABLE seedd.posts (id int PRIMARY KEY, tags text[], scores int[], grid int[][], labels varchar(10)[]);
SELECT * FROM flaqes.seed('seedd.posts', 2, $${"columns": {"tags": {"value": ["a b", "c\"d", "e\\f", null, "NULL", "{x}"]},
    "scores": {"value": [1, 2, 3]}, "grid": {"value": [[1, 2], [3, 4]]}, "labels": {"value": []}}}$$);
SELECT DISTINCT tags, tags[4] IS NULL AS fourth_is_null, tags[5] AS fifth, scores, grid, labels, cardinality(labels) AS no_labels FROM seedd.posts;
-- A list of lists gives the arrays to draw from; a Postgres array literal is taken as it stands.
SELECT * FROM flaqes.seed('seedd.posts', 20, '{"seed": 5, "columns": {"tags": [["a"], ["b", "c"]], "scores": {"value": "{7,8}"}, "grid": "[1:1][1:2]={{5,6}}"}}');
SELECT tags, scores, grid, count(*) > 0 AS seen FROM seedd.posts WHERE id NOT IN (SELECT id FROM seedd.posts WHERE labels IS NOT NULL AND cardinality(labels) = 0) GROUP BY 1, 2, 3 ORDER BY 1;
-- A list of scalars for an array column is ambiguous: an error that shows both forms.
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedd.posts', 1, '{"columns": {"tags": ["a", "b"]}}')$$);

DROP SCHEMA seedd CASCADE;
