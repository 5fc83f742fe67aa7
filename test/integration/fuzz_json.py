#!/usr/bin/python3
"""Random and mutated JSON for every argument users type as jsonb (intent, seed options, snapshots),
for the report format and for the migration text of analyze_ddl, thousands of calls in one session: each call returns or raises an error
with a SQLSTATE, the session survives, and the backend's memory stays flat. Prints "N passed, N failed" last.

Environment: PGHOST, PGPORT, PGUSER (a superuser, to read /proc/self/status through
pg_read_file). FUZZ_CALLS (default 3000), FUZZ_SEED (default 1).
"""
import json
import os
import random
import sys

import psycopg2

# Each target: SQL with one %s for the jsonb argument, and valid documents to mutate.
TARGETS = [
    ("SELECT flaqes.validate_intent(%s::jsonb)",
     [{"workload": "OLTP"},
      {"workload": "OLAP", "data_volume": "massive", "read_patterns": ["aggregation"]},
      {"workload": "mixed", "ignore": ["fk_without_index"], "evolution_rate": "frozen"}]),
    ("SELECT count(*) FROM flaqes.analyze(%s::jsonb)",
     [{"workload": "OLTP"}, {"workload": "OLAP", "ignore": ["wide_table"]},
      {"workload": "OLTP", "min_severity": "warning", "min_confidence": 0.5, "include": ["public.*", "fz*"],
       "exclude": ["*.tmp_*"], "rules": ["fk_without_index", "no_primary_key"]}]),
    ("SELECT flaqes.intent_preset(%s::jsonb ->> 'name')", [{"name": "olap"}, {"name": "event_sourcing"}]),
    ("SELECT flaqes.seed_plan('public.fuzz_seed_target', 3, %s::jsonb)",
     [{"seed": 1}, {"columns": {"name": "x", "status": ["a", "b"]}, "uuid": "pattern"},
      {"columns": {"name": {"generator": "email", "null_fraction": 0.5}}, "tables": {"fuzz_seed_target": 1}},
      {"progress": 10, "batch_size": 5, "columns": {"status": {"sql": "'a'"}}}]),
]
# Seed options on a small schema (fz, created below); each call is rolled back.
SEED_OPTIONS = [
    {"seed": 1}, {"uuid": "pattern", "batch_size": 7, "progress": 2},
    {"columns": {"email": {"generator": "email", "null_fraction": 0.5}, "status": ["new", "paid"],
                 "fz.orders.total": {"sql": "round((random() * 100)::numeric, 2)"}, "note": {"value": "x"}}},
    {"tables": {"customers": {"rows": 2}}}, {"tables": {"fz.customers": {"reuse": True}}},
    # Expressions that read the row (also each other, in a chain) and a call-level null_fraction.
    {"null_fraction": 0, "columns": {"note": {"expr": "left(status || ' ' || total::text, 20)"},
                                     "total": {"expr": "12.50"}}},
    {"null_fraction": 1, "columns": {"note": {"null_fraction": 0}}},
]
SEED_TARGETS = [
    ("SELECT count(*) FROM flaqes.seed('fz.orders', 3, %s::jsonb)", SEED_OPTIONS),
    ("SELECT count(*) FROM flaqes.seed_rows(NULL::fz.orders, 3, %s::jsonb)", SEED_OPTIONS),
    ("SELECT flaqes.seed_plan('fz.orders', 3, %s::jsonb) IS NOT NULL", SEED_OPTIONS),
    ("SELECT length(flaqes.seed_sql('fz.orders', 3, %s::jsonb))", SEED_OPTIONS),
    # The report format is text: documents arrive as strange strings.
    ("SELECT length(flaqes.report('{\"workload\": \"OLTP\"}', ARRAY['fz'], %s))",
     [{"format": "markdown"}, {"format": "json"}]),
    # SARIF: the source text goes to PostgreSQL's parser; report_ddl's migration and options.
    ("SELECT length(flaqes.report('{\"workload\": \"OLTP\"}', ARRAY['fz'], 'sarif', %s::jsonb))",
     [{"source": {"path": "db/structure.sql", "text": "CREATE TABLE fz.customers (id int, email text);"}},
      {"source": {"path": "db/a b.sql",
                  "text": "\\restrict k\nALTER TABLE ONLY fz.orders\n ADD CONSTRAINT c CHECK (true);\n"
                          "CREATE INDEX i ON orders (note);\nALTER TABLE customers RENAME TO clients;"}}]),
    ("SELECT length(flaqes.report_ddl(d->>'ddl', '{\"workload\": \"OLTP\"}', ARRAY['fz'], 'sarif', d->'options'))"
     " FROM (SELECT %s::jsonb AS d) AS x",
     [{"ddl": "CREATE INDEX ON fz.orders (note);", "options": {"path": "db/migrations/1.sql"}},
      {"ddl": "ALTER TABLE fz.orders ALTER COLUMN note TYPE text;", "options": {}}]),
    # The intent's display controls reach report too.
    ("SELECT length(flaqes.report(%s::jsonb, ARRAY['fz']))",
     [{"workload": "mixed", "min_severity": "critical", "include": ["fz.?ustomers"], "rules": ["char_n"]},
      {"workload": "OLTP", "exclude": ["*"], "min_confidence": 0}]),
]
SEED_SCHEMA = """
    DROP SCHEMA IF EXISTS fz CASCADE;
    CREATE SCHEMA fz;
    CREATE TABLE fz.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                               email text NOT NULL UNIQUE, name text, created_at timestamptz NOT NULL);
    CREATE TABLE fz.orders (id uuid PRIMARY KEY, customer_id bigint NOT NULL REFERENCES fz.customers,
                            status text NOT NULL CHECK (status IN ('new', 'paid', 'sent')),
                            total numeric(8,2) NOT NULL CHECK (total >= 0), note varchar(20));
    INSERT INTO fz.customers (email, created_at) VALUES ('a@example.com', now());
"""

