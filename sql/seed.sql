-- flaqes.seed on test/fixtures/seed_schema.sql: foreign keys, keys, checks, types, options.
\set ECHO none
\set QUIET on
\i test/fixtures/seed_schema.sql
\set QUIET off
\set ECHO all

-- A chain of foreign keys: parents first, each in its own count.
SELECT * FROM flaqes.seed('seedt.stores', 25, '{"seed": 1}');
SELECT count(*) AS orphans FROM seedt.stores s LEFT JOIN seedt.cities c ON c.id = s.city_id WHERE c.id IS NULL;
SELECT count(DISTINCT email) = 25 AS emails_unique FROM seedt.stores;

-- Composite foreign key: every pallet points at an existing (site, bay); capacity within its CHECK.
SELECT * FROM flaqes.seed('seedt.pallets', 30, '{"seed": 2}');
SELECT count(*) AS orphans FROM seedt.pallets p
WHERE NOT EXISTS (SELECT FROM seedt.warehouses w WHERE (w.site, w.bay) = (p.site, p.bay));
SELECT min(capacity) >= 10 AND max(capacity) <= 20 AS capacity_in_bounds FROM seedt.warehouses;

-- Self-reference: a tree, later rows point at earlier ones, the first row is a root.
SELECT * FROM flaqes.seed('seedt.categories', 40, '{"seed": 3}');
SELECT count(*) FILTER (WHERE parent_id IS NULL) > 0 AS has_roots,
       count(*) FILTER (WHERE parent_id IS NOT NULL) > 0 AS has_children,
       count(*) FILTER (WHERE parent_id >= id) AS forward_references
FROM seedt.categories;

-- A junction table: distinct (category, tag) pairs from the two parents.
SELECT * FROM flaqes.seed('seedt.category_tags', 12, '{"seed": 4}');
SELECT count(*) = count(DISTINCT (category_id, tag_id)) AS pairs_unique FROM seedt.category_tags;

-- A cycle through a nullable foreign key: inserted, then the nullable side set by an UPDATE.
SELECT * FROM flaqes.seed('seedt.departments', 6, '{"seed": 5}');
SELECT count(*) AS departments, count(manager_id) AS with_manager,
       count(*) FILTER (WHERE NOT EXISTS (SELECT FROM seedt.employees e WHERE e.id = d.manager_id)
                          AND manager_id IS NOT NULL) AS dangling
FROM seedt.departments d;
SELECT (flaqes.seed_plan('seedt.departments', 6)->'tables'->0->'foreign_keys'->0->>'filled_by_update') AS deferred;

-- A cycle of NOT NULL foreign keys whose keys flaqes generates goes in as one statement.
BEGIN;
SELECT * FROM flaqes.seed('seedt.chickens', 1);
ROLLBACK;

-- Unique and composite unique constraints, a partial unique index, against existing rows too.
SELECT * FROM flaqes.seed('seedt.accounts', 50, '{"seed": 6}');
SELECT * FROM flaqes.seed('seedt.accounts', 50, '{"seed": 6}');
SELECT count(*) AS accounts, count(DISTINCT id) AS ids, count(DISTINCT (tenant, handle)) AS pairs,
       count(*) FILTER (WHERE active) = count(DISTINCT handle) FILTER (WHERE active) AS active_unique
FROM seedt.accounts;

-- Unsatisfiable uniqueness: more rows than a varchar(3) UNIQUE column can hold.
SELECT * FROM flaqes.seed('seedt.bounded', 100, '{"seed": 7}');
SELECT max(length(v)) <= 3 AS v_fits, max(length(c)) <= 4 AS c_fits, max(n) < 100 AS n_fits,
       max(tiny) <= 999 AS tiny_fits
FROM seedt.bounded;
SELECT * FROM flaqes.seed('seedt.bounded', 50000, '{"seed": 7}');

-- CHECK constraints of every shape, enum and domains.
SELECT * FROM flaqes.seed('seedt.checked', 60, '{"seed": 8}');
SELECT bool_and(qty > 0 AND qty <= 50) AS qty, bool_and(price >= 1.5) AS price,
       bool_and(ratio BETWEEN 0 AND 1) AS ratio, bool_and(status IN ('new', 'open', 'closed')) AS status,
       bool_and(kind IN ('a', 'b')) AS kind, bool_and(length(code) = 5) AS code,
       bool_and(char_length(label) BETWEEN 3 AND 8) AS label, bool_and(ref LIKE 'REF-%') AS ref,
       bool_and(ends_at > starts_at) AS span, bool_and(low < high) AS low_high,
       bool_and(either_a IS NOT NULL OR either_b IS NOT NULL) AS either,
       bool_and(pct BETWEEN 0 AND 100) AS pct, bool_and(sku ~ '^SKU-[0-9]{6}$') AS sku,
       bool_and(odd % 2 = 1) AS odd, count(DISTINCT mood) > 1 AS moods
FROM seedt.checked;
SELECT c->>'column' AS column, c->>'generator' AS generator, c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('seedt.checked', 1)->'tables'->0->'columns') AS c;
SELECT flaqes.seed_plan('seedt.checked', 1)->'tables'->0->'checks_evaluated_by_postgres' AS evaluated;

-- Many types: every column gets a value of its type.
SELECT * FROM flaqes.seed('seedt.types', 30, '{"seed": 9, "columns": {"i2": {"null_fraction": 0}}}');
SELECT count(*) AS rows, count(i2) AS i2, count(DISTINCT id) AS ids FROM seedt.types;
SELECT c->>'column' AS column, c->>'generator' AS generator
FROM jsonb_array_elements(flaqes.seed_plan('seedt.types', 1)->'tables'->0->'columns') AS c;

