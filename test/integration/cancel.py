#!/usr/bin/python3
"""Cancellation: statement_timeout and pg_cancel_backend stop a 10-million-row seed (and
seed_rows, seed_sql) within a second; nothing remains; the session stays usable.
Prints "N passed, N failed" last. Environment: PGHOST, PGPORT, PGUSER.
"""
import os
import sys
import threading
import time

import psycopg2

ROWS = 10_000_000
STARTED_AFTER = 1.0   # seconds the seed runs before it is cancelled
ALLOWED = 1.0         # seconds from the cancel to the error

CALLS = [
    ("seed", "SELECT * FROM flaqes.seed('cancel.orders', %s)" % ROWS),
    ("seed_rows", "SELECT count(*) FROM flaqes.seed_rows(NULL::cancel.orders, %s)" % ROWS),
    ("seed_sql", "SELECT length(flaqes.seed_sql('cancel.orders', %s))" % ROWS),
]


def setup(cur):
    cur.execute("CREATE EXTENSION IF NOT EXISTS flaqes")
    cur.execute("DROP SCHEMA IF EXISTS cancel CASCADE")
    cur.execute("""
        CREATE SCHEMA cancel;
        CREATE TABLE cancel.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                                       email text NOT NULL UNIQUE, name text NOT NULL);
        CREATE TABLE cancel.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                                    customer_id bigint NOT NULL REFERENCES cancel.customers,
                                    total numeric(10,2) NOT NULL CHECK (total > 0),
                                    placed_at timestamptz NOT NULL);""")


def leftovers(cur):
    cur.execute("SELECT (SELECT count(*) FROM cancel.orders) + (SELECT count(*) FROM cancel.customers)")
    return cur.fetchone()[0]


def run(conn, sql, how):
    """Runs sql, cancelled by `how`; returns (sqlstate, seconds from the cancel to the error)."""
    cur = conn.cursor()
    cancelled_at = [None]
    if how == "statement_timeout":
        cur.execute("SET statement_timeout = %s", (int(STARTED_AFTER * 1000),))
    else:
        pid = conn.get_backend_pid()

        def cancel():
            time.sleep(STARTED_AFTER)
            other = psycopg2.connect(dbname="postgres")
            other.autocommit = True
            cancelled_at[0] = time.monotonic()
            other.cursor().execute("SELECT pg_cancel_backend(%s)", (pid,))
            other.close()
        threading.Thread(target=cancel, daemon=True).start()
    start = time.monotonic()
    state = None
    try:
        cur.execute(sql)
    except psycopg2.Error as e:
        state = e.pgcode
    end = time.monotonic()
    conn.rollback()
    cur.execute("RESET statement_timeout")
    conn.commit()
    since = end - (cancelled_at[0] if cancelled_at[0] is not None else start + STARTED_AFTER)
    return state, since


def main():
    conn = psycopg2.connect(dbname="postgres")
    conn.autocommit = True
    setup(conn.cursor())
    conn.autocommit = False
    passed = failed = 0
    for name, sql in CALLS:
        for how in ("statement_timeout", "pg_cancel_backend"):
            state, since = run(conn, sql, how)
            cur = conn.cursor()
            left = leftovers(cur)
            cur.execute("SELECT 1")
            usable = cur.fetchone()[0] == 1
            conn.rollback()
            ok = state == "57014" and since < ALLOWED and left == 0 and usable
            print(f"{'ok' if ok else 'FAILED'}: {name} stopped by {how}: SQLSTATE {state}, "
                  f"{since:.2f}s after the cancel, {left} rows left, session usable: {usable}")
            passed, failed = (passed + 1, failed) if ok else (passed, failed + 1)
    conn.autocommit = True
    conn.cursor().execute("DROP SCHEMA cancel CASCADE")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