# Migrations for analyze_ddl, mutated token by token (each call runs them in a rolled-back subtransaction).
MIGRATIONS = [
    "ALTER TABLE fz.orders ALTER COLUMN note TYPE text;\nCREATE INDEX ON fz.orders (status);",
    "ALTER TABLE fz.orders ADD COLUMN at timestamptz DEFAULT clock_timestamp();\n"
    "ALTER TABLE fz.orders ALTER COLUMN note SET NOT NULL;",
    "ALTER TABLE fz.customers ADD CONSTRAINT c CHECK (id > 0) NOT VALID;\nALTER TABLE fz.customers VALIDATE CONSTRAINT c;",
    "CREATE TABLE fz.t (id int PRIMARY KEY, c bigint REFERENCES fz.customers);\nCREATE INDEX CONCURRENTLY ON fz.t (c);\n"
    "DROP INDEX CONCURRENTLY IF EXISTS fz.t_c_idx;",
    "CREATE TYPE fz.e AS ENUM ('a');\nALTER TYPE fz.e ADD VALUE 'b';\nALTER TYPE fz.e RENAME VALUE 'a' TO 'z';",
    "ALTER TABLE fz.customers RENAME COLUMN name TO full_name;\nALTER TABLE fz.orders DROP COLUMN note CASCADE;\n"
    "ALTER TABLE fz.customers ADD UNIQUE (name); VACUUM fz.orders; REINDEX TABLE CONCURRENTLY fz.orders;",
    "DO $$ BEGIN EXECUTE 'CREATE TABLE fz.d (a int)'; END $$; /* c */ -- c\nALTER TABLE fz.d ADD PRIMARY KEY (a);",
]
DDL_WORDS = ["BEGIN", "COMMIT", "SAVEPOINT s", "ROLLBACK", "SELECT 1", "INSERT INTO fz.customers DEFAULT VALUES",
             "CONCURRENTLY", "INDEX", "ON", "fz.orders", "fz.customers", "(", ")", ";", ",", "$$", "'", "\"",
             "/*", "*/", "--", "\n", "CASCADE", "NOT VALID", "USING INDEX", "ADD", "DROP", "ALTER", "TABLE",
             "COLUMN", "TYPE", "RENAME", "TO", "VACUUM", "ANALYZE", "COPY fz.orders TO STDOUT", "SET search_path = fz",
             "DROP EXTENSION flaqes", "CREATE DATABASE x", "LOCK TABLE fz.orders", "SET NOT NULL", "DEFAULT random()"]


