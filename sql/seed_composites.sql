-- flaqes.seed on composite-type columns (test/fixtures/seed_composites.sql).
\set ECHO none
\set QUIET on
\i test/fixtures/seed_composites.sql
\set QUIET off
\set ECHO all

-- NOT NULL composites: a nested one (address with a geo position), one holding an enum and a
-- domain, an array of composites, a nullable one.
SELECT * FROM flaqes.seed('seedct.places', 20, '{"seed": 1}');
SELECT count(*) AS rows,
       count(*) FILTER (WHERE (home).street IS NOT NULL AND (home).city IS NOT NULL) AS addresses,
       count(*) FILTER (WHERE ((home).position).lat BETWEEN -90 AND 90
                          AND ((home).position).lon BETWEEN -180 AND 180) AS positions,
       count(*) FILTER (WHERE (status).mood IS NOT NULL) AS moods,
       count(*) FILTER (WHERE (status).load BETWEEN 0 AND 100) AS loads,
       count(*) FILTER (WHERE cardinality(visits) BETWEEN 1 AND 3) > 0 AS has_visits
FROM seedct.places;

-- seed_plan names the composite generator and, attribute by attribute, what fills it.
SELECT c->>'column' AS column, c->>'generator' AS generator, c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('seedct.places', 1)->'tables'->0->'columns') AS c;

-- Same seed, same rows (compared by md5 of the composite columns), another seed other rows.
BEGIN;
DELETE FROM seedct.places;
SELECT inserted FROM flaqes.seed('seedct.places', 10, '{"seed": 7}');
CREATE TEMP TABLE run_a AS SELECT md5(string_agg(row(home, status, visits, optional)::text, '|' ORDER BY id)) AS h FROM seedct.places;
DELETE FROM seedct.places;
SELECT inserted FROM flaqes.seed('seedct.places', 10, '{"seed": 7}');
SELECT md5(string_agg(row(home, status, visits, optional)::text, '|' ORDER BY id)) = (SELECT h FROM run_a) AS same_seed_same_rows
FROM seedct.places;
DELETE FROM seedct.places;
SELECT inserted FROM flaqes.seed('seedct.places', 10, '{"seed": 8}');
SELECT md5(string_agg(row(home, status, visits, optional)::text, '|' ORDER BY id)) <> (SELECT h FROM run_a) AS other_seed_other_rows
FROM seedct.places;
ROLLBACK;

-- Attribute values with quotes, commas, parentheses, a backslash, spaces, the empty string:
-- every value of the domain's CHECK list reads back unchanged.
SELECT * FROM flaqes.seed('seedct.notes', 60, '{"seed": 2}');
SELECT quote_literal((body).word) AS word, count(*) > 0 AS seen, bool_and((body).n IS NOT NULL) AS n_set
FROM seedct.notes GROUP BY 1 ORDER BY 1;

-- An attribute without generator stays NULL; when a NOT NULL domain forbids that, 0A000.
SELECT * FROM flaqes.seed('seedct.shapes', 3, '{"seed": 3}');
SELECT count(*) AS rows, count((shape).label) AS labels, count((shape).outline) AS outlines FROM seedct.shapes;
SELECT * FROM flaqes.seed('seedct.strict_shapes', 1);
SELECT * FROM flaqes.seed('seedct.strict_shapes', 2, '{"columns": {"shape": "(box,\"a & b\")"}}');

-- A composite primary key column: one attribute counts up.
SELECT * FROM flaqes.seed('seedct.spots', 50, '{"seed": 4}');
SELECT count(*) AS rows, count(DISTINCT spot) AS distinct_spots FROM seedct.spots;

DROP SCHEMA seedct CASCADE;
