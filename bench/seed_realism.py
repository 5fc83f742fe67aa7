#!/usr/bin/python3
"""How believable flaqes.seed's values are, with no options but a seed, on every table of the shared
corpus schemas (../shared/corpus), the realism and coherence fixtures (test/fixtures/seed_realism.sql,
seed_coherence.sql) and three application schemas written after the rules, to try them on schemas
they were not made for (test/fixtures/realism_billing.sql, realism_clinic.sql, realism_fleet.sql).

Per schema, one transaction (rolled back): each table is seeded with --rows rows in a savepoint
(an error is reported and rolled back). An error is a refusal, not a failure, when the table cannot
take rows as the schema stands and flaqes or the schema says so (as test/integration/seed_corpus.sh
counts them): flaqes's 55000 "cannot seed ..." (a partitioned table without partitions, a table that
holds fewer rows than asked, a table its parents' triggers fill), the schema's own trigger raising
(P0001), or the schema's code using a relation of a schema the database lacks (42P01). Then:
  - fallback: the share of text columns (text, varchar, char and arrays of them) whose generator is
    the last resort "<column>_<n>" text (seed_plan's generator "text"); identifier columns (id,
    *_id, *_key, *_code in short text) are counted apart: their values carry no meaning to fake;
  - plausibility checks: SQL predicates a reviewer would accept, each on the columns whose name
    and type say what they hold, over every row seeded; a check fails when one row breaks it.

    bench/seed_realism.py [--rows 30] [--schemas pagila,northwind] [--verbose]
Needs PGHOST/PGPORT/PGUSER of a role that may create databases.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

import psycopg2  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(REPO), "shared", "corpus")
FIXTURE = os.path.join(REPO, "test", "fixtures", "seed_realism.sql")
COHERENCE = os.path.join(REPO, "test", "fixtures", "seed_coherence.sql")
UNSEEN = [(name, os.path.join(REPO, "test", "fixtures", f"realism_{name}.sql")) for name in ("billing", "clinic", "fleet")]

# (name, column-name regex, type categories, predicate on {c} that every non-NULL value must meet)
# Categories are pg_type.typcategory of the column type: N numeric, S string, D date/time.
COLUMN_CHECKS = [
    ("quantity is 1..1000", r"^(quantity|qty|units_in_stock|units_on_order|reorder_level)$", "N",
     "{c} BETWEEN 0 AND 1000"),
    ("age is 0..120", r"(^|_)age$", "N", "{c} BETWEEN 0 AND 120"),
    ("integer flag is 0/1", r"^(active|discontinued|enabled|(is|has)_.*)$", "N", "{c} IN (0, 1)"),
    ("discount is a fraction", r"discount$", "N", "{c} BETWEEN 0 AND 1 OR ({c} = round({c}) AND {c} BETWEEN 0 AND 100)"),
    ("duration in minutes is 1..600", r"^(length|duration|runtime|minutes)$", "N", "{c} BETWEEN 1 AND 600"),
    ("milliseconds are 1 s..1 h", r"milliseconds$", "N", "{c} BETWEEN 1000 AND 3600000"),
    ("year is 1900..2030", r"(^|_)(?<!half_)(?<!exp_)(?<!expiry_)(?<!expiration_)year$", "N", "{c} BETWEEN 1900 AND 2030"),  # not users_active_half_year, not expiry years
    ("price is 0..10,000", r"(price|cost|rental_rate|fee)$", "N", "{c} > 0 AND {c} < 10000"),
    ("rating is 0..10", r"(^|_)rating$", "N", "{c} BETWEEN 0 AND 10"),
    ("level is 0..100", r"(^|_)level$", "N", "{c} BETWEEN 0 AND 100"),
    ("count is 0..100,000", r"(_count|^count)$", "N", "{c} BETWEEN 0 AND 100000"),
    ("extension is digits", r"(^|_)ext(ension)?$", "S", "{c} ~ '^[0-9]+$'"),
    ("postal code is digits, letters, space, dash", r"(postal_code|postcode|zip(_code)?)$", "S",
     "{c} ~ '^[A-Z0-9][A-Z0-9 -]*$'"),
    ("phone is digits and +()- ", r"(^|_)(phone|fax|mobile)$", "S", "{c} ~ '^[+0-9][0-9 ()+-]*$'"),
    ("email has one @ and a domain", r"(^|_)email$", "S", "{c} ~ '^[^@ ]+@[a-z0-9-]+(\\.[a-z0-9-]+)+$'"),
    ("url starts with a scheme", r"(url|website|homepage)$", "S", "{c} ~ '^https?://'"),
    ("password is hash-like", r"password", "S", "length({c}) >= 32 AND {c} !~* 'password'"),
    ("path or file is a path", r"(path|photo|picture)$", "S", "{c} ~ '^/|\\.[a-z]{{3,4}}$'"),
    ("courtesy title is a title", r"courtesy", "S", "{c} ~ '^(Mr|Ms|Mrs|Dr|Prof|Mx)\\.$'"),
    ("package names a count", r"quantity_per_unit", "S", "{c} ~ '^[0-9]+ '"),
    ("birth date is 1900..2025", r"^(birth_date|date_of_birth|dob)$", "D", "{c} BETWEEN '1900-01-01' AND '2025-01-01'"),
    ("country is a name", r"^(country|ship_country|billing_country)$", "S", "{c} ~ '^[[:upper:]][[:alpha:] .''-]+$'"),
    # hyphens or, where a CHECK asks for identifiers (pgflow's is_valid_slug), underscores
    ("slug is lowercase words", r"(^|_)slug$", "S", "{c} ~ '^[a-z0-9]+([-_][a-z0-9]+)*$'"),
    ("no <column>_<n> text", r".", "S", "{c}::text !~ ('^' || {name} || '_[0-9]+$')"),
    # Quantities whose unit or measured thing the name gives.
    ("money in cents is whole, 0..1,000,000.00", r"_cents$", "N", "{c} = round({c}) AND {c} BETWEEN 0 AND 100000000"),
    ("salary or budget is 1,000..10,000,000", r"(salary|budget)$", "N", "{c} BETWEEN 1000 AND 10000000"),
    ("hourly rate is 5..500", r"(hourly_rate|hourly_wage|^wage)$", "N", "{c} BETWEEN 5 AND 500"),
    ("hours in a day are 0..24", r"^(hours|hours_worked|overtime_hours)$", "N", "{c} BETWEEN 0 AND 24"),
    ("weekly hours are 0..80", r"weekly_hours$", "N", "{c} BETWEEN 0 AND 80"),
    ("days are 0..366", r"(^|_)days(_(remaining|supply))?$", "N", "{c} BETWEEN 0 AND 366"),
    ("months are 0..120", r"(^|_)months$", "N", "{c} BETWEEN 0 AND 120"),
    ("years of experience are 0..60", r"^years_of|_years$", "N", "{c} BETWEEN 0 AND 60"),
    ("expiry year is 2000..2100", r"exp(iry|iration)?_year$", "N", "{c} BETWEEN 2000 AND 2100"),
    ("height in cm is 40..230", r"height_cm$", "N", "{c} BETWEEN 40 AND 230"),
    ("weight in kg is 2..300", r"weight_kg$", "N", "{c} BETWEEN 2 AND 300"),
    ("dosage in mg is 0..5000", r"(dosage|dose)(_mg)?$", "N", "{c} > 0 AND {c} <= 5000"),
    ("temperature in °C is -60..60", r"(^|_)temp(erature)?(_c)?$", "N", "{c} BETWEEN -60 AND 60"),
    ("percent is 0..100", r"(_pct|_percent|^humidity|(battery|fuel|charge)_level)$", "N", "{c} BETWEEN 0 AND 100"),
    ("odometer is 0..1,000,000 km", r"odometer|mileage", "N", "{c} BETWEEN 0 AND 1000000"),
    ("speed in km/h is 0..400", r"_kmh$", "N", "{c} BETWEEN 0 AND 400"),
    ("volume in litres is 0..100", r"_l$", "N", "{c} BETWEEN 0 AND 100"),
    ("mass in kg is 0..50,000", r"_kg$", "N", "{c} BETWEEN 0 AND 50000"),
    ("pressure in hPa is 870..1085", r"pressure_hpa$", "N", "{c} BETWEEN 870 AND 1085"),
    ("CO2 in ppm is 0..10,000", r"co2(_ppm)?$", "N", "{c} BETWEEN 0 AND 10000"),
    ("signal in dBm is -130..0", r"_dbm$|rssi$", "N", "{c} BETWEEN -130 AND 0"),
    ("elevation in m is -430..8850", r"(elevation|altitude)(_m)?$", "N", "{c} BETWEEN -430 AND 8850"),
    ("voltage is 0..500", r"voltage$", "N", "{c} BETWEEN 0 AND 500"),
    ("heart rate is 30..220", r"heart_rate$|^pulse$", "N", "{c} BETWEEN 30 AND 220"),
    ("respiratory rate is 5..60", r"respiratory_rate$", "N", "{c} BETWEEN 5 AND 60"),
    ("oxygen saturation is 70..100", r"oxygen_saturation$|spo2$", "N", "{c} BETWEEN 70 AND 100"),
    ("systolic pressure is 70..250", r"systolic", "N", "{c} BETWEEN 70 AND 250"),
    ("diastolic pressure is 40..150", r"diastolic", "N", "{c} BETWEEN 40 AND 150"),
    ("capacity or seats are 1..1000", r"(capacity|seats)$", "N", "{c} BETWEEN 1 AND 1000"),
    ("max_* limit is 0..100,000", r"^max_", "N", "{c} BETWEEN 0 AND 100000"),
    # Text whose form the name gives.
    ("a number or id in text is a code", r"^(?!.*(phone|fax|mobile)).*(^|_)(number|tax_id|member_id)$", "S",
     "{c} ~ '^[A-Za-z0-9][A-Za-z0-9-]*$'"),
    ("version is dotted digits", r"(version|revision)$", "S", "{c} ~ '^v?[0-9]+(\\.[0-9]+)*$'"),
    ("url under a pattern still has a host", r"(url|website|homepage)$", "S", "{c} ~ '^https?://[a-z0-9-]+\\.'"),
    ("drug name is a word", r"^(drug|medication)(_name)?$", "S", "{c} ~ '^[A-Z][a-z]+( [a-z]+)?$'"),
    ("mime type is type/subtype", r"(mime_type|content_type)$", "S", "{c} ~ '^[a-z]+/[a-z0-9.+-]+$'"),
    ("user agent is a browser's", r"user_agent$", "S", "{c} LIKE 'Mozilla/5.0 (%'"),
    ("referrer is a url", r"referr?er$", "S", "{c} ~ '^https?://'"),
    ("utm values are words", r"^utm_", "S", "{c} ~ '^[a-z]+$'"),
    ("VIN is 17 characters without I, O, Q", r"(^|_)vin$", "S", "{c} ~ '^[A-HJ-NPR-Z0-9]{{17}}$'"),
    ("ISBN is 13 digits", r"isbn", "S", "{c} ~ '^97[89][0-9]{{10}}$'"),
    ("licence plate is letters and digits", r"license_plate$", "S", "{c} ~ '^[A-Z0-9]+([ -][A-Z0-9]+)*$'"),
    ("checksum is hex digits", r"(^|_)(checksum|sha1|sha256|md5)(_|$)", "S", "{c} ~ '^[0-9a-f]+$'"),
]

# (name, first column, second column, predicate on {a} and {b}): pairs present in one table.
PAIR_CHECKS = [
    ("updated after created", "created_at", "updated_at", "{b} >= {a}"),
    ("updated after create date", "create_date", "last_update", "{b} >= {a}"),
    ("shipped 0..60 days after ordered", "order_date", "shipped_date", "{b} - {a} BETWEEN 0 AND 60"),
    ("returned 0..60 days after rented", "rental_date", "return_date", "{b} - {a} BETWEEN interval '0' AND interval '60 days'"),
    ("required 0..90 days after ordered", "order_date", "required_date", "{b} - {a} BETWEEN 0 AND 90"),
    ("ends after it starts", "start_date", "end_date", "{b} >= {a}"),
    ("updated after started", "started_at", "finished_at", "{b} >= {a}"),
]

# (name, table predicate on the whole table t, columns it needs): checks over a table's rows.
TABLE_CHECKS = [
    ("shipped only once shipped", ["status", "shipped_date"],
     "bool_and(t.shipped_date IS NULL OR t.status::text NOT IN ('pending', 'cancelled', 'canceled', 'new', 'draft'))"),
    ("cancelled_at only when cancelled", ["status", "cancelled_at"],
     "bool_and((t.cancelled_at IS NOT NULL) = (t.status::text IN ('cancelled', 'canceled')))"),
    ("deleted flag agrees with deleted_at", ["is_deleted", "deleted_at"], "bool_and(t.is_deleted = (t.deleted_at IS NOT NULL))"),
    ("company email on the company's domain", ["email", "website", "name"],
     "bool_and(t.website IS NULL OR t.email IS NULL OR t.website LIKE '%' || split_part(t.email, '@', 2) || '%')"),
    ("slug made from the name", ["slug", "name"],
     "bool_and(t.slug IS NULL OR t.name IS NULL OR t.slug LIKE lower(split_part(t.name, ' ', 1)) || '%')"),
    ("unique timestamps a day apart or more", ["rental_date"], "max(t.rental_date) - min(t.rental_date) > interval '30 days'"),
    ("unique timestamps a day apart or more", ["starts_at"], "max(t.starts_at) - min(t.starts_at) > interval '30 days'"),
    # One place per row: rows of one country share its calling code, a city lies in one country.
    ("phone code follows the country", ["country", "phone"],
     "(SELECT count(*) FROM (SELECT country FROM {table} WHERE country IS NOT NULL AND phone LIKE '+%' GROUP BY country "
     "HAVING count(DISTINCT split_part(phone, ' ', 1)) > 1) AS x) = 0"),
    ("a city lies in one country", ["country", "city"],
     "(SELECT count(*) FROM (SELECT city FROM {table} WHERE city IS NOT NULL GROUP BY city "
     "HAVING count(DISTINCT country) > 1) AS x) = 0"),
    ("names fit the country (Japan, Germany)", ["country", "last_name"],
     "bool_and(CASE t.country WHEN 'Japan' THEN t.last_name IN ('Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', "
     "'Yamamoto', 'Ito', 'Nakamura', 'Kobayashi', 'Kato') WHEN 'Germany' THEN t.last_name IN ('Müller', 'Schmidt', "
     "'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Wagner', 'Meyer', 'Huber') ELSE true END)"),
]

# A child's event or creation time is not before the creation time of the parent row it references
# (foreign keys between seeded tables; the names as in src/core/seed/column_names.cpp).
CREATION = r"^(created|create|creation|inserted|registered|joined|signup|signed_up|added)(_at|_date|_on|_time|_ts|date|time)?$|^date_(created|added|joined|registered)$"
CHILD_TIME = CREATION + r"|^(start|starts|started|begin|begins|opened|placed|ordered|order|issued|rental|booked|" \
    r"visited|posted|sent|submitted|occurred|recorded|logged|purchased|happened)(_at|_date|_on|_time|_ts|date|time)$"
CROSS_CHECK = "child's time not before its parent's creation"
# A row's other times are not before its own creation time, when flaqes generated that (no default).
SPAN_START = r"^(start|starts|started|begin|begins|valid_from|opened|placed|ordered|order|issued|rental|booked|installed|hire|hired)(_at|_date|_on|_time|_ts|date|time)?$"
ROW_CHECK = "a row's times not before its creation"

# Options of the coherence fixture's tables that set or look up a row's country (others: a seed).
OPTIONS = {
    "coherence.customers": '{"seed": 7, "columns": {"country": {"values": ["Japan", "Germany", "Brazil", "India"]}}}',
    "coherence.addresses": '{"seed": 7, "tables": {"coherence.countries": {"reuse": true}}}',
}


def tables_of(conn):
    return benchlib.fetch_all(conn, """
        SELECT c.oid::regclass::text FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'flaqes') AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::regclass
                          AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY 1""")


def columns_of(conn, table):
    """(name, category, element category, is identifier-like short text)."""
    return benchlib.fetch_all(conn, """
        SELECT a.attname, t.typcategory, coalesce(e.typcategory, ''), a.atttypmod
        FROM pg_catalog.pg_attribute a
        JOIN pg_catalog.pg_type t ON t.oid = coalesce(
            (SELECT d.typbasetype FROM pg_catalog.pg_type d WHERE d.oid = a.atttypid AND d.typtype = 'd'), a.atttypid)
        LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem AND t.typcategory = 'A'
        WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
        ORDER BY a.attnum""", (table,))


def count_failing(cur, holds, shown, source):
    """(rows of `source` where the predicate `holds` fails, rows, `shown` of the first such row)."""
    cur.execute(f"SELECT count(*) FILTER (WHERE NOT ({holds})), count(*), "
                f"(array_agg({shown}) FILTER (WHERE NOT ({holds})))[1] FROM {source}")
    return cur.fetchone()


def record(results, check, where, counts):
    bad, total, example = counts
    if total:
        results.setdefault(check, []).append((where, bad, total, example))


def time_pairs(conn, tables):
    """(child, parent, [(child column, parent column)], child time, parent time) per foreign key
    between seeded tables whose child has an event or creation time and whose parent a creation
    time (else the start of its span)."""
    out = []
    for child, parent, columns in benchlib.fetch_all(conn, """
            SELECT c.conrelid::regclass::text, c.confrelid::regclass::text,
                   array(SELECT ARRAY[a.attname::text, b.attname::text]
                         FROM unnest(c.conkey, c.confkey) AS k(ck, pk)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.ck
                         JOIN pg_catalog.pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = k.pk)
            FROM pg_catalog.pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid <> c.confrelid AND c.conparentid = 0"""):
        if child not in tables or parent not in tables:
            continue
        child_time = first_time_column(conn, child, [CHILD_TIME])
        parent_time = first_time_column(conn, parent, [CREATION, CHILD_TIME])
        if child_time and parent_time:
            out.append((child, parent, columns, child_time, parent_time))
    return out


def first_time_column(conn, table, patterns):
    """The first date/time column named by the first pattern that names one."""
    names = [name for name, category, _, _ in columns_of(conn, table) if category == "D"]
    for pattern in patterns:
        for name in names:
            if re.search(pattern, name) and not re.search(r"(birth|dob)", name):
                return name
    return None


def row_time_pairs(conn, table):
    """(creation column, other time column of the same type) of a table whose creation time has no
    default: the first creation column, else the first span start (and then not the other span
    starts); never birth dates."""
    times = benchlib.fetch_all(conn, """
        SELECT a.attname, a.atttypid, a.atthasdef FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
          AND a.atttypid IN ('date'::regtype, 'timestamp'::regtype, 'timestamptz'::regtype) ORDER BY a.attnum""", (table,))
    created = [t for t in times if re.search(CREATION, t[0])]
    first = created or [t for t in times if re.search(SPAN_START, t[0])]
    if not first or first[0][2]:
        return []
    creation, type_oid, _ = first[0]
    return [(creation, name) for name, oid, has_default in times
            if oid == type_oid and name != creation and not has_default and not re.search(CREATION, name)
            and (created or not re.search(SPAN_START, name)) and not re.search(r"(birth|dob)", name)
            and not constrained_before(conn, table, name, creation)]


def constrained_before(conn, table, column, creation):
    """A CHECK of the table orders the column before its creation time (then the CHECK wins)."""
    return bool(benchlib.fetch_all(conn, """
        SELECT 1 FROM pg_catalog.pg_constraint c WHERE c.conrelid = %s::regclass AND c.contype = 'c'
          AND pg_catalog.pg_get_constraintdef(c.oid) ~ (%s || ' *<=? *' || %s)""", (table, column, creation)))


def is_identifier(name):
    return re.search(r"(^id$|_id$|id$|_key$|^key$|_code$|^code$)", name, re.I) is not None


def refusal(cur, code, message):
    """Why the schema as it stands takes no rows into the table, or None for a failure."""
    if code == "55000" and "cannot seed" in message:
        return "flaqes: the table cannot take these rows"
    if code == "P0001":
        return "the schema's own trigger refuses writes"
    missing = re.search(r'relation "([^".]+)\.[^"]+" does not exist', message)
    if code == "42P01" and missing:
        cur.execute("SELECT pg_catalog.to_regnamespace(%s) IS NULL", (missing.group(1),))
        if cur.fetchone()[0]:
            return "schema defect: its code uses a schema the database lacks"
    return None


def run_schema(db, label, rows, verbose):
    conn = benchlib.connect(db, autocommit=False)
    cur = conn.cursor()
    failures, refusals, text_columns, fallback, identifiers, check_results = [], [], 0, [], 0, {}
    seeded = []
    for (table,) in tables_of(conn):
        cur.execute("SAVEPOINT s")
        try:
            cur.execute("SELECT pg_catalog.sum(inserted) FROM flaqes.seed(%s::regclass, %s, %s)",
                        (table, rows, OPTIONS.get(table, '{"seed": 7}')))
            seeded.append(table)
        except psycopg2.Error as e:
            cur.execute("ROLLBACK TO SAVEPOINT s")
            message = e.pgerror.splitlines()[0] if e.pgerror else str(e)
            why = refusal(cur, e.pgcode, message)
            (refusals if why else failures).append((table, e.pgcode, message))
    generators = {}
    for table in seeded:
        cur.execute("SAVEPOINT p")
        try:
            cur.execute("SELECT flaqes.seed_plan(%s::regclass, 1, '{\"seed\": 7}')", (table,))
            for t in cur.fetchone()[0]["tables"]:
                for c in t["columns"]:
                    generators[(t["table"], c["column"])] = c.get("generator", c.get("source"))
        except psycopg2.Error:
            cur.execute("ROLLBACK TO SAVEPOINT p")
    for table in seeded:
        qualified = table if "." in table else "public." + table
        for name, category, element, typmod in columns_of(conn, table):
            text = category == "S" or element == "S"
            generator = generators.get((qualified, name)) or generators.get((table, name))
            if text and generator not in (None, "foreign_key", "foreign_key_update", "database", "null", "sql"):
                if generator == "text" and is_identifier(name):
                    identifiers += 1
                else:
                    text_columns += 1
                    if generator == "text":
                        fallback.append(f"{table}.{name}")
            ident = psycopg2.extensions.quote_ident(name, conn)
            for check, pattern, categories, predicate in COLUMN_CHECKS:
                if category not in categories or not re.search(pattern, name):
                    continue
                sql = predicate.format(c="t." + ident, name=psycopg2.extensions.QuotedString(re.escape(name)).getquoted().decode())
                record(check_results, check, f"{table}.{name}",
                       count_failing(cur, sql, f"t.{ident}::text", f"{table} AS t WHERE t.{ident} IS NOT NULL"))
        names = {c[0] for c in columns_of(conn, table)}
        for check, a, b, predicate in PAIR_CHECKS:
            if a in names and b in names:
                record(check_results, check, f"{table}.{a}/{b}",
                       count_failing(cur, predicate.format(a="t." + a, b="t." + b), f"t.{a}::text || ' .. ' || t.{b}::text",
                                     f"{table} AS t WHERE t.{a} IS NOT NULL AND t.{b} IS NOT NULL"))
        for check, needed, predicate in TABLE_CHECKS:
            if all(n in names for n in needed):
                cur.execute(f"SELECT {predicate.format(table=table)}, count(*) FROM {table} AS t")
                ok, total = cur.fetchone()
                if total:
                    check_results.setdefault(check, []).append((f"{table}", 0 if ok else 1, total, None))
    for table in seeded:
        for creation, other in row_time_pairs(conn, table):
            record(check_results, ROW_CHECK, f"{table}.{creation}/{other}",
                   count_failing(cur, f"t.{other} >= t.{creation}", f"t.{creation}::text || ' > ' || t.{other}::text",
                                 f"{table} AS t WHERE t.{creation} IS NOT NULL AND t.{other} IS NOT NULL"))
    for child, parent, columns, child_time, parent_time in time_pairs(conn, seeded):
        on = " AND ".join(f"p.{psycopg2.extensions.quote_ident(pc, conn)} = c.{psycopg2.extensions.quote_ident(cc, conn)}"
                          for cc, pc in columns)
        record(check_results, CROSS_CHECK, f"{child}.{child_time} / {parent}.{parent_time}",
               count_failing(cur, f"c.{child_time} >= p.{parent_time}", f"c.{child_time}::text || ' < ' || p.{parent_time}::text",
                             f"{child} AS c JOIN {parent} AS p ON {on}"))
    conn.rollback()
    conn.close()
    return {"label": label, "tables": len(seeded) + len(failures) + len(refusals), "failures": failures,
            "refusals": refusals, "text_columns": text_columns,
            "fallback": fallback, "identifiers": identifiers, "checks": check_results}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=30)
    parser.add_argument("--schemas", help="comma-separated corpus names (default: all, and the fixture)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    sources = [(n, os.path.join(CORPUS, n, "schema.sql")) for n in sorted(os.listdir(CORPUS))
               if os.path.isfile(os.path.join(CORPUS, n, "schema.sql"))]
    sources.append(("fixture", FIXTURE))
    sources.append(("coherence", COHERENCE))
    sources.extend(UNSEEN)
    if args.schemas:
        wanted = args.schemas.split(",")
        sources = [s for s in sources if s[0] in wanted]
    results = []
    for label, path in sources:
        db = f"flaqes_realism_{label}"
        benchlib.psql("postgres", "-c", "SET client_min_messages = warning", "-c", f"DROP DATABASE IF EXISTS {db}",
                      "-c", f"CREATE DATABASE {db}")
        benchlib.psql(db, "-f", path)
        benchlib.psql(db, "-c", "CREATE EXTENSION IF NOT EXISTS flaqes")
        results.append(run_schema(db, label, args.rows, args.verbose))
        benchlib.psql("postgres", "-c", f"DROP DATABASE {db}")
    total_text = sum(r["text_columns"] for r in results)
    total_fallback = sum(len(r["fallback"]) for r in results)
    print(f"{'schema':<12} {'tables':>6} {'failed':>6} {'refused':>7} {'text cols':>9} {'fallback':>8} {'id cols':>7}")
    for r in results:
        print(f"{r['label']:<12} {r['tables']:>6} {len(r['failures']):>6} {len(r['refusals']):>7} {r['text_columns']:>9} "
              f"{len(r['fallback']):>8} {r['identifiers']:>7}")
    share = 100.0 * total_fallback / max(1, total_text)
    print(f"fallback text columns: {total_fallback} of {total_text} ({share:.1f}%; target <= 2%)")
    for r in results:
        if r["fallback"] and (args.verbose or share > 2):
            print(f"  {r['label']}: " + ", ".join(r["fallback"]))
    merged = {}
    for r in results:
        for check, rows in r["checks"].items():
            merged.setdefault(check, []).extend((r["label"], *row) for row in rows)
    failed_checks = 0
    print("plausibility checks (columns checked, rows; failing columns):")
    for check in dict.fromkeys([c[0] for c in COLUMN_CHECKS] + [c[0] for c in PAIR_CHECKS] + [c[0] for c in TABLE_CHECKS]
                               + [ROW_CHECK, CROSS_CHECK]):
        rows = merged.get(check, [])
        bad = [x for x in rows if x[2] > 0]
        failed_checks += bool(bad)
        print(f"  {'FAIL' if bad else 'ok  '} {check}: {len(rows)} columns, {sum(x[3] for x in rows)} rows")
        for label, where, nbad, total, example in bad:
            print(f"       {label} {where}: {nbad} of {total} rows, e.g. {example!r}")
    refusals = [(r["label"], *f) for r in results for f in r["refusals"]]
    print(f"refused as the schema stands: {len(refusals)} tables")
    for label, table, code, message in refusals:
        print(f"  {label} {table}: {code} {message}")
    failures = [(r["label"], *f) for r in results for f in r["failures"]]
    print(f"seed failures: {len(failures)} (target 0)")
    for label, table, code, message in failures:
        print(f"  {label} {table}: {code} {message}")
    print(f"checks failing: {failed_checks}")
    return 0 if failed_checks == 0 and share <= 2 and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
