#!/usr/bin/python3
"""flaqes.analyze_ddl of a 20-statement migration against one flaqes.analyze of the same schema.

For each size N: bench/analyze_scale.py's schema of N tables (bench/gen_schema.py, ANALYZEd), a
migration of 20 statements on five of its tables (columns added with and without defaults, an index,
a CHECK NOT VALID, a foreign key NOT VALID, a type change), then, interleaved and repeated,
flaqes.analyze(OLTP) of the schema and flaqes.analyze_ddl(migration, OLTP) on it; medians. Prints
analyze_ddl / analyze (the bar: under 2).

    bench/analyze_ddl_scale.py --tables 2000 --repeat 5
Needs PGHOST/PGPORT/PGUSER of a superuser on a cluster where flaqes is installable.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze_scale  # noqa: E402
import benchlib  # noqa: E402

SCHEMA = analyze_scale.SCHEMA
ANALYZE_DDL = "SELECT * FROM flaqes.analyze_ddl(%(ddl)s, flaqes.intent('OLTP'), ARRAY[%(schema)s])"


def migration(tables):
    """Four statements on each of five tables spread over the schema, the last one referencing the first."""
    statements = []
    picks = [tables // 10 * k + 5 for k in range(1, 6)]
    for k, i in enumerate(picks):
        t = f"{SCHEMA}.t{i:05d}"
        statements += [
            f"ALTER TABLE {t} ADD COLUMN review_note_{k} text;",
            f"ALTER TABLE {t} ADD COLUMN review_flag_{k} boolean NOT NULL DEFAULT false;",
            f"CREATE INDEX ON {t} (id, review_flag_{k});",
            f"ALTER TABLE {t} ADD CONSTRAINT review_check_{k} CHECK (id > 0) NOT VALID;" if k % 2 == 0 else
            f"ALTER TABLE {t} ADD COLUMN review_ref_{k} bigint REFERENCES {SCHEMA}.t{picks[0]:05d} (id);",
        ]
    return "\n".join(statements)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default="2000")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'tables':>7} {'statements':>10} {'analyze s':>9} {'analyze_ddl s':>13} {'rows':>5} {'ratio':>6}")
    for n in [int(s) for s in args.tables.split(",") if s]:
        db = analyze_scale.load_schema(n)
        conn = benchlib.connect(db)
        params = {"schema": SCHEMA, "ddl": migration(n)}
        rows = len(benchlib.fetch_all(conn, ANALYZE_DDL, params))  # warm caches once
        benchlib.fetch_all(conn, analyze_scale.ANALYZE, params)
        t = benchlib.medians({
            "analyze": lambda: benchlib.fetch_all(conn, analyze_scale.ANALYZE, params),
            "analyze_ddl": lambda: benchlib.fetch_all(conn, ANALYZE_DDL, params),
        }, args.repeat)
        conn.close()
        statements = params["ddl"].count(";")
        print(f"{n:>7} {statements:>10} {t['analyze']:>9.3f} {t['analyze_ddl']:>13.3f} {rows:>5} "
              f"{t['analyze_ddl'] / t['analyze']:>6.2f}", flush=True)
        benchlib.psql("postgres", "-c", f"DROP DATABASE {db}")


if __name__ == "__main__":
    main()
