"""What PostgreSQL itself does when it runs each statement of a migration: the ground truth that
bench/squawk_compare.py holds both tools' flags against. The migration runs in one transaction that
is always rolled back; after each statement, for the tables of one schema:
  - rewritten: the table's relfilenode changed (a new heap was written),
  - scanned:   the transaction's sequential scans of the table grew (pg_stat_xact_user_tables: a
               validation scan, an index build, a rewrite),
  - locked:    the strongest table lock the statement takes (one this backend did not hold before
               it), when it conflicts with autovacuum and DDL at least (SHARE UPDATE EXCLUSIVE).
CONCURRENTLY cannot run in a transaction block, so those statements run without it: their lock
is then not the one the migration takes, and is not reported."""
import re

STATE = """
SELECT c.relname, c.relfilenode, coalesce(s.seq_scan, 0),
       coalesce((SELECT array_agg(l.mode ORDER BY l.mode) FROM pg_catalog.pg_locks l
                 WHERE l.locktype = 'relation' AND l.relation = c.oid AND l.pid = pg_catalog.pg_backend_pid()
                   AND l.granted), '{}')
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_stat_xact_user_tables s ON s.relid = c.oid
WHERE n.nspname = %(schema)s AND c.relkind = 'r'
"""
CONCURRENTLY = re.compile(r"\bconcurrently\b", re.IGNORECASE)
# pg_locks modes from the weakest to the strongest; from ShareLock on, writes wait.
MODES = ["AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock",
         "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"]
REPORTED = MODES.index("ShareUpdateExclusiveLock")
WRITE_BLOCKING = set(MODES[MODES.index("ShareLock"):])


class Effect:
    def __init__(self):
        self.rewritten, self.scanned, self.locked = [], [], []

    def __str__(self):
        parts = [f"rewrites {', '.join(self.rewritten)}"] if self.rewritten else []
        parts += [f"scans {', '.join(self.scanned)}"] if self.scanned else []
        parts += [f"{mode} on {table}" for table, mode in self.locked]
        return "; ".join(parts) or "catalog only"

    def blocks(self, table):
        """The statement rewrites `table`, or scans it under a lock it takes that blocks writes."""
        modes = {mode for t, mode in self.locked if t == table}
        return table in self.rewritten or (table in self.scanned and bool(modes & WRITE_BLOCKING))


def _state(cur, schema):
    cur.execute(STATE, {"schema": schema})
    return {name: (node, scans, set(modes)) for name, node, scans, modes in cur.fetchall()}


def _effect(before, after, concurrent):
    effect = Effect()
    for table, (node, scans, modes) in after.items():
        if table not in before:
            continue  # created by the statement
        old_node, old_scans, old_modes = before[table]
        if node != old_node:
            effect.rewritten.append(table)
        if scans > old_scans:
            effect.scanned.append(table)
        taken = [MODES.index(mode) for mode in modes - old_modes if mode in MODES]
        if not concurrent and taken and max(taken) >= REPORTED:
            effect.locked.append((table, MODES[max(taken)]))
    return effect


def run(conn, statements, schema):
    """[Effect per statement], or (effects so far, error text) when a statement fails. `conn` must
    not be in autocommit; the transaction is rolled back in every case."""
    effects = []
    try:
        with conn.cursor() as cur:
            for st in statements:
                concurrent = bool(CONCURRENTLY.search(st.text))
                before = _state(cur, schema)
                cur.execute(CONCURRENTLY.sub("", st.text))
                effects.append(_effect(before, _state(cur, schema), concurrent))
    except Exception as e:  # psycopg2.Error: the statement is named by the caller
        return effects, str(e).strip().splitlines()[0]
    finally:
        conn.rollback()
    return effects, None