def migrations(rng):
    """Yields migration texts: valid ones mutated token by token, random token soups, and extremes."""
    while True:
        roll = rng.random()
        if roll < 0.6:
            tokens = rng.choice(MIGRATIONS).replace("\n", " \n ").split(" ")
            for _ in range(rng.randrange(1, 5)):
                i = rng.randrange(len(tokens) + 1)
                action = rng.random()
                if action < 0.3 and i < len(tokens):
                    del tokens[i]
                elif action < 0.6:
                    tokens.insert(i, rng.choice(DDL_WORDS))
                elif action < 0.8:
                    tokens.insert(i, str(random_scalar(rng)))
                elif i < len(tokens):
                    tokens[i] = tokens[i] * 2
            yield " ".join(tokens)
        elif roll < 0.8:
            yield " ".join(rng.choice(DDL_WORDS) for _ in range(rng.randrange(0, 30)))
        elif roll < 0.9:
            text = rng.choice(MIGRATIONS)
            yield text[:rng.randrange(len(text) + 1)]
        else:
            yield rng.choice(["", ";;;", "-- only a comment", "/* unterminated", "$$ unterminated", "\u00e9\u4e2d",
                              "CREATE INDEX ON fz.orders (status);" * rng.randrange(1, 200)])


WORDS = ["workload", "OLTP", "OLAP", "mixed", "write_frequency", "high", "read_patterns",
         "point_lookup", "consistency", "evolution_rate", "data_volume", "massive", "engine",
         "ignore", "seed", "columns", "tables", "uuid", "progress", "sql", "generator",
         "batch_size", "rows", "reuse", "value", "values", "null_fraction", "email", "status", "expr", "note", "total",
         "customers", "fz.orders.total", "pattern", "json", "markdown", "min_severity", "min_confidence",
         "include", "exclude", "rules", "critical", "warning", "info", "*.tmp_*", "sales.*", "fk_without_index",
         "oltp", "olap", "event_sourcing", "startup_mvp", "time_series", "sarif", "source", "path", "text",
         "ddl", "options", "CREATE TABLE", "ALTER TABLE ONLY"]
STRANGE = ["", " ", "\u00e9\u00df\u4e2d\U0001F600", "\\", "\"", "'; DROP TABLE x; --", "\t\n",
           "a" * 70, "NULL", "null", "\u202e", "x" * 100000]


def random_scalar(rng):
    roll = rng.random()
    if roll < 0.2:
        return rng.choice(WORDS)
    if roll < 0.35:
        return rng.choice(STRANGE)
    if roll < 0.5:
        return rng.choice([0, -1, 1, 2**31, 2**63, -2**63 - 1, 10**400, 1e-300, 3.5])
    if roll < 0.6:
        return rng.choice([True, False, None])
    return "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(0, 20)))


def random_value(rng, depth=0):
    roll = rng.random()
    if depth > 4 or roll < 0.5:
        return random_scalar(rng)
    if roll < 0.75:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))]
    return {rng.choice(WORDS + STRANGE[:6]): random_value(rng, depth + 1) for _ in range(rng.randrange(0, 5))}


def mutate(rng, doc):
    doc = json.loads(json.dumps(doc))
    for _ in range(rng.randrange(1, 4)):
        keys = list(doc.keys())
        roll = rng.random()
        if roll < 0.3 and keys:
            doc[rng.choice(keys)] = random_value(rng)
        elif roll < 0.5 and keys:
            del doc[rng.choice(keys)]
        elif roll < 0.7:
            doc[rng.choice(WORDS + STRANGE[:4])] = random_value(rng)
        else:
            doc[rng.choice(WORDS)] = rng.choice(WORDS)
    return doc


def mutate_deep(rng, doc):
    """Replaces one value somewhere inside the document (snapshots nest their catalog rows)."""
    doc = json.loads(json.dumps(doc))
    node = doc
    while True:
        children = list(node.items()) if isinstance(node, dict) else list(enumerate(node))
        if not children:
            return doc
        key, child = rng.choice(children)
        if not isinstance(child, (dict, list)) or rng.random() < 0.2:
            node[key] = random_value(rng)
            return doc
        node = child


def nested(depth):
    return "[" * depth + "]" * depth


def documents(rng, valid):
    """Yields jsonb literals (text): mutated valid documents, random values, and extremes."""
    while True:
        roll = rng.random()
        if roll < 0.3:
            yield json.dumps(mutate(rng, rng.choice(valid)))
        elif roll < 0.5:
            yield json.dumps(mutate_deep(rng, rng.choice(valid)))
        elif roll < 0.8:
            yield json.dumps(random_value(rng))
        elif roll < 0.85:
            yield nested(rng.choice([10, 200, 1000, 5000]))
        elif roll < 0.9:
            yield '{"workload": "OLTP", "x": "\\u0000"}'
        elif roll < 0.95:
            yield '{"workload": "%s"}' % ("OLTP" * rng.randrange(1, 300000))
        else:
            yield json.dumps({"workload": "OLTP", "ignore": [random_scalar(rng) for _ in range(50)]})


