-- Rows that make sense together across tables and within a row (issue 15), on
-- test/fixtures/seed_coherence.sql: each rule is a query that is true when it holds, so the
-- expected file does not depend on the values drawn.
\set ECHO none
\set QUIET on
\i test/fixtures/seed_coherence.sql
\set QUIET off
\set ECHO all
SET client_min_messages = warning;

-- A child's time is not before its parent's creation time: orders after their customer existed,
-- and they still spread over the years (not all piled up at the end).
BEGIN;
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('coherence.orders', 1000, '{"seed": 21}');
SELECT count(*) FILTER (WHERE o.order_date < c.created_at) AS orders_before_customer,
       count(*) FILTER (WHERE o.shipped_date < o.order_date) AS shipped_before_ordered,
       count(DISTINCT date_trunc('year', o.order_date)) >= 4 AS years_spread
FROM coherence.orders o JOIN coherence.customers c ON c.id = o.customer_id;
-- Two parents (a date and a timestamptz): after both.
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('coherence.rentals', 500, '{"seed": 21}');
SELECT count(*) FILTER (WHERE r.rental_date < f.create_date) AS before_film,
       count(*) FILTER (WHERE r.rental_date < c.created_at) AS before_customer,
       count(*) FILTER (WHERE r.return_date < r.rental_date) AS returned_before_rented
FROM coherence.rentals r JOIN coherence.films f ON f.id = r.film_id JOIN coherence.customers c ON c.id = r.customer_id;
-- The parent's creation time defaults to the time of the insert (DEFAULT now()), after every
-- generated child time: the default is replaced by generated times, and the comments follow them.
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('coherence.comments', 200, '{"seed": 21}');
SELECT count(*) FILTER (WHERE m.created_at < p.created_at) AS before_post,
       count(DISTINCT p.created_at) > 10 AS posts_spread,
       count(*) FILTER (WHERE m.updated_at < m.created_at) AS updated_before_created
FROM coherence.comments m JOIN coherence.posts p ON p.id = m.post_id;
SELECT c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('coherence.comments', 10)->'tables') AS t, jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'coherence.posts' AND c->>'column' = 'created_at';
-- Reused parents: their times are read from the table (an unknown or infinite one sets no bound).
SELECT sum(inserted) FROM flaqes.seed('coherence.visits', 300, '{"seed": 21, "tables": {"coherence.members": {"reuse": true}}}');
SELECT count(*) FILTER (WHERE v.visited_at < m.joined_at) AS before_joining,
       count(DISTINCT v.member_id) AS members_visited
FROM coherence.visits v JOIN coherence.members m ON m.id = v.member_id WHERE pg_catalog.isfinite(m.joined_at);
ROLLBACK;
-- seed_plan says so in the column's reason.
SELECT c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('coherence.rentals', 10)->'tables') AS t, jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'coherence.rentals' AND c->>'column' = 'rental_date';

-- Within a row: a time that follows a DEFAULT now() start (by name, or as one of the row's later
-- times) makes the start generated, so nothing lies in the future and nothing comes before the
-- row's creation; a date (birth_date) is no time of the row's life and is left alone.
BEGIN;
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('coherence.shipments', 300, '{"seed": 26}');
SELECT count(*) FILTER (WHERE greatest(created_at, updated_at, last_login_at, email_verified_at) > now()) AS accounts_in_future,
       count(*) FILTER (WHERE least(updated_at, last_login_at, email_verified_at) < created_at) AS before_creation,
       count(*) FILTER (WHERE birth_date < created_at::date) > 0 AS born_before_creation,
       count(DISTINCT date_trunc('month', created_at)) > 5 AS created_spread
FROM coherence.accounts;
SELECT count(*) FILTER (WHERE greatest(placed_at, shipped_at) > now()) AS shipments_in_future,
       count(*) FILTER (WHERE shipped_at < placed_at) AS shipped_before_placed,
       count(*) FILTER (WHERE shipped_at IS NOT NULL AND status <> 'shipped') AS shipped_unless_shipped,
       count(*) FILTER (WHERE status = 'shipped' AND shipped_at > placed_at + interval '60 days') AS shipped_late
FROM coherence.shipments;
ROLLBACK;
SELECT t->>'table' AS table, c->>'column' AS column, c->>'reason' AS reason
FROM jsonb_array_elements(flaqes.seed_plan('coherence.shipments', 10)->'tables') AS t, jsonb_array_elements(t->'columns') AS c
WHERE c->>'column' IN ('created_at', 'last_login_at', 'placed_at') ORDER BY 1, 2;

-- A postal code column shorter than some countries' codes: places are drawn among countries whose
-- codes fit the shortest such column (three or four digits here), so no code is cut short ('YJ5 4', '108-4').
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('coherence.subscribers', 200, '{"seed": 27}');
SELECT bool_and(zip ~ '^[0-9]{3,4} *$' AND postcode ~ '^[0-9]{3,4}$') AS whole_codes,
       count(DISTINCT split_part(phone, ' ', 1)) >= 3 AS several_countries
