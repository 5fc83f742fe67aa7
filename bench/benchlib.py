"""Shared by the bench/*.py scripts: connections to the cluster of PGHOST/PGPORT/PGUSER, scratch
databases, timing with medians of interleaved repeats, peers installed from npm into a temporary
directory (never into the repository)."""
import os
import statistics
import subprocess
import tempfile
import time

import psycopg2

HERE = os.path.dirname(os.path.abspath(__file__))
NPM_PEERS = ["schemalint@2.3.2", "@faker-js/faker@10.6.0", "pg@8.23.1", "pg-copy-streams@7.0.0"]


def connect(db, autocommit=True):
    """No JIT: the floor and the baselines get the plans flaqes's own catalog queries run with."""
    conn = psycopg2.connect(dbname=db, options="-c jit=off")
    conn.autocommit = autocommit
    return conn


def psql(db, *args, stdin=None):
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db, *args],
                   input=stdin, text=True, check=True, stdout=subprocess.DEVNULL)


def recreate_db(db):
    psql("postgres", "-c", "SET client_min_messages = warning", "-c", f"DROP DATABASE IF EXISTS {db}",
         "-c", f"CREATE DATABASE {db}")
    psql(db, "-c", "CREATE EXTENSION flaqes")


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def medians(cases, repeat):
    """cases: {name: fn}. Runs them interleaved `repeat` times; returns {name: median seconds}."""
    samples = {name: [] for name in cases}
    for _ in range(repeat):
        for name, fn in cases.items():
            samples[name].append(timed(fn)[0])
    return {name: statistics.median(s) for name, s in samples.items()}


def npm_peers():
    """Installs the pinned peers into a temporary directory once per run; returns its path."""
    prefix = os.environ.get("FLAQES_BENCH_NPM") or os.path.join(tempfile.gettempdir(), "flaqes-bench-npm")
    if not os.path.isdir(os.path.join(prefix, "node_modules", "schemalint")):
        os.makedirs(prefix, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, *NPM_PEERS],
                       check=True, stdout=subprocess.DEVNULL)
    return prefix


def fetch_all(conn, sql, params=None):
    with conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall() if cur.description else None
