"""Fixtures for seeding tests: each test runs inside a transaction that is rolled back.

The database comes from the usual libpq environment (PGHOST, PGPORT, PGUSER) and FLAQES_TEST_DB.
"""
import os

import psycopg2
import pytest


@pytest.fixture(scope="session")
def connection():
    conn = psycopg2.connect(dbname=os.environ.get("FLAQES_TEST_DB", "flaqes_pytest"))
    yield conn
    conn.close()


@pytest.fixture
def db(connection):
    """A cursor inside an open transaction; everything it seeds is rolled back afterwards."""
    with connection.cursor() as cur:
        yield cur
    connection.rollback()


@pytest.fixture
def seed(db):
    """seed(table, n, **options) -> {table: inserted} through flaqes.seed."""
    import json

    def run(table, n, **options):
        db.execute("SELECT table_name::text, inserted FROM flaqes.seed(%s, %s, %s)",
                   (table, n, json.dumps(options)))
        return dict(db.fetchall())

    return run
