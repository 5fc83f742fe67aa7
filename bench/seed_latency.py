#!/usr/bin/python3
"""Seed latency inside test suites: pgbench transactions per second of
BEGIN; SELECT flaqes.seed('<child of a 3-table FK chain>', 1); ROLLBACK;
against the same transaction with the equivalent hand-written INSERTs.
Both scripts run in one pgbench run (-f twice: pgbench picks one at random per transaction), so
the two share every moment of the machine's load; each one's transactions per second is
1 / its average latency (one client). Each repeat is a run; medians, and the range of ratios.
--extra-tables N adds a synthetic schema of N tables beside the chain: a bigger catalog, which
seed must not re-read on every call.

    bench/seed_latency.py --seconds 10 --repeat 3 --extra-tables 0,1000
Needs pgbench and PGHOST/PGPORT/PGUSER.
"""
import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

DB = "flaqes_bench_latency"
CHAIN = """
CREATE SCHEMA chain;
CREATE TABLE chain.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL,
                             email text NOT NULL UNIQUE);
CREATE TABLE chain.projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                             account_id bigint NOT NULL REFERENCES chain.accounts, title text NOT NULL);
CREATE TABLE chain.tasks (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                          project_id bigint NOT NULL REFERENCES chain.projects, title text NOT NULL,
                          priority smallint NOT NULL CHECK (priority BETWEEN 1 AND 5),
                          due_on date, created_at timestamptz NOT NULL DEFAULT now());
"""
SEED = "BEGIN;\nSELECT flaqes.seed('chain.tasks', 1);\nROLLBACK;\n"
HAND = """BEGIN;
INSERT INTO chain.accounts (name, email) VALUES ('Ada', 'ada@example.com');
INSERT INTO chain.projects (account_id, title) VALUES (lastval(), 'Apollo');
INSERT INTO chain.tasks (project_id, title, priority, due_on) VALUES (lastval(), 'Write tests', 3, '2026-12-01');
ROLLBACK;
"""


def pgbench_tps(scripts, seconds):
    """Transactions per second of each script, from one pgbench run mixing them."""
    files = []
    for script in scripts:
        with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
            f.write(script)
            files.append(f.name)
    try:
        command = ["pgbench", "-n", "-c", "1", "-T", str(seconds)]
        for name in files:
            command += ["-f", name]
        out = subprocess.run(command + [DB], check=True, capture_output=True, text=True).stdout
    finally:
        for name in files:
            os.unlink(name)
    latencies = [float(ms) for ms in re.findall(r"^ - latency average = ([0-9.]+) ms", out, re.M)]
    if len(latencies) != len(scripts):
        sys.exit("pgbench printed no latency per script:\n" + out)
    return [1000.0 / ms for ms in latencies]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--extra-tables", default="0")
    args = parser.parse_args()
    for extra in [int(s) for s in args.extra_tables.split(",") if s]:
        benchlib.recreate_db(DB)
        benchlib.psql(DB, "-c", CHAIN)
        if extra:
            sql = subprocess.run([sys.executable, os.path.join(benchlib.HERE, "gen_schema.py"), str(extra),
                                  "--schema", "other"], check=True, capture_output=True, text=True).stdout
            benchlib.psql(DB, stdin=sql)
        runs = [pgbench_tps([SEED, HAND], args.seconds) for _ in range(args.repeat)]
        seed = statistics.median(r[0] for r in runs)
        hand = statistics.median(r[1] for r in runs)
        ratios = sorted(r[0] / r[1] for r in runs)
        print(f"catalog of {extra + 3} tables: flaqes.seed {seed:,.0f} tps, hand-written INSERTs {hand:,.0f} tps; "
              f"seed / hand = {statistics.median(ratios):.2f} (runs: {', '.join(f'{x:.2f}' for x in ratios)})",
              flush=True)
    benchlib.psql("postgres", "-c", f"DROP DATABASE {DB}")


if __name__ == "__main__":
    main()
