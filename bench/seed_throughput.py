#!/usr/bin/python3
"""flaqes.seed throughput against INSERT ... SELECT FROM generate_series and @faker-js/faker + COPY.

The issue's two-table shape; each run is one transaction rolled back. Interleaved repeats, medians
of rows per second (customers and orders together: seed creates the customers its orders need).
--memory-rows seeds that many orders once and reports the backend's memory growth.

    bench/seed_throughput.py --rows 1000000 --repeat 3 --memory-rows 10000000
Needs PGHOST/PGPORT/PGUSER of a superuser (memory is read from /proc through pg_read_file).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402

DB = "flaqes_bench_seed"
SHAPE = """
CREATE SCHEMA bench;
CREATE TABLE bench.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    first_name text NOT NULL,
    last_name text NOT NULL,
    phone text,
    status text NOT NULL CHECK (status IN ('active', 'inactive', 'banned')),
    score numeric(10,2) NOT NULL CHECK (score >= 0),
    created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE bench.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES bench.customers,
    total numeric(12,2) NOT NULL CHECK (total > 0),
    placed_at timestamptz NOT NULL,
    note text);
CREATE INDEX ON bench.orders (customer_id);
"""
BASELINE = """
INSERT INTO bench.customers (email, first_name, last_name, phone, status, score)
SELECT 'user' || i || '@example.com', 'First' || i, 'Last' || i, '+1 555 01' || (i %% 100), 'active', (i %% 1000) / 10.0
FROM generate_series(1, %(customers)s) AS i;
INSERT INTO bench.orders (customer_id, total, placed_at, note)
SELECT c.lo + (i %% %(customers)s), 1 + (i %% 500), now() - (i %% 1000) * interval '1 hour', 'note ' || i
FROM generate_series(1, %(rows)s) AS i, (SELECT min(id) AS lo FROM bench.customers) AS c;
"""


def in_rolled_back_transaction(conn, fn):
    with conn.cursor() as cur:
        cur.execute("BEGIN")
        try:
            return fn(cur)
        finally:
            cur.execute("ROLLBACK")


def run_baseline(conn, rows):
    customers = max(1, rows // 10)
    in_rolled_back_transaction(conn, lambda cur: cur.execute(BASELINE, {"customers": customers, "rows": rows}))
    return customers + rows


def run_seed(conn, rows):
    def seed(cur):
        cur.execute("SELECT sum(inserted) FROM flaqes.seed('bench.orders', %s, '{\"seed\": 1}')", (rows,))
        return int(cur.fetchone()[0])
    return in_rolled_back_transaction(conn, seed)


def run_faker(prefix, rows):
    script = os.path.join(prefix, "faker_copy.mjs")
    shutil.copy(os.path.join(benchlib.HERE, "peers", "faker_copy.mjs"), script)
    out = subprocess.run(["node", script, str(rows), DB], cwd=prefix, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def rate(samples):
    samples.sort()
    return samples[len(samples) // 2]


def proc_file(conn, pid, name):
    """/proc/<pid>/<name> of a backend, read by the server (the bench may run elsewhere)."""
    return benchlib.fetch_all(conn, "SELECT pg_read_file(%s)", (f"/proc/{pid}/{name}",))[0][0]


def backend_cpu_seconds(conn, pid):
    """User + system CPU time of backend `pid` (fields 14 and 15 of /proc/<pid>/stat, in ticks)."""
    fields = proc_file(conn, pid, "stat").rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def throughput(args):
    """Rows per second by the clock, and the backend's CPU seconds: the clock ratio is the issue's
    measure; the CPU ratio is steadier on a shared machine (time waiting for a core is not in it)."""
    conn = benchlib.connect(DB)
    pid = benchlib.fetch_all(conn, "SELECT pg_backend_pid()")[0][0]
    prefix = benchlib.npm_peers() if not args.no_peer else None
    rates = {"generate_series": [], "flaqes.seed": [], "faker+COPY": []}
    cpu = {"generate_series": [], "flaqes.seed": []}
    run_seed(conn, 1000)  # warm the backend (catalog model, plans)
    for _ in range(args.repeat):
        for name, run in (("generate_series", run_baseline), ("flaqes.seed", run_seed)):
            before = backend_cpu_seconds(conn, pid)
            t, n = benchlib.timed(lambda: run(conn, args.rows))
            cpu[name].append(backend_cpu_seconds(conn, pid) - before)
            rates[name].append(n / t)
        if prefix:
            peer = run_faker(prefix, args.rows)
            rates["faker+COPY"].append(peer["rows"] / peer["seconds"])
    conn.close()
    med = {k: rate(v) for k, v in rates.items() if v}
    for k, v in med.items():
        print(f"{k:>16}: {v:>10,.0f} rows/s (median of {len(rates[k])})")
    print(f"flaqes.seed / generate_series = {med['flaqes.seed'] / med['generate_series']:.2f}")
    if "faker+COPY" in med:
        print(f"flaqes.seed / faker+COPY      = {med['flaqes.seed'] / med['faker+COPY']:.2f}")
    base_cpu, seed_cpu = statistics.median(cpu["generate_series"]), statistics.median(cpu["flaqes.seed"])
    print(f"backend CPU: generate_series {base_cpu:.2f} s, flaqes.seed {seed_cpu:.2f} s (medians); "
          f"generate_series / flaqes.seed = {base_cpu / seed_cpu:.2f}")


def status_kb(conn, pid, field):
    for line in proc_file(conn, pid, "status").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def memory(args):
    """VmHWM (peak RSS, includes the shared buffers the backend touched) and the peak of RssAnon
    (private memory, sampled from a second connection) of the seeding backend."""
    conn = benchlib.connect(DB)
    watcher = benchlib.connect(DB)
    pid = benchlib.fetch_all(conn, "SELECT pg_backend_pid()")[0][0]
    run_seed(conn, 1000)
    hwm_before, anon_before = status_kb(watcher, pid, "VmHWM"), status_kb(watcher, pid, "RssAnon")
    peak_anon = [anon_before]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak_anon[0] = max(peak_anon[0], status_kb(watcher, pid, "RssAnon"))
            time.sleep(0.2)
    thread = threading.Thread(target=sample)
    thread.start()
    t, n = benchlib.timed(lambda: run_seed(conn, args.memory_rows))
    done.set()
    thread.join()
    hwm_after = status_kb(watcher, pid, "VmHWM")
    print(f"memory: seeded {n:,} rows in {t:.1f} s; peak RSS (VmHWM) growth {(hwm_after - hwm_before) / 1024:.0f} MB, "
          f"peak private (RssAnon) growth {(peak_anon[0] - anon_before) / 1024:.0f} MB")
    conn.close()
    watcher.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--memory-rows", type=int, default=0)
    parser.add_argument("--no-peer", action="store_true", help="skip @faker-js/faker")
    args = parser.parse_args()
    benchlib.recreate_db(DB)
    benchlib.psql(DB, "-c", SHAPE)
    if args.rows:
        throughput(args)
    if args.memory_rows:
        memory(args)
    benchlib.psql("postgres", "-c", f"DROP DATABASE {DB}")


if __name__ == "__main__":
    main()
