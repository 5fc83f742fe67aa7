#!/usr/bin/python3
"""flaqes.analyze at scale against the floor (one set-based catalog query) and schemalint (npm).

For each size N: a scratch database with bench/gen_schema.py N, then, interleaved and repeated,
the floor query, flaqes.schema_graph() and flaqes.analyze(flaqes.intent('OLTP')), each fetched
in full by the client; medians. Prints the ratios; linear growth is analyze(max N) / analyze(min N).
schemalint runs once per --peer-tables size on its own database (it takes seconds).

    bench/analyze_scale.py --tables 1000,2000,10000 --peer-tables 400 --repeat 5
Needs PGHOST/PGPORT/PGUSER of a superuser on a cluster where flaqes is installable.
"""
import argparse
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

# The facts any introspecting tool needs, in one set-based query: columns (type, nullability,
# default), constraints (definition) and indexes (definition) of every table of the schema.
FLOOR = """
SELECT 'column', a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull::text,
       pg_get_expr(d.adbin, d.adrelid)
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE n.nspname = %(schema)s AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped
UNION ALL
SELECT 'constraint', con.conrelid, con.conname, con.contype::text, pg_get_constraintdef(con.oid), NULL
FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
WHERE n.nspname = %(schema)s AND con.conrelid <> 0
UNION ALL
SELECT 'index', i.indrelid, ic.relname, i.indisunique::text, pg_get_indexdef(i.indexrelid), NULL
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_namespace n ON n.oid = ic.relnamespace
WHERE n.nspname = %(schema)s
"""
ANALYZE = "SELECT * FROM flaqes.analyze(flaqes.intent('OLTP'), ARRAY[%(schema)s])"
GRAPH = "SELECT flaqes.schema_graph(ARRAY[%(schema)s])::text"
SCHEMA = "bench"


def load_schema(tables):
    db = f"flaqes_bench_{tables}"
    benchlib.recreate_db(db)
    sql = subprocess.run([sys.executable, os.path.join(benchlib.HERE, "gen_schema.py"), str(tables),
                          "--schema", SCHEMA], check=True, capture_output=True, text=True).stdout
    benchlib.psql(db, stdin=sql)
    benchlib.psql(db, "-c", "ANALYZE")
    return db


def shape(conn):
    row = benchlib.fetch_all(conn, """
        SELECT count(*) FILTER (WHERE relkind = 'r'), count(*) FILTER (WHERE relkind = 'i'),
               (SELECT count(*) FROM pg_attribute a JOIN pg_class t ON t.oid = a.attrelid
                 JOIN pg_namespace tn ON tn.oid = t.relnamespace
                 WHERE tn.nspname = %(schema)s AND t.relkind = 'r' AND a.attnum > 0),
               (SELECT count(*) FROM pg_constraint k JOIN pg_namespace kn ON kn.oid = k.connamespace
                 WHERE kn.nspname = %(schema)s AND k.contype = 'f'),
               (SELECT count(*) FROM pg_constraint k JOIN pg_namespace kn ON kn.oid = k.connamespace
                 WHERE kn.nspname = %(schema)s AND k.contype = 'c')
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %(schema)s""",
        {"schema": SCHEMA})[0]
    return dict(zip(["tables", "indexes", "columns", "foreign_keys", "checks"], row))


def run_schemalint(db, prefix):
    config = os.path.join(prefix, f"schemalint-{db}.js")
    with open(config, "w") as f:
        f.write("module.exports = " + json.dumps({
            "connection": {"host": os.environ.get("PGHOST", "/var/run/postgresql"),
                           "port": int(os.environ.get("PGPORT", "5432")),
                           "user": os.environ.get("PGUSER", "postgres"), "database": db},
            "schemas": [{"name": SCHEMA}],
            "rules": {"name-casing": ["error", "snake"], "prefer-jsonb-to-json": ["error"],
                      "prefer-text-to-varchar": ["error"], "prefer-timestamptz-to-timestamp": ["error"],
                      "require-primary-key": ["error"], "index-referencing-column": ["error"]},
        }) + ";\n")
    start = time.perf_counter()
    proc = subprocess.run(["node", os.path.join(prefix, "node_modules", "schemalint", "bin", "schemalint"),
                           "-c", os.path.basename(config)], cwd=prefix, capture_output=True, text=True, timeout=3600)
    elapsed = time.perf_counter() - start
    # schemalint exits 1 when it reports lint errors (on stderr); a crash prints no report.
    output = proc.stdout + proc.stderr
    finished = proc.returncode == 0 or ": error " in output
    tail = output.strip().splitlines()[-1:] if not finished else []
    return elapsed, finished, tail


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default="1000,2000,10000")
    parser.add_argument("--peer-tables", default="400")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.tables.split(",") if s]
    analyze_at = {}
    print(f"{'tables':>7} {'indexes':>7} {'floor s':>8} {'graph s':>8} {'analyze s':>9} "
          f"{'findings':>8} {'graph/floor':>11} {'analyze/floor':>13}")
    for n in sizes:
        db = load_schema(n)
        conn = benchlib.connect(db)
        params = {"schema": SCHEMA}
        findings = len(benchlib.fetch_all(conn, ANALYZE, params))  # warm caches once
        t = benchlib.medians({
            "floor": lambda: benchlib.fetch_all(conn, FLOOR, params),
            "graph": lambda: benchlib.fetch_all(conn, GRAPH, params),
            "analyze": lambda: benchlib.fetch_all(conn, ANALYZE, params),
        }, args.repeat)
        s = shape(conn)
        conn.close()
        analyze_at[n] = t["analyze"]
        print(f"{n:>7} {s['indexes']:>7} {t['floor']:>8.3f} {t['graph']:>8.3f} {t['analyze']:>9.3f} "
              f"{findings:>8} {t['graph'] / t['floor']:>11.2f} {t['analyze'] / t['floor']:>13.2f}", flush=True)
        print(f"        shape: {s['columns'] / s['tables']:.1f} columns, {s['foreign_keys'] / s['tables']:.2f} FKs, "
              f"{s['indexes'] / s['tables']:.2f} indexes, {s['checks'] / s['tables']:.2f} checks per table", flush=True)
        benchlib.psql("postgres", "-c", f"DROP DATABASE {db}")
    if len(sizes) > 1:
        lo, hi = min(sizes), max(sizes)
        print(f"growth: analyze({hi}) / analyze({lo}) = {analyze_at[hi] / analyze_at[lo]:.2f} "
              f"for {hi / lo:.0f}x the tables")
    peers = [int(s) for s in args.peer_tables.split(",") if s and int(s) > 0]  # 0: no peer run
    if peers:
        prefix = benchlib.npm_peers()
    for n in peers:
        db = load_schema(n)
        conn = benchlib.connect(db)
        params = {"schema": SCHEMA}
        benchlib.fetch_all(conn, ANALYZE, params)
        flaqes_s = benchlib.medians({"analyze": lambda: benchlib.fetch_all(conn, ANALYZE, params)},
                                    args.repeat)["analyze"]
        conn.close()
        peer_s, finished, tail = run_schemalint(db, prefix)
        verdict = f"schemalint/flaqes = {peer_s / flaqes_s:.0f}x" if finished else f"schemalint failed: {tail}"
        print(f"peer at {n} tables: flaqes.analyze {flaqes_s:.3f} s, schemalint {peer_s:.2f} s; {verdict}",
              flush=True)
        benchlib.psql("postgres", "-c", f"DROP DATABASE {db}")


if __name__ == "__main__":
    main()