def rss_kb(cur):
    cur.execute(r"SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint")
    return cur.fetchone()[0]


def main():
    calls = int(os.environ.get("FUZZ_CALLS", "3000"))
    rng = random.Random(int(os.environ.get("FUZZ_SEED", "1")))
    conn = psycopg2.connect(dbname=os.environ.get("FUZZ_DB", "postgres"))
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("CREATE EXTENSION IF NOT EXISTS flaqes")
    cur.execute(SEED_SCHEMA)
    # Options may ask for billions of parent rows: that is a request, not a bug; it is cut short.
    cur.execute("SET statement_timeout = '5s'")
    cur.execute("CREATE TABLE IF NOT EXISTS public.fuzz_seed_target (id uuid PRIMARY KEY, name text NOT NULL,"
                " status text CHECK (status IN ('a', 'b')))")
    # Snapshots (flaqes.snapshot, read by analyze_snapshot and diff) mutated inside and out.
    cur.execute("SELECT flaqes.snapshot(ARRAY['fz'])")
    snapshot = cur.fetchone()[0]
    snapshot_targets = [
        ("SELECT count(*) FROM flaqes.analyze_snapshot(%s::jsonb, '{\"workload\": \"OLTP\"}')", [snapshot]),
        ("SELECT count(*) FROM flaqes.diff(%s::jsonb)", [snapshot]),
        ("SELECT count(*) FROM flaqes.diff(flaqes.snapshot(ARRAY['fz']), NULL, %s::jsonb)",
         [{"workload": "OLTP"}, {"workload": "OLAP", "ignore": ["wide_table"]}]),
    ]
    passed = failed = 0
    runs = [(sql, documents(rng, valid), calls) for sql, valid in TARGETS] + \
           [(sql, documents(rng, valid), max(calls // 3, 10)) for sql, valid in SEED_TARGETS + snapshot_targets] + \
           [("SELECT count(*) FROM flaqes.analyze_ddl(%s, '{\"workload\": \"OLTP\"}', ARRAY['fz'])",
             migrations(rng), max(calls // 3, 10))]
    for sql, gen, calls in runs:
        # Rolled-back DDL grows PostgreSQL's own caches (new oids each time): a plain session running
        # BEGIN; ALTER TABLE ... ADD COLUMN; CREATE INDEX; ROLLBACK grows by about 4 kB an iteration
        # (measured), so migrations get that allowance on top of the flat 10 MB.
        allowance_kb = 10240 + (4 * calls if "analyze_ddl" in sql else 0)
        outcomes = {}
        bad_calls = 0
        rss_start = None
        for i in range(calls):
            if i == calls // 10:  # after a warm-up, so caches and allocator pools are in place
                rss_start = rss_kb(cur)
            doc = next(gen)
            try:
                cur.execute("BEGIN")  # seeds insert: every call is rolled back
                cur.execute(sql, (doc,))
                cur.fetchall()
                outcomes["ok"] = outcomes.get("ok", 0) + 1
            except psycopg2.Error as e:
                if conn.closed or e.pgcode is None:
                    print(f"FAILED: {sql} with {doc[:200]!r}: no SQLSTATE ({e})")
                    bad_calls += 1
                    if conn.closed:
                        print("the connection is gone: the backend died")
                        print(f"{passed} passed, {failed + 1} failed")
                        return 1
                else:
                    outcomes[e.pgcode] = outcomes.get(e.pgcode, 0) + 1
            cur.execute("ROLLBACK")
        # Two checks per target: every call answered properly, and memory stayed flat.
        if bad_calls == 0:
            passed += 1
        else:
            failed += 1
        growth = rss_kb(cur) - rss_start
        print(f"{sql}: {calls} calls, outcomes {dict(sorted(outcomes.items()))}, RSS growth {growth} kB")
        if growth < allowance_kb:
            passed += 1
        else:
            print(f"FAILED: backend RSS grew by {growth} kB over {calls - calls // 10} calls")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
