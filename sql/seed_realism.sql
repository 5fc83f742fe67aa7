-- Values a reviewer believes (issue 15), on test/fixtures/seed_realism.sql: each rule is a query
-- that returns true when it holds (and false, or a row of counts, when it does not), so the
-- expected file does not depend on the exact values drawn.
\set ECHO none
\set QUIET on
\i test/fixtures/seed_realism.sql
\i test/fixtures/show_error.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;
BEGIN;
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('realism.orders', 200, '{"seed": 11}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('realism.order_lines', 200, '{"seed": 11}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('realism.screenings', 200, '{"seed": 11}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('realism.us_states', 50, '{"seed": 11}');

-- Kinds keep working inside CHECKs: quantity > 0 gives line quantities, age >= 18 adult ages,
-- price > 0 shop prices, level <= 10 a plausible level.
SELECT min(quantity) >= 1 AND max(quantity) <= 20 AS quantities,
       min(price) > 0 AND max(price) < 1000 AS prices,
       min(discount) >= 0 AND max(discount) <= 0.31 AS discounts,
       min(tax_rate) >= 0 AND max(tax_rate) <= 1 AS rates
FROM realism.order_lines;
SELECT min(age) >= 18 AND max(age) <= 90 AS ages, min(level) >= 1 AND max(level) <= 10 AS levels,
       bool_and(active IN (0, 1) AND is_admin IN (0, 1)) AS flags,
       bool_and(extension ~ '^[0-9]{3,4}$') AS extensions,
       bool_and(password ~ '^\$2b\$10\$.{53}$') AS password_hashes,
       bool_and(title_of_courtesy IN ('Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.')) AS courtesy_titles,
       bool_and(photo_path ~ '^/[a-z]+/[a-z-]+[0-9]+\.(jpg|png|webp)$') AS image_paths,
       bool_and(array_length(tags, 1) >= 1 AND tags[1] ~ '^[a-z]+$') AS tag_words
FROM realism.people;
SELECT min(length) >= 5 AND max(length) <= 240 AS minutes, min(release_year) >= 1950 AND max(release_year) <= 2025 AS years,
       bool_and(genre !~ '_[0-9]+$') AS genres, bool_and(special_features[1] !~ '_[0-9]+$') AS features,
       max(starts_at) - min(starts_at) > interval '1 year' AS unique_times_spread
FROM realism.screenings;
SELECT bool_and(quantity_per_unit ~ '^[0-9]+ ') AS packages, bool_and(size IN ('XS', 'S', 'M', 'L', 'XL', 'XXL')) AS sizes,
       bool_and(discontinued IN (0, 1)) AS discontinued_flags, bool_and(sku ~ '^[A-Z]{2}-[0-9]+$') AS skus,
       bool_and(product_name ~ ' [0-9]+$') AS unique_names_numbered, bool_and(product_name !~ '^product_name') AS not_fallback
FROM realism.products;
SELECT bool_and(name ~ '^[A-Z][a-z]+ [A-Z].* [0-9]+$') AS unique_company_names,
       bool_and(category !~ '_[0-9]+$' AND industry !~ '_[0-9]+$') AS vocabularies
FROM realism.companies;
SELECT bool_and(state_abbr ~ '^[A-Z]{2}$') AS region_codes FROM realism.us_states;

-- Rows that make sense together. Status-dependent columns: a shipped date only once shipped,
-- cancelled_at exactly when cancelled, is_deleted exactly when deleted_at is set.
SELECT bool_and(shipped_date IS NULL) FILTER (WHERE status IN ('pending', 'paid', 'cancelled')) AS not_shipped,
       bool_and(shipped_date IS NOT NULL) FILTER (WHERE status IN ('shipped', 'delivered')) AS shipped,
       bool_and((cancelled_at IS NOT NULL) = (status = 'cancelled')) AS cancelled,
       bool_and(is_deleted = (deleted_at IS NOT NULL)) AS deleted_flag,
       count(DISTINCT status) >= 4 AS statuses_vary
FROM realism.orders;
-- Bounded spans: shipping takes days, not months.
SELECT max(shipped_date - order_date) <= 10 AND min(shipped_date - order_date) >= 1 AS shipping_days FROM realism.orders;
-- updated_at follows created_at.
SELECT bool_and(updated_at > created_at) AS updated_after_created FROM realism.people;
-- A company's email is on the company's domain, as is its website; the slug is made from the name.
SELECT bool_and(website LIKE 'https://' || split_part(email, '@', 2) || '/%') AS email_and_website,
       bool_and(slug = regexp_replace(lower(regexp_replace(name, '[^A-Za-z0-9]+', '-', 'g')), '-[0-9]+$', '') || '-' || substring(name FROM '[0-9]+$')) AS slug_from_name
FROM realism.companies WHERE email IS NOT NULL AND website IS NOT NULL;
ROLLBACK;

-- What seed_plan says: kinds within CHECK bounds, status gates, and a kind the CHECK leaves no room.
CREATE TABLE realism.odd (id serial PRIMARY KEY, quantity integer CHECK (quantity > 5000), status text CHECK (status IN ('open', 'closed')), closed_at timestamptz);
SELECT c->>'column' AS column, c->>'generator' AS generator, c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('realism.odd', 10)->'tables'->0->'columns') AS c
UNION ALL
SELECT c->>'column', c->>'generator', c->>'reason'
FROM jsonb_array_elements(flaqes.seed_plan('realism.order_lines', 10)->'tables') AS t, jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'realism.order_lines' AND c->>'column' IN ('quantity', 'discount');
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.odd', 50, '{"seed": 2}');
SELECT min(quantity) > 5000 AS above_bound, bool_and((closed_at IS NOT NULL) = (status = 'closed')) AS closed_when_closed FROM realism.odd;
ROLLBACK;

-- Pay, an end most rows lack, one-character flags and codes, browser headers and referrers.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.staff', 200, '{"seed": 6}');
SELECT bool_and(salary BETWEEN 20000 AND 300000) AS yearly_pay,
       count(termination_date) < 50 AS mostly_employed,
       bool_and(is_manager IN ('Y', 'N')) AS yes_no,
       bool_and(grade ~ '^[A-Z]$') AS letter_codes,
       bool_and(user_agent LIKE 'Mozilla/5.0 (%') AS browser_headers,
       bool_and(referrer ~ '^https://') AS referrer_urls
FROM realism.staff;
ROLLBACK;

-- An activity log's vocabularies, by the column's name: events, payment methods, MIME types,
-- platforms and browsers.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.activity', 100, '{"seed": 7, "null_fraction": 0}');
SELECT bool_and(event_type ~ '^[a-z]+(_[a-z]+)*$') AND count(DISTINCT event_type) >= 5 AS events,
       bool_and(payment_method IN ('card', 'bank_transfer', 'paypal', 'apple_pay', 'google_pay', 'invoice', 'cash')) AS payment_methods,
       bool_and(content_type ~ '^[a-z]+/[a-z0-9.+-]+$') AS mime_types,
       bool_and(platform IN ('iOS', 'Android', 'Web', 'Windows', 'macOS', 'Linux')) AS platforms,
       bool_and(browser IN ('Chrome', 'Safari', 'Firefox', 'Edge', 'Opera')) AS browsers
FROM realism.activity;
ROLLBACK;

-- JSON by the column's name: settings, a list of tags, an address in the row's place, metadata
-- (a unique one carries the row number).
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.profiles', 50, '{"seed": 8, "null_fraction": 0}');
SELECT bool_and(preferences ? 'theme' AND preferences ? 'language') AS settings,
       bool_and(jsonb_typeof(labels) = 'array' AND jsonb_array_length(labels) BETWEEN 1 AND 3) AS tag_lists,
       bool_and(home_address ?& ARRAY['street', 'city', 'country'] AND length(home_address->>'country') = 2) AS addresses,
       bool_and(metadata::jsonb ? 'source') AS metadata,
       count(DISTINCT event_payload) = 50 AS unique_payloads
FROM realism.profiles;
ROLLBACK;

-- Flags by the state their name says: normal states hold on most rows, exception states on few.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.accounts', 400, '{"seed": 9}');
SELECT avg(is_active::int) > 0.7 AND avg(verified::int) > 0.7 AS mostly_normal,
       avg(is_banned::int) < 0.25 AND avg(discontinued) < 0.25 AS few_exceptions
FROM realism.accounts;
ROLLBACK;

-- Overrides that read the row: an expression reads other columns, also another expression's,
-- and is evaluated after them.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.people', 20, '{"seed": 5, "columns": {
  "email": {"expr": "lower(first_name) || ''.'' || lower(last_name) || ''.'' || extension || ''@example.com''"},
  "photo_path": {"expr": "''/avatars/'' || split_part(email, ''@'', 1) || ''.png''"},
  "extension": {"sql": "(100 + age)::text"}}}');
SELECT bool_and(email = lower(first_name) || '.' || lower(last_name) || '.' || extension || '@example.com') AS email_from_names,
       bool_and(photo_path = '/avatars/' || split_part(email, '@', 1) || '.png') AS path_from_email,
       bool_and(extension = (100 + age)::text) AS from_age
FROM realism.people;
ROLLBACK;
-- A cycle among expressions, and an expression reading a column the database fills: 22023.
SELECT pg_temp.show_error($$SELECT flaqes.seed('realism.people', 2, '{"columns": {"first_name": {"expr": "last_name"}, "last_name": {"expr": "upper(first_name)"}}}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('realism.people', 2, '{"columns": {"last_name": {"expr": "last_name || ''x''"}}}')$$);
-- A database default is not known before the insert: reading it is refused.
CREATE TABLE realism.stamped (id serial PRIMARY KEY, made_at timestamptz NOT NULL DEFAULT now(), label text);
SELECT pg_temp.show_error($$SELECT flaqes.seed('realism.stamped', 2, '{"columns": {"label": {"expr": "made_at::text"}}}')$$);

-- A call-level null_fraction: 0 sets every nullable column; a column's own setting still wins.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('realism.companies', 30, '{"seed": 4, "null_fraction": 0, "columns": {"phone": {"null_fraction": 1}}}');
SELECT count(*) FILTER (WHERE industry IS NULL OR category IS NULL OR country IS NULL OR city IS NULL OR email IS NULL) AS with_nulls,
       count(*) FILTER (WHERE phone IS NOT NULL) AS phones
FROM realism.companies;
ROLLBACK;
SELECT pg_temp.show_error($$SELECT flaqes.seed('realism.companies', 2, '{"null_fraction": 2}')$$);
SELECT pg_temp.show_error($$SELECT flaqes.seed('realism.companies', 2, '{"columns": {"phone": {"expr": ""}}}')$$);

DROP SCHEMA realism CASCADE;
