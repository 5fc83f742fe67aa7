-- flaqes.seed on tables written the way applications write them (test/fixtures/seed_real.sql),
-- with no options: each class of table a real schema has.
\set ECHO none
\set QUIET on
SET client_min_messages = warning;
\i test/fixtures/show_error.sql
\i test/fixtures/seed_real.sql
\set QUIET off
\set ECHO all

-- 1. The user's triggers run under the caller's search_path and DateStyle, not flaqes's.
SET search_path = seedr_app, public;
SET DateStyle = 'German, DMY';
BEGIN;
SELECT table_name, inserted FROM flaqes.seed('links', 5);
SELECT count(*) AS rows, min(kind) AS kind, min(ref_count) AS ref_count, min(noted) AS noted FROM links;
SELECT count(*) AS rows_returned FROM flaqes.seed_rows(NULL::links, 2) WHERE kind = 7;
-- seed_sql: the triggers run as well, under DateStyle ISO: the script's literals must not depend on it.
SELECT flaqes.seed_sql('links', 1) ~ '''2024-03-01''' AS noted_in_iso;
ROLLBACK;
RESET DateStyle;
-- flaqes's own settings are back to the caller's after the call.
SHOW search_path;
-- Without the schema on the search_path, the trigger's own error comes through unchanged.
RESET search_path;
SELECT pg_temp.show_error($$SELECT flaqes.seed('seedr_app.links', 1)$$);
