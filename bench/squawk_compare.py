#!/usr/bin/python3
"""flaqes.analyze_ddl side by side with Squawk (the squawk-cli npm package) on the same migrations.

Every template of bench/migrations/ (a safe or unsafe form of one risk, written against the large
table shop.purchase) becomes three migrations: on the large table as written, on the empty table
shop.preorder, and on shop.basket, a table the migration creates itself before the statements
(bench/migration_review/shape.sql, renamed). Both tools review each migration; the script prints,
per statement, who flagged what, then a summary:
  (a) every lock/rewrite risk Squawk flags on the large table in an unsafe form must be flagged by
      flaqes (a risk row at warning or above); misses are listed and make the script exit 1,
  (b) statements on the new or empty table where Squawk flags a lock/rewrite risk and flaqes, which
      sees the table has no rows, stays quiet,
  (c) what flaqes reports that Squawk cannot: design tensions introduced/resolved/changed, the row
      counts behind its risks, the views that depend on a dropped or renamed column, and the risks
      it flags that Squawk's rules do not cover,
  (d) safe forms on the large table flagged as lock/rewrite risks, by either tool (false alarms),
  (e) statements PostgreSQL shows to block writes to the large table (bench/pg_effects.py: a rewrite,
      or a scan under a lock that blocks writes) that flaqes does not flag, whatever Squawk says;
      misses make the script exit 1,
  (f) the lock each flaqes risk row names against the lock PostgreSQL saw the statement take.
Safe or unsafe is the template's own first line ("-- safe: why" / "-- unsafe: why"), what
PostgreSQL's documentation says the statement does, not either tool's opinion.

    bench/squawk_compare.py [--rows 200000] [--keep DIR] [--markdown]
Needs PGHOST/PGPORT/PGUSER of a superuser on a cluster where flaqes is installable (bench/squawk_compare.sh
starts one), and npm: Squawk is installed into a git-ignored cache (FLAQES_BENCH_CACHE, default
.cache/bench of the repository); on a machine without npm, run as root, nodejs and npm come from apt-get.
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
import pg_effects  # noqa: E402
import sql_statements  # noqa: E402
from squawk_verdicts import FAILING, SQUAWK_RULES, describe_flaqes, one_line, print_summary, summarize  # noqa: E402

SQUAWK = "squawk-cli@2.66.0"
DB = "flaqes_squawk"
MIGRATIONS = os.path.join(benchlib.HERE, "migrations")
REVIEW = os.path.join(benchlib.HERE, "migration_review")
# Where the templates' table goes: the name that replaces "purchase" in them, and what it holds.
TARGETS = {"large": "purchase", "empty": "preorder", "new": "basket"}
FLAQES_QUERY = """
SELECT line, kind, rule, severity, table_name, change, lock, rows_estimate, description
FROM flaqes.analyze_ddl(%(ddl)s, flaqes.intent('OLTP'), ARRAY['shop'])
"""


class Case:
    """One migration: a template on one target, its statements and what each tool said on each."""

    def __init__(self, template, form, target, text, prelude_statements):
        self.template, self.form, self.target, self.text = template, form, target, text
        self.name, self.table = f"{template}@{target}", TARGETS[target]
        self.statements = sql_statements.split(text)
        self.prelude = prelude_statements  # the first statements create the new table
        self.squawk = collections.defaultdict(list)  # statement index -> [rule]
        self.flaqes = collections.defaultdict(list)  # statement index -> [row dict]
        self.error = None  # flaqes could not review the migration
        self.effects = []  # pg_effects.Effect per statement, as far as PostgreSQL ran them
        self.run_error = None  # the statement PostgreSQL failed on


def renamed(sql, table):
    return re.sub(r"\bpurchase", table, sql)


def load_cases():
    shape = open(os.path.join(REVIEW, "shape.sql")).read()
    prelude = renamed(shape, TARGETS["new"])
    cases = []
    for file in sorted(os.listdir(MIGRATIONS)):
        template = open(os.path.join(MIGRATIONS, file)).read()
        form = re.match(r"-- (safe|unsafe):", template)
        if not form:
            sys.exit(f"{file}: the first line must be '-- safe: why' or '-- unsafe: why'")
        for target, table in TARGETS.items():
            text = renamed(template, table)
            if target == "new":
                text = prelude + "\n" + text
            cases.append(Case(file[:-4], form.group(1), target, text,
                              len(sql_statements.split(prelude)) if target == "new" else 0))
    return cases


def ensure_npm():
    if shutil.which("npm"):
        return
    if os.geteuid() != 0:
        sys.exit("npm is missing: install nodejs and npm (sudo apt-get install nodejs npm) or run as root")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "nodejs", "npm"],
                   check=True, env=env, stdout=subprocess.DEVNULL)


def squawk_binary():
    """The pinned Squawk, installed from npm once into the cache (its platform package ships the binary)."""
    cache = os.environ.get("FLAQES_BENCH_CACHE") or os.path.join(benchlib.HERE, "..", ".cache", "bench")
    prefix = os.path.join(cache, SQUAWK.replace("@", "-"))
    binary = os.path.join(prefix, "node_modules", ".bin", "squawk")
    if not os.path.exists(binary):
        ensure_npm()
        os.makedirs(prefix, exist_ok=True)
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, SQUAWK],
                       check=True, stdout=subprocess.DEVNULL)
    return binary


def run_squawk(binary, cases, folder):
    """Squawk's default rules, PostgreSQL 15, on every migration file at once (JSON lines are 0-based)."""
    paths = {}
    for case in cases:
        path = os.path.join(folder, case.name.replace("@", ".") + ".sql")
        with open(path, "w") as f:
            f.write(case.text)
        paths[path] = case
    out = subprocess.run([binary, "--pg-version=15.0", "--reporter=json", *paths], capture_output=True, text=True)
    if out.returncode not in (0, 1) or not out.stdout.strip():
        sys.exit(f"squawk failed ({out.returncode}): {out.stderr.strip()}")
    for v in json.loads(out.stdout):
        case = paths[v["file"]]
        n = sql_statements.statement_at(case.statements, v["line"] + 1)
        case.squawk[n].append(v["rule_name"])