-- A NOT NULL column of a type without generator: 0A000 naming the column and the override.
SELECT * FROM flaqes.seed('seedt.shapes', 1);
SELECT * FROM flaqes.seed('seedt.shapes', 2, '{"columns": {"outline": "a & b"}}');

-- Partitioned tables: rows go to existing partitions.
SELECT * FROM flaqes.seed('seedt.events', 20, '{"seed": 10}');
SELECT tableoid::regclass AS partition, count(*) > 0 AS has_rows FROM seedt.events GROUP BY 1 ORDER BY 1;
SELECT * FROM flaqes.seed('seedt.readings', 5, '{"seed": 11}');

-- Defaults and generated columns are left to the database.
SELECT * FROM flaqes.seed('seedt.defaults', 3, '{"seed": 12}');
SELECT bool_and(state = 'draft') AS default_state, bool_and(doubled = price * 2) AS generated FROM seedt.defaults;
SELECT * FROM flaqes.seed('seedt.defaults', 1, '{"columns": {"doubled": 1}}');

-- An exclusion constraint: overlapping rows are skipped and replaced.
SELECT * FROM flaqes.seed('seedt.bookings', 8, '{"seed": 18}');
SELECT count(*) AS overlaps FROM seedt.bookings a JOIN seedt.bookings b ON a.id < b.id AND a.during && b.during;

-- Determinism: the same seed gives the same data (compared by md5 of every row), another seed
-- other data.
BEGIN;
DELETE FROM seedt.checked;
SELECT count(*) FROM flaqes.seed('seedt.checked', 200, '{"seed": 99}');
CREATE TEMP TABLE run_a AS SELECT md5(string_agg(c::text, '|' ORDER BY id)) AS h FROM seedt.checked c;
DELETE FROM seedt.checked;
SELECT count(*) FROM flaqes.seed('seedt.checked', 200, '{"seed": 99}');
SELECT (SELECT h FROM run_a) = md5(string_agg(c::text, '|' ORDER BY id)) AS same_data FROM seedt.checked c;
DELETE FROM seedt.checked;
SELECT count(*) FROM flaqes.seed('seedt.checked', 200, '{"seed": 100}');
SELECT (SELECT h FROM run_a) = md5(string_agg(c::text, '|' ORDER BY id)) AS same_data FROM seedt.checked c;
ROLLBACK;

-- Rollback leaves nothing, parents included; savepoints work.
SELECT count(*) AS stores_before FROM seedt.stores;
BEGIN;
SELECT * FROM flaqes.seed('seedt.stores', 10);
SAVEPOINT s;
SELECT * FROM flaqes.seed('seedt.stores', 5);
ROLLBACK TO SAVEPOINT s;
SELECT count(*) AS stores_inside FROM seedt.stores;
ROLLBACK;
SELECT (SELECT count(*) FROM seedt.stores) AS stores_after, (SELECT count(*) FROM seedt.cities) AS cities_after;

-- seed_rows: the target's rows, typed as the table.
SELECT id > 0 AS id_ok, email LIKE '%@%' AS email_ok FROM flaqes.seed_rows(NULL::seedt.stores, 3, '{"seed": 13}');
SELECT count(*) AS tree_rows FROM flaqes.seed_rows(NULL::seedt.categories, 5);
SELECT * FROM flaqes.seed_rows(NULL::int, 1);

-- seed_sql: a fixture script; nothing is inserted.
SELECT count(*) AS warehouses_before FROM seedt.warehouses;
SELECT flaqes.seed_sql('seedt.warehouses', 2, '{"seed": 14}');
SELECT count(*) AS warehouses_after FROM seedt.warehouses;

-- Options: uuid patterns, reuse of parents, per-table counts, column overrides.
-- (the first group is the table's code, its position in the schema; the last the row number)
SELECT substr(id::text, 10) AS pattern, count(DISTINCT left(id::text, 8)) AS table_codes
FROM flaqes.seed_rows(NULL::seedt.types, 2, '{"uuid": "pattern"}') GROUP BY 1 ORDER BY 1;
SELECT * FROM flaqes.seed('seedt.cities', 4, '{"tables": {"seedt.countries": {"reuse": true}}}');
SELECT * FROM flaqes.seed('seedt.cities', 4, '{"tables": {"countries": 1, "regions": 1}}');
SELECT DISTINCT status, qty FROM flaqes.seed_rows(NULL::seedt.checked, 5,
  '{"seed": 15, "columns": {"status": "closed", "qty": [7], "note": {"sql": "$$n$$ || 1"}}}');
SELECT email FROM flaqes.seed_rows(NULL::seedt.stores, 2, '{"columns": {"email": {"generator": "email"}}}') WHERE email NOT LIKE '%@%';

-- Coherent spans: valid_from < valid_to, is_current exactly when valid_to is NULL.
SELECT * FROM flaqes.seed('seedt.price_history', 100, '{"seed": 16}');
SELECT bool_and(valid_to IS NULL OR valid_from < valid_to) AS ordered,
       bool_and(is_current = (valid_to IS NULL)) AS current_matches,
       count(*) FILTER (WHERE is_current) BETWEEN 1 AND 99 AS some_current
FROM seedt.price_history;

-- Names that need quoting: schema, tables and columns with quotes, spaces, unicode, keywords.
SELECT * FROM flaqes.seed('"Odd ""Schema""".child', 5, '{"seed": 17, "columns": {"Parent Table.naïve ünïcode": "ü"}}');
SELECT count(*) AS rows, bool_and("Order" IN ('a b', 'c''d')) AS checked FROM "Odd ""Schema""".child;
SELECT "naïve ünïcode" FROM "Odd ""Schema"""."Parent Table";
SELECT count(*) AS script_lines FROM regexp_split_to_table(flaqes.seed_sql('"Odd ""Schema""".child', 2), E'\n');
