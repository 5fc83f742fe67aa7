"""Example: seed test data with flaqes inside a test's transaction, assert, roll back."""
import psycopg2
import pytest


def test_parents_are_created_first(seed, db):
    counts = seed("app.order_lines", 20, seed=1)
    assert counts["app.order_lines"] == 20
    assert counts["app.orders"] >= 1 and counts["app.users"] >= 1
    db.execute("SELECT count(*) FROM app.order_lines l LEFT JOIN app.orders o ON o.id = l.order_id"
               " WHERE o.id IS NULL")
    assert db.fetchone()[0] == 0


def test_rollback_leaves_nothing(db, connection):
    # The previous test's rows were rolled back by the fixture.
    db.execute("SELECT count(*) FROM app.users")
    assert db.fetchone()[0] == 0


def test_constraints_hold(seed, db):
    seed("app.orders", 200, seed=2)
    db.execute("SELECT bool_and(total > 0), count(DISTINCT status) FROM app.orders")
    all_positive, statuses = db.fetchone()
    assert all_positive and statuses > 1
    db.execute("SELECT count(*) = count(DISTINCT email), bool_and(email LIKE '%@%') FROM app.users")
    assert db.fetchone() == (True, True)


def test_same_seed_same_data(seed, db):
    def snapshot():
        db.execute("SELECT md5(string_agg(u::text, '|' ORDER BY id)) FROM app.users u")
        return db.fetchone()[0]

    db.execute("SAVEPOINT before_seed")
    seed("app.users", 10, seed=42)
    first = snapshot()
    db.execute("ROLLBACK TO SAVEPOINT before_seed")
    seed("app.users", 10, seed=42)
    # Identity values differ (sequences do not roll back); compare everything else.
    db.execute("SELECT md5(string_agg(format('%s %s %s', email, first_name, last_name), '|' ORDER BY id))"
               " FROM app.users")
    second = db.fetchone()[0]
    db.execute("ROLLBACK TO SAVEPOINT before_seed")
    seed("app.users", 10, seed=42)
    db.execute("SELECT md5(string_agg(format('%s %s %s', email, first_name, last_name), '|' ORDER BY id))"
               " FROM app.users")
    assert db.fetchone()[0] == second and first is not None


def test_seed_rows_returns_typed_rows(db):
    db.execute("SELECT id, email FROM flaqes.seed_rows(NULL::app.users, 3, '{\"seed\": 3}')")
    rows = db.fetchall()
    assert len(rows) == 3 and all("@" in email for _, email in rows)


def test_bad_option_is_a_clear_error(db):
    with pytest.raises(psycopg2.errors.InvalidParameterValue) as info:
        db.execute("SELECT * FROM flaqes.seed('app.users', 1, '{\"sead\": 1}')")
    assert "sead" in str(info.value)