def load_fixture(rows, folder):
    benchlib.recreate_db(DB)
    shape = open(os.path.join(REVIEW, "shape.sql")).read()
    variables = []
    for target in ("large", "empty"):
        path = os.path.join(folder, f"shape_{TARGETS[target]}.sql")
        with open(path, "w") as f:
            f.write(renamed(shape, TARGETS[target]))
        variables += ["-v", f"{TARGETS[target]}_shape={path}"]
    benchlib.psql(DB, "-v", f"rows={rows}", *variables, "-f", os.path.join(REVIEW, "fixture.sql"))


def run_postgres(cases):
    conn = benchlib.connect(DB, autocommit=False)
    for case in cases:
        case.effects, error = pg_effects.run(conn, case.statements, "shop")
        if error:
            case.run_error = f"L{case.statements[len(case.effects)].start_line}: {error}"
    conn.close()


def run_flaqes(cases):
    conn = benchlib.connect(DB)
    for case in cases:
        try:
            rows = benchlib.fetch_all(conn, FLAQES_QUERY, {"ddl": case.text})
        except Exception as e:  # psycopg2.Error: the migration is reported, the others still run
            case.error = str(e).strip().splitlines()[0]
            continue
        for row in rows:
            row = dict(zip(["line", "kind", "rule", "severity", "table_name", "change", "lock",
                            "rows_estimate", "description"], row))
            case.flaqes[sql_statements.statement_at(case.statements, row["line"])].append(row)
    conn.close()


def print_case(case):
    print(f"\n{case.name}  [{case.form} on the {case.target} table]")
    if case.error:
        print(f"    flaqes: ERROR {case.error}")
    if case.run_error:
        print(f"    postgres: ERROR {case.run_error}")
    if case.squawk.get(None):
        print(f"    squawk, after the last statement: {', '.join(case.squawk[None])}")
    if case.flaqes.get(None):
        print(f"    flaqes, for the whole migration: {'; '.join(describe_flaqes(r) for r in case.flaqes[None])}")
    for n, st in enumerate(case.statements):
        tag = " (creates the new table)" if n < case.prelude else ""
        print(f"  L{st.start_line:<3} {one_line(st.text)}{tag}")
        squawk = ", ".join(f"{r} ({SQUAWK_RULES.get(r, 'unmapped')})" for r in case.squawk.get(n, [])) or "-"
        flaqes = "; ".join(describe_flaqes(r) for r in case.flaqes.get(n, [])) or "-"
        effect = case.effects[n] if n < len(case.effects) else "not run"
        print(f"        postgres: {effect}\n        squawk: {squawk}\n        flaqes: {flaqes}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200000, help="rows of the large table")
    parser.add_argument("--keep", help="write the migrations into this folder and keep them")
    parser.add_argument("--markdown", action="store_true", help="also print the summary as a Markdown table")
    args = parser.parse_args()
    binary = squawk_binary()
    cases = load_cases()
    folder = args.keep or tempfile.mkdtemp(prefix="flaqes-squawk-")
    os.makedirs(folder, exist_ok=True)
    try:
        load_fixture(args.rows, folder)
        run_squawk(binary, cases, folder)
        run_postgres(cases)
        run_flaqes(cases)
    finally:
        if not args.keep:
            shutil.rmtree(folder)
    print(f"squawk {SQUAWK.split('@')[1]} (default rules, --pg-version=15.0) vs flaqes.analyze_ddl "
          f"(intent OLTP); the large table holds {args.rows:,} rows")
    for case in cases:
        print_case(case)
    s, lists = summarize(cases)
    print_summary(cases, s, lists, args.markdown)
    return 1 if any(lists[key] for key in FAILING) else 0


if __name__ == "__main__":
    sys.exit(main())
