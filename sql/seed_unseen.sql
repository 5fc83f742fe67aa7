-- Rules found on application schemas written after them (issue 15, "schemas you have not seen"):
-- test/fixtures/realism_billing.sql, realism_clinic.sql and realism_fleet.sql, plus small tables
-- for the cases where a rule must step aside. Each rule is a query returning true when it holds,
-- so the expected file does not depend on the values drawn.
\set ECHO none
\set QUIET on
\i test/fixtures/realism_billing.sql
\i test/fixtures/realism_clinic.sql
\i test/fixtures/realism_fleet.sql
CREATE SCHEMA unseen_edge;
-- A percent capped at 1 holds fractions; a birth date bounded inside the people's ages falls back;
-- a CHECK that puts another time before the creation time wins over the creation-time rule.
CREATE TABLE unseen_edge.tasks (
    id serial PRIMARY KEY,
    progress_pct numeric(4,3) NOT NULL CHECK (progress_pct <= 1),
    date_of_birth date NOT NULL CHECK (date_of_birth > '1990-01-01'),
    created_at timestamptz NOT NULL,
    imported_at timestamptz NOT NULL,
    CHECK (imported_at <= created_at));
-- A unique version (a migrations table's key); a finish that follows a start which may be NULL.
CREATE TABLE unseen_edge.schema_migrations (version varchar(32) PRIMARY KEY);
CREATE TABLE unseen_edge.jobs (
    id serial PRIMARY KEY,
    started_at timestamp,
    finished_at timestamp,
    created_at timestamp NOT NULL);
-- Columns of other applications (real estate, a school, a library, parcels, bank accounts).
CREATE TABLE unseen_edge.listings (
    id serial PRIMARY KEY,
    bedrooms smallint CHECK (bedrooms >= 0),
    bathrooms numeric(3,1),
    square_feet integer CHECK (square_feet > 0),
    lot_size_acres numeric(6,2),
    year_built smallint CHECK (year_built BETWEEN 1800 AND 2030),
    license_no varchar(12),
    status text CHECK (status IN ('active', 'pending', 'sold')),
    listed_on date NOT NULL,
    sold_on date);
CREATE TABLE unseen_edge.students (
    id serial PRIMARY KEY,
    gpa numeric(3,2) CHECK (gpa BETWEEN 0 AND 4),
    major text,
    credits_earned integer,
    score integer,
    sort_order integer);
CREATE TABLE unseen_edge.parcels (
    id serial PRIMARY KEY,
    isbn varchar(13) UNIQUE,
    iban varchar(34),
    weight_grams integer CHECK (weight_grams > 0),
    length_mm integer,
    distance_km numeric(8,1));
\set QUIET off
\set ECHO all
SET client_min_messages = warning;
BEGIN;
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.invoice_lines', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.payments', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.users', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.webhook_endpoints', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('clinic.prescriptions', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('clinic.vital_signs', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('clinic.practitioners', 30, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('fleet.readings', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('fleet.timesheets', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('fleet.leave_requests', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('fleet.maintenance_tickets', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.tasks', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.schema_migrations', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.jobs', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.listings', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.students', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('unseen_edge.parcels', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('fleet.vehicles', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.sign_ins', 100, '{"seed": 1}');
SELECT sum(inserted) > 0 AS seeded FROM flaqes.seed('billing.attachments', 100, '{"seed": 1}');

-- Quantities by their unit: money in cents is a price's figures (whole, .99/.00 endings common),
-- under CHECK (x > 0) too; salaries and budgets are yearly sums; hourly rates, hours in a day,
-- weekly hours, days and months are in their own ranges.
SELECT bool_and(price_cents BETWEEN 49 AND 99999) AS price_cents, count(*) FILTER (WHERE price_cents % 100 IN (0, 99)) > 0 AS price_endings,
       bool_and(trial_days BETWEEN 1 AND 30) AS trial_days, bool_and(max_seats BETWEEN 1 AND 20) AS max_seats
FROM billing.plans;
SELECT bool_and(amount_cents BETWEEN 49 AND 99999 AND fee_cents BETWEEN 49 AND 99999) AS payment_cents,
       bool_and(card_exp_year BETWEEN 2025 AND 2032) AS expiry_years,
       bool_and(card_brand IN ('Visa', 'Mastercard', 'American Express', 'Discover', 'JCB', 'UnionPay', 'Maestro')) AS card_brands
FROM billing.payments;
SELECT bool_and(duration_in_months BETWEEN 1 AND 24) AS months, bool_and(max_redemptions BETWEEN 1 AND 1000) AS max_counts
FROM billing.coupons;
SELECT bool_and(seats BETWEEN 1 AND 20) AS seats FROM billing.accounts;
SELECT bool_and(salary BETWEEN 30000 AND 150000) AS salaries, bool_and(hourly_rate BETWEEN 15 AND 60) AS hourly_rates,
       bool_and(weekly_hours BETWEEN 20 AND 40) AS weekly_hours, bool_and(vacation_days_remaining BETWEEN 1 AND 30) AS days
FROM fleet.employees;
SELECT bool_and(budget BETWEEN 30000 AND 150000) AS budgets FROM fleet.departments;
SELECT bool_and(hours BETWEEN 1 AND 10 AND hours * 4 = round(hours * 4)) AS quarter_hours FROM fleet.timesheets;
SELECT bool_and(days BETWEEN 1 AND 30) AS leave_days FROM fleet.leave_requests;
-- Body measures and vital signs.
SELECT bool_and(height_cm BETWEEN 150 AND 195) AS heights, bool_and(weight_kg BETWEEN 50 AND 110) AS weights
FROM clinic.patients;
SELECT bool_and(heart_rate BETWEEN 55 AND 100) AS heart_rates, bool_and(oxygen_saturation BETWEEN 94 AND 100) AS saturations,
       bool_and(respiratory_rate BETWEEN 12 AND 20) AS respiratory_rates,
       bool_and(systolic_bp BETWEEN 105 AND 145 AND diastolic_bp BETWEEN 65 AND 95) AS blood_pressures
FROM clinic.vital_signs;
SELECT bool_and(dosage_mg BETWEEN 5 AND 500) AS dosages, bool_and(days_supply BETWEEN 1 AND 30) AS days_supply,
       bool_and(years_of_experience BETWEEN 1 AND 20) AS years_of_experience
FROM clinic.prescriptions, clinic.practitioners;
-- Sensor readings: ambient temperature, a percent (not a fraction) under CHECK 0..100, pressure,
-- CO2, signal, voltage; a site's elevation; a device's battery level in percent.
SELECT bool_and(temperature_c BETWEEN 15 AND 30) AS temperatures, bool_and(humidity_pct BETWEEN 0 AND 100) AS humidity,
       max(humidity_pct) > 1 AS humidity_is_percent, bool_and(pressure_hpa BETWEEN 980 AND 1030) AS pressures,
       bool_and(co2_ppm BETWEEN 400 AND 1200) AS co2, bool_and(signal_strength_dbm BETWEEN -90 AND -50) AS signals,
       bool_and(battery_voltage BETWEEN 3 AND 13) AS voltages
FROM fleet.readings;
SELECT bool_and(elevation_m BETWEEN 0 AND 1500) AS elevations FROM fleet.sites;
SELECT bool_and(battery_level BETWEEN 0 AND 100) AS battery_levels, max(battery_level) > 10 AS battery_is_percent FROM fleet.devices;
-- Vehicles: a level capped at exactly 100 is a percentage; odometers, engine sizes in litres,
-- speeds in km/h, payloads in kg; VINs end with a serial number (unique), plates are letters
-- and digits.
SELECT bool_and(fuel_level BETWEEN 0 AND 100) AS fuel_levels, max(fuel_level) > 10 AS fuel_is_percent,
       bool_and(odometer_km BETWEEN 5000 AND 150000) AS odometers, bool_and(engine_size_l BETWEEN 1 AND 5) AS engines,
       bool_and(top_speed_kmh BETWEEN 20 AND 130) AS speeds, bool_and(payload_kg BETWEEN 0.5 AND 25) AS payloads,
       bool_and(vin ~ '^[A-HJ-NPR-Z0-9]{11}[0-9]{6}$') AS vins, count(DISTINCT vin) = count(*) AS distinct_vins,
       bool_and(license_plate ~ '^[A-Z]{3}-[0-9]{4}$') AS plates
FROM fleet.vehicles;
-- Real estate and school records: rooms, areas, years built, GPAs, academic subjects, scores,
-- credits and sort orders as small counts; `sold_on` only once sold.
SELECT bool_and(bedrooms BETWEEN 1 AND 4 AND bathrooms BETWEEN 1 AND 4) AS rooms,
       bool_and(square_feet BETWEEN 500 AND 4000) AS square_feet, bool_and(lot_size_acres BETWEEN 0.1 AND 5) AS acres,
       bool_and(year_built BETWEEN 1950 AND 2025) AS years_built, bool_and(license_no ~ '^[A-Z]{2}-[0-9]+$') AS license_numbers,
       bool_and((sold_on IS NOT NULL) = (status = 'sold')) AS sold
FROM unseen_edge.listings;
SELECT bool_and(gpa BETWEEN 2 AND 4) AS gpas, bool_and(major ~ '^[A-Z][a-z]+( [A-Z][a-z]+)*$') AS majors,
       bool_and(score BETWEEN 0 AND 100) AS scores, bool_and(credits_earned BETWEEN 0 AND 1000) AS credits,
       count(*) FILTER (WHERE sort_order <= 25) > count(*) / 2 AS sort_orders_small
FROM unseen_edge.students;
-- ISBN-13s with a valid check digit and the row number (unique), IBANs with valid check digits,
-- grams, millimetres and kilometres.
SELECT bool_and(isbn ~ '^978[0-9]{10}$') AS isbns, count(DISTINCT isbn) = count(*) AS distinct_isbns,
       bool_and((SELECT sum(substr(isbn, i, 1)::int * CASE WHEN i % 2 = 1 THEN 1 ELSE 3 END) FROM generate_series(1, 13) AS i) % 10 = 0) AS isbn_check_digits,
       bool_and(iban ~ '^[A-Z]{2}[0-9]{20}$') AS ibans,
       bool_and(weight_grams BETWEEN 50 AND 2500 AND length_mm BETWEEN 20 AND 1200 AND distance_km BETWEEN 1 AND 800) AS units
FROM unseen_edge.parcels;
-- IBAN check digits: the rearranged number (country letters as 10..35) is 1 modulo 97.
SELECT bool_and(mod((substr(iban, 5) || (ascii(substr(iban, 1, 1)) - 55)::text || (ascii(substr(iban, 2, 1)) - 55)::text
                     || substr(iban, 3, 2))::numeric, 97) = 1) AS iban_check_digits
FROM unseen_edge.parcels;
-- Sign-ins and attachments: browser user agents, referrers as urls, campaign sources as words,
-- media types, a SHA-256 filling its char(64).
SELECT bool_and(user_agent LIKE 'Mozilla/5.0 (%') AS user_agents, bool_and(referrer ~ '^https://') AS referrers,
       bool_and(utm_source ~ '^[a-z]+$' AND utm_campaign ~ '^[a-z]+$') AS utm_values, bool_and(otp_code ~ '^[0-9]{6}$') AS otps
FROM billing.sign_ins;
SELECT bool_and(mime_type ~ '^[a-z]+/[a-z0-9.+-]+$') AS mime_types, bool_and(checksum_sha256 ~ '^[0-9a-f]{64}$') AS sha256
FROM billing.attachments;
-- A percent column capped at 1 by its CHECK holds fractions.
SELECT bool_and(progress_pct BETWEEN 0 AND 0.3) AS fractions FROM unseen_edge.tasks;

-- Identifiers by name: a number or tax/member id in text is a code carrying the row number, also
-- when unique in a short column (employee_number varchar(10), cost_center varchar(8)).
SELECT bool_and(number ~ '^[A-Z]{2}-[0-9]{5}$') AS invoice_numbers FROM billing.invoices;
SELECT bool_and(tax_id ~ '^[A-Z]{2}-[0-9]+$' AND vat_number ~ '^[A-Z]{2}-[0-9]+$') AS tax_ids FROM billing.accounts;
SELECT bool_and(license_number ~ '^[A-Z]{2}-[0-9]+$') AS licenses FROM clinic.practitioners;
SELECT bool_and(medical_record_number ~ '^[A-Z]{2}-[0-9]+$' AND insurance_member_id ~ '^[A-Z]{2}-[0-9]+$') AS patient_codes
FROM clinic.patients;
SELECT bool_and(employee_number ~ '^[A-Z]{2}-[0-9]+$') AS employee_numbers, count(DISTINCT employee_number) = count(*) AS distinct_numbers
FROM fleet.employees;
SELECT bool_and(cost_center ~ '^[A-Z]{2}-[0-9]+$') AS cost_centers, count(DISTINCT cost_center) = count(*) AS distinct_centers
FROM fleet.departments;

-- A kind under a CHECK pattern its values match keeps the kind (a url with a host under
-- '^https://', a version under a semver pattern); a kind whose values do not match the pattern
-- gets the pattern's own text (a plan code under '^[a-z0-9_]+$').
SELECT bool_and(url ~ '^https://[a-z0-9-]+\.example\.(com|org|net)/') AS urls_with_hosts FROM billing.webhook_endpoints;
SELECT bool_and(firmware_version ~ '^[0-9]{1,2}\.[0-9]{1,2}\.[0-9]+$') AS firmware_versions,
       bool_and(hardware_revision ~ '^[0-9]+\.[0-9]$') AS short_versions,
       bool_and(model ~ '^[A-Z]{2}-[0-9]{3}') AS models
FROM fleet.devices;
SELECT bool_and(api_version ~ '^[0-9]+\.[0-9]+\.[0-9]+$') AS api_versions FROM billing.webhook_endpoints;
-- Versions carry the row number as their patch level: a unique version column stays unique.
SELECT bool_and(version ~ '^[0-9]+\.[0-9]+\.[0-9]+$') AS unique_versions FROM unseen_edge.schema_migrations;
SELECT bool_and(code ~ '^[a-z0-9_]+$') AS plan_codes FROM billing.plans;
SELECT c->>'column' AS column, c->>'generator' AS generator, c->>'reason' LIKE '%values match the CHECK pattern%' AS kind_kept
FROM jsonb_array_elements(flaqes.seed_plan('billing.webhook_endpoints', 1, '{"seed": 1}')->'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'billing.webhook_endpoints' AND c->>'column' = 'url'
UNION ALL
SELECT c->>'column', c->>'generator', c->>'reason' LIKE '%values match the CHECK pattern%'
FROM jsonb_array_elements(flaqes.seed_plan('billing.plans', 1, '{"seed": 1}')->'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'billing.plans' AND c->>'column' = 'code';

-- Vocabularies and names by what they name: specialties, relationships, dosing frequencies,
-- medicines, allergies; an account's and a legal name are companies, a department's name a
-- department; a preferred name is the person's first name; "reason_for_visit" is read by the
-- words before "for".
SELECT count(DISTINCT specialty) > 3 AND bool_and(specialty ~ '^[A-Z][a-z]+( [a-zA-Z]+)*$') AS specialties FROM clinic.practitioners;
SELECT bool_and(emergency_contact_relationship IN ('Spouse', 'Parent', 'Sibling', 'Child', 'Partner', 'Friend', 'Guardian',
                                                   'Grandparent', 'Neighbor', 'Colleague')) AS relationships,
       bool_and(allergies[1] ~ '^[A-Z][a-z]+( [a-z]+)?$') AS allergies,
       bool_and(preferred_name = given_name) AS preferred_names,
       bool_and(date_of_birth BETWEEN '1934-01-01' AND '2007-01-01') AS birth_dates
FROM clinic.patients;
SELECT bool_and(drug_name ~ '^[A-Z][a-z]+( [a-z]+)?$') AS drugs,
       bool_and(frequency ~ '^(once|twice|three times|every|at|as|weekly|monthly)') AS frequencies,
       bool_and(instructions ~ '^An? [a-z]+ [a-z]+ ') AS instructions
FROM clinic.prescriptions;
SELECT bool_and(reason_for_visit ~ '^An? [a-z]+ [a-z]+ ') AS reasons FROM clinic.appointments;
SELECT bool_and(name ~ '^[A-Z][A-Za-z]+ [A-Z]' AND name !~ '^The ') AS company_names,
       bool_and(legal_name = name) AS legal_names FROM billing.accounts;
SELECT bool_and(name ~ '^(Sales|Marketing|Engineering|Finance|Human Resources|Operations|Support|Legal|Purchasing|Research|Logistics|Customer Service) [0-9]+$') AS departments
FROM fleet.departments;
-- A birth date under a bound every person's birth date meets keeps the kind; under one that
-- excludes some, the date generator keeps the bound.
SELECT bool_and(date_of_birth > '1990-01-01') AS bounded_births FROM unseen_edge.tasks;
SELECT c->>'column' AS column, c->>'generator' AS generator
FROM jsonb_array_elements(flaqes.seed_plan('clinic.patients', 1, '{"seed": 1}')->'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'clinic.patients' AND c->>'column' = 'date_of_birth'
UNION ALL
SELECT c->>'column', c->>'generator'
FROM jsonb_array_elements(flaqes.seed_plan('unseen_edge.tasks', 1, '{"seed": 1}')->'tables') AS t,
     jsonb_array_elements(t->'columns') AS c
WHERE t->>'table' = 'unseen_edge.tasks' AND c->>'column' = 'date_of_birth';

-- A row's other times are not before its own creation time (or, without one, its first span
-- start): a subscription's period and trial after it was created, a payment's success, a user's
-- last sign-in, a device's last contact and decommissioning after its installation, a ticket's
-- resolution after it was opened. A CHECK ordering a time before the creation time wins.
SELECT bool_and(current_period_start >= created_at) AS periods, bool_and(trial_ends_at >= created_at) AS trials,
       bool_and(canceled_at >= created_at) AS cancellations
FROM billing.subscriptions;
SELECT bool_and(succeeded_at >= created_at) AS successes FROM billing.payments;
SELECT bool_and(last_sign_in_at >= created_at) AS sign_ins FROM billing.users;
SELECT bool_and(last_seen_at >= installed_at) AS last_seen, bool_and(decommissioned_at >= installed_at) AS decommissioned
FROM fleet.devices;
SELECT bool_and(resolved_at >= opened_at) AS resolutions FROM fleet.maintenance_tickets;
SELECT bool_and(imported_at <= created_at) AS check_wins FROM unseen_edge.tasks;
SELECT bool_and(finished_at >= created_at) AS finished_after_created,
       bool_and(finished_at >= started_at) AS finished_after_started,
       count(*) FILTER (WHERE started_at IS NULL AND finished_at IS NOT NULL) > 0 AS some_without_start
FROM unseen_edge.jobs;
-- A voided invoice, and only one, has voided_at.
SELECT bool_and((voided_at IS NOT NULL) = (status = 'void')) AS voided FROM billing.invoices;
-- Unique dates count days from 2020-01-01, not 2000.
SELECT min(work_date) >= '2020-01-01' AS work_dates_recent, count(DISTINCT (employee_id, work_date)) = count(*) AS distinct_days
FROM fleet.timesheets;
ROLLBACK;