FROM coherence.subscribers;
ROLLBACK;

-- An overridden country drives the rest of the place and the person: city, region, postal code,
-- phone (calling code), coordinates, and names as people of that country are named.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('coherence.customers', 300, '{"seed": 22, "null_fraction": 0, "columns": {"country": {"value": "Japan"}}}');
SELECT bool_and(city IN ('Tokyo', 'Osaka', 'Sapporo', 'Fukuoka')) AS japanese_cities,
       bool_and(region IN ('Tokyo', 'Osaka', 'Hokkaido', 'Fukuoka')) AS japanese_regions,
       bool_and(postal_code ~ '^[0-9]{3}-[0-9]{4}$') AS japanese_postal_codes,
       bool_and(phone LIKE '+81 %') AS japanese_phones,
       bool_and(latitude BETWEEN 30 AND 46 AND longitude BETWEEN 128 AND 146) AS in_japan,
       bool_and(last_name IN ('Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Yamamoto', 'Ito', 'Nakamura',
                              'Kobayashi', 'Kato')) AS japanese_surnames,
       count(DISTINCT first_name) >= 8 AS names_vary
FROM coherence.customers;
ROLLBACK;
-- A list of countries: each row's place and names follow the country drawn for it; German and
-- Brazilian customers share no first name.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('coherence.customers', 400, '{"seed": 23, "null_fraction": 0, "columns": {"country": {"values": ["Germany", "Brazil"]}}}');
SELECT bool_and(CASE country WHEN 'Germany' THEN phone LIKE '+49 %' AND postal_code ~ '^[0-9]{5}$' AND latitude BETWEEN 47 AND 55
                             WHEN 'Brazil' THEN phone LIKE '+55 %' AND postal_code ~ '^[0-9]{5}-[0-9]{3}$' AND latitude < 0 END) AS places_follow,
       bool_and(CASE country WHEN 'Germany' THEN city IN ('Berlin', 'Munich', 'Hamburg', 'Cologne', 'Leipzig', 'Frankfurt')
                             WHEN 'Brazil' THEN city IN ('São Paulo', 'Rio de Janeiro', 'Belo Horizonte', 'Porto Alegre') END) AS cities_follow,
       count(DISTINCT country) = 2 AS both_drawn
FROM coherence.customers;
SELECT count(*) AS shared_first_names
FROM (SELECT DISTINCT first_name FROM coherence.customers WHERE country = 'Germany') AS de
JOIN (SELECT DISTINCT first_name FROM coherence.customers WHERE country = 'Brazil') AS br USING (first_name);
ROLLBACK;
-- The country code from a lookup parent: the address's city, state, zip, phone and names follow it.
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('coherence.addresses', 300, '{"seed": 24, "null_fraction": 0, "tables": {"coherence.countries": {"reuse": true}}}');
SELECT bool_and(CASE country_code WHEN 'JP' THEN phone LIKE '+81 %' AND zip ~ '^[0-9]{3}-[0-9]{4}$'
                                  WHEN 'DE' THEN phone LIKE '+49 %' AND zip ~ '^[0-9]{5}$'
                                  WHEN 'BR' THEN phone LIKE '+55 %' AND zip ~ '^[0-9]{5}-[0-9]{3}$' END) AS places_follow,
       bool_and(CASE country_code WHEN 'JP' THEN state IN ('Tokyo', 'Osaka', 'Hokkaido', 'Fukuoka')
                                  WHEN 'DE' THEN city IN ('Berlin', 'Munich', 'Hamburg', 'Cologne', 'Leipzig', 'Frankfurt')
                                  ELSE true END) AS regions_follow,
       bool_and(last_name IN ('Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Yamamoto', 'Ito', 'Nakamura',
                              'Kobayashi', 'Kato')) FILTER (WHERE country_code = 'JP') AS japanese_surnames,
       count(DISTINCT country_code) = 3 AS all_countries
FROM coherence.addresses;
ROLLBACK;
-- A value that names no country flaqes knows leaves the place as drawn (no error).
BEGIN;
SELECT sum(inserted) FROM flaqes.seed('coherence.customers', 5, '{"seed": 25, "columns": {"country": {"value": "Atlantis"}}}');
SELECT bool_and(country = 'Atlantis' AND city IS NOT NULL OR city IS NULL) AS kept FROM coherence.customers;
ROLLBACK;
SELECT c->>'column' AS column, c->>'generator' AS generator
FROM jsonb_array_elements(flaqes.seed_plan('coherence.addresses', 10, '{"tables": {"coherence.countries": {"reuse": true}}}')->'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'coherence.addresses' AND c->>'column' IN ('country_code', 'city', 'zip', 'phone');

DROP SCHEMA coherence CASCADE;
