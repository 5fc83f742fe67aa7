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

SQUAWK = "squawk-cli@2.66.0"
DB = "flaqes_squawk"
MIGRATIONS = os.path.join(benchlib.HERE, "migrations")
REVIEW = os.path.join(benchlib.HERE, "migration_review")
# Where the templates' table goes: the name that replaces "purchase" in them, and what it holds.
TARGETS = {"large": "purchase", "empty": "preorder", "new": "basket"}
FLAGGED = ("warning", "critical")

# Squawk rule -> risk class. Only the classes of COUNTED are lock/rewrite risks, counted in (a) and
# (b). "breaking": the statement changes what clients see (names, columns, tables), not how long a
# lock is held; "session": settings and transaction handling around the statements (timeouts,
# CONCURRENTLY in a transaction), the same for every statement whatever the table holds; "style":
# type and naming preferences and re-runnable statements. A rule missing here is printed as unmapped.
SQUAWK_RULES = {
    "adding-field-with-default": "rewrite",
    "adding-serial-primary-key-field": "index build",
    "changing-column-type": "rewrite",
    "adding-not-nullable-field": "validation scan",
    "adding-required-field": "breaking",
    "constraint-missing-not-valid": "validation scan",
    "adding-foreign-key-constraint": "validation scan",
    "ban-alter-domain-with-add-constraint": "validation scan",
    "disallowed-unique-constraint": "index build",
    "require-concurrent-index-creation": "index build",
    "require-concurrent-index-deletion": "lock",
    "ban-drop-column": "breaking",
    "ban-drop-table": "breaking",
    "ban-drop-database": "breaking",
    "ban-drop-not-null": "breaking",
    "ban-truncate-cascade": "breaking",
    "renaming-column": "breaking",
    "renaming-table": "breaking",
    "require-lock-timeout": "session",
    "require-statement-timeout": "session",
    "ban-concurrent-index-creation-in-transaction": "session",
    "ban-uncommitted-transaction": "session",
    "transaction-nesting": "session",
    "prefer-robust-stmts": "style",
    "prefer-text-field": "style",
    "prefer-bigint-over-int": "style",
    "prefer-bigint-over-smallint": "style",
    "prefer-big-int": "style",
    "prefer-identity": "style",
    "prefer-timestamptz": "style",
    "ban-char-field": "style",
    "ban-create-domain-with-constraint": "style",
    "require-enum-value-ordering": "style",
}
COUNTED = ("rewrite", "validation scan", "index build", "lock")
# flaqes's risk rules about what clients see rather than how long a lock is held (the "breaking" class).
FLAQES_BREAKING = ("dependent_objects", "enum_rename_value")

FLAQES_QUERY = """
SELECT line, kind, rule, severity, table_name, change, lock, rows_estimate, description
FROM flaqes.analyze_ddl(%(ddl)s, flaqes.intent('OLTP'), ARRAY['shop'])
"""


class Case:
    """One migration: a template on one target, its statements and what each tool said on each."""

    def __init__(self, template, form, target, text, prelude_statements):
        self.template, self.form, self.target, self.text = template, form, target, text
        self.name = f"{template}@{target}"
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


def squawk_classes(rules):
    return {SQUAWK_RULES.get(r, "unmapped") for r in rules}


def flaqes_flags(rows, breaking=True):
    """flaqes's risk rows at warning or above; breaking=False leaves out what clients see."""
    return [r for r in rows if r["kind"] == "risk" and r["severity"] in FLAGGED
            and (breaking or r["rule"] not in FLAQES_BREAKING)]


def describe_flaqes(row):
    if row["kind"] == "tension":
        return f"{row['rule']} {row['severity']} {row['change']}"
    facts = [row["lock"]] if row["lock"] else []
    if row["rows_estimate"] is not None:
        facts.append(f"{row['rows_estimate']:,} rows")
    return f"{row['rule']} {row['severity']}" + (f" ({', '.join(facts)})" if facts else "")


def one_line(text, width=90):
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 3] + "..."


def print_case(case):
    print(f"\n{case.name}  [{case.form} on the {case.target} table]")
    if case.error:
        print(f"    flaqes: ERROR {case.error}")
    if case.run_error:
        print(f"    postgres: ERROR {case.run_error}")
    if case.flaqes.get(None):
        print(f"    flaqes, for the whole migration: {'; '.join(describe_flaqes(r) for r in case.flaqes[None])}")
    for n, st in enumerate(case.statements):
        tag = " (creates the new table)" if n < case.prelude else ""
        print(f"  L{st.start_line:<3} {one_line(st.text)}{tag}")
        squawk = ", ".join(f"{r} ({SQUAWK_RULES.get(r, 'unmapped')})" for r in case.squawk.get(n, [])) or "-"
        flaqes = "; ".join(describe_flaqes(r) for r in case.flaqes.get(n, [])) or "-"
        effect = case.effects[n] if n < len(case.effects) else "not run"
        print(f"        postgres: {effect}\n        squawk: {squawk}\n        flaqes: {flaqes}")


def each_statement(cases):
    for case in cases:
        for n, st in enumerate(case.statements):
            yield case, n, st


class Verdicts:
    """One statement outside the prelude, with what each tool and PostgreSQL said of it."""

    def __init__(self, case, n, st):
        squawk = case.squawk.get(n, [])
        self.case, self.n, self.form, self.large = case, n, case.form, case.target == "large"
        self.classes = squawk_classes(squawk)
        self.counted = self.classes & set(COUNTED)
        self.flags = flaqes_flags(case.flaqes.get(n, []))
        self.lock_flags = flaqes_flags(case.flaqes.get(n, []), breaking=False)
        self.effect = case.effects[n] if n < len(case.effects) else None
        self.blocks = self.large and self.effect is not None and self.effect.blocks(TARGETS["large"])
        self.where = f"{case.name} L{st.start_line}: {one_line(st.text, 70)}"
        self.failed = "  (flaqes failed, see below)" if case.error else ""
        self.unmapped = [r for r in squawk if r not in SQUAWK_RULES]


def against_squawk(v, s, lists):
    """(a) and (b): Squawk's lock/rewrite flags, on the large table and on the new or empty one."""
    if v.counted and v.large and v.form == "unsafe":
        s["(a) squawk lock/rewrite on the large table"] += 1
        s["(a) flagged by flaqes too"] += bool(v.flags)
        if not v.flags:
            lists["(a) misses"].append(f"{v.where}  squawk: {', '.join(sorted(v.counted))}{v.failed}")
    if v.counted and not v.large:
        s[f"(b) squawk lock/rewrite on the {v.case.target} table"] += 1
        s[f"(b) flaqes quiet on the {v.case.target} table"] += not v.flags and not v.case.error
        if v.flags:
            lists["(b) flaqes flags on a new or empty table"].append(
                f"{v.where}  flaqes: {', '.join(describe_flaqes(r) for r in v.flags)}")


def beyond_squawk(v, s, lists):
    """(c): risks on the large table Squawk's lock/rewrite rules do not flag; changes clients see."""
    if v.flags and v.large and not v.counted:
        lists["(c) risks flaqes flags on the large table that squawk does not count"].append(
            f"{v.where}  flaqes: {', '.join(describe_flaqes(r) for r in v.flags)}")
    if v.large and ("breaking" in v.classes or len(v.flags) > len(v.lock_flags)):
        s["(c) changes clients see: statements"] += 1
        s["(c) changes clients see: squawk flags"] += "breaking" in v.classes
        s["(c) changes clients see: flaqes flags"] += len(v.flags) > len(v.lock_flags)


def false_alarms(v, s, lists):
    """(d): safe forms on the large table, flagged as lock/rewrite risks or blocking for real."""
    if v.form != "safe" or not v.large:
        return
    if v.blocks:
        lists["(d) safe forms that block writes to the large table when PostgreSQL runs them"].append(
            f"{v.where}  postgres: {v.effect}")
    if v.counted:
        lists["(d) squawk lock/rewrite flags on safe forms"].append(f"{v.where}  squawk: {', '.join(sorted(v.counted))}")
    if v.lock_flags:
        lists["(d) flaqes lock/rewrite flags on safe forms"].append(
            f"{v.where}  flaqes: {', '.join(describe_flaqes(r) for r in v.lock_flags)}")


def against_postgres(v, s, lists):
    """(e): statements PostgreSQL shows to block writes to the large table."""
    if not v.blocks:
        return
    s["(e) statements that block writes to the large table"] += 1
    s["(e) flagged by squawk"] += bool(v.counted)
    s["(e) flagged by flaqes"] += bool(v.flags)
    if v.flags:
        s[f"(e) flagged by flaqes at {max(r['severity'] for r in v.flags)}"] += 1  # "critical" > "warning"
    if not v.flags:
        lists["(e) misses: statements that block writes to the large table, not flagged by flaqes"].append(
            f"{v.where}  postgres: {v.effect}{v.failed}")


def lock_claims(v, s, lists):
    """(f): the lock a flaqes risk row names against the strongest lock PostgreSQL saw the statement
    take on that table (only where the statement took a new one and ran without CONCURRENTLY)."""
    if v.effect is None:
        return
    taken = {table: mode for table, mode in v.effect.locked}
    for row in v.case.flaqes.get(v.n, []):
        table = (row["table_name"] or "").split(".")[-1]
        if row["kind"] != "risk" or not row["lock"] or table not in taken:
            continue
        s["(f) risk rows whose lock PostgreSQL took"] += 1
        if row["lock"].title().replace(" ", "") + "Lock" != taken[table]:
            lists["(f) lock named by flaqes differs from the lock PostgreSQL took"].append(
                f"{v.where}  flaqes: {row['lock']}, postgres: {taken[table]}")


def count_flaqes_only(case, s):
    """(c): what flaqes says beyond lock and rewrite in the migrations on the large table, one per
    template (on the other targets the same tensions come again), rows without a line included."""
    if case.target != "large":
        return
    for rows in case.flaqes.values():
        for row in rows:
            if row["kind"] == "tension":
                s[f"(c) tensions {row['change']}"] += 1
            elif row["rows_estimate"]:
                s["(c) risks with row counts"] += 1
            if row["kind"] == "risk" and re.search(r"\bviews?\b", row["description"] or ""):
                s["(c) risks naming dependent views"] += 1


def summarize(cases):
    """Counts (Counter) and lists of statements for the summary; keys start with their section."""
    s = collections.Counter()
    lists = collections.defaultdict(list)
    for case, n, st in each_statement(cases):
        if n < case.prelude:
            # The same statements create shop.basket in every "new" migration: counted once, apart.
            if case.template == cases[-1].template:
                s["(b) in the prelude creating shop.basket: squawk lock/rewrite"] += bool(
                    squawk_classes(case.squawk.get(n, [])) & set(COUNTED))
                s["(b) in the prelude creating shop.basket: flaqes flags"] += bool(flaqes_flags(case.flaqes.get(n, [])))
            continue
        v = Verdicts(case, n, st)
        s["statements"] += 1
        lists["squawk rules missing from SQUAWK_RULES"] += [f"{r} ({v.where})" for r in v.unmapped]
        for section in (against_squawk, beyond_squawk, false_alarms, against_postgres, lock_claims):
            section(v, s, lists)
    for case in cases:
        count_flaqes_only(case, s)
        if case.run_error:
            lists["migrations PostgreSQL fails on (fix the template)"].append(f"{case.name}: {case.run_error}")
        if case.error:
            lists["migrations flaqes could not review"].append(f"{case.name}: {case.error}")
    return s, lists


def print_summary(cases, s, lists, markdown):
    templates = len({c.template for c in cases})
    print(f"\n== summary: {len(cases)} migrations ({templates} templates x {len(TARGETS)} targets), "
          f"{s['statements']} statements besides the {cases[-1].prelude} that create shop.basket in each 'new' one")
    for key in sorted(s):
        print(f"  {key}: {s[key]}")
    for key in sorted(lists):
        print(f"\n{key}: {len(lists[key])}")
        for line in lists[key]:
            print(f"    {line}")
    if markdown:
        print_markdown(s, lists)


def print_markdown(s, lists):
    a, e = s["(a) squawk lock/rewrite on the large table"], s["(e) statements that block writes to the large table"]
    clients = s["(c) changes clients see: statements"]
    rows = [
        ("lock/rewrite risks Squawk flags in the unsafe forms, large table", f"{a} flagged",
         f"{s['(a) flagged by flaqes too']} flagged, {a - s['(a) flagged by flaqes too']} missed"),
        *((f"the same templates on the {target} table", f"{s[f'(b) squawk lock/rewrite on the {target} table']} flagged",
           f"{s[f'(b) flaqes quiet on the {target} table']} quiet") for target in ("new", "empty")),
        ("statements PostgreSQL shows to block writes to the large table (rewrite, or scan under a "
         "write-blocking lock)", f"{s['(e) flagged by squawk']} of {e}",
         f"{s['(e) flagged by flaqes']} of {e} ({s['(e) flagged by flaqes at critical']} critical)"),
        ("safe forms flagged as lock/rewrite risks, large table (false alarms)",
         str(len(lists["(d) squawk lock/rewrite flags on safe forms"])),
         str(len(lists["(d) flaqes lock/rewrite flags on safe forms"]))),
        ("drops and renames clients see (columns, enum labels), large table",
         f"{s['(c) changes clients see: squawk flags']} of {clients}",
         f"{s['(c) changes clients see: flaqes flags']} of {clients}, "
         f"{s['(c) risks naming dependent views']} naming the dependent view"),
        ("design tensions introduced / resolved by the migrations on the large table", "-",
         f"{s['(c) tensions introduced']} / {s['(c) tensions resolved']}"),
        ("risks with the table's row count and size, large table", "-", str(s["(c) risks with row counts"])),
        ("locks named by the risk rows that PostgreSQL took just so (where it shows one)", "-",
         f"{s['(f) risk rows whose lock PostgreSQL took'] - len(lists['(f) lock named by flaqes differs from the lock PostgreSQL took'])}"
         f" of {s['(f) risk rows whose lock PostgreSQL took']}"),
    ]
    print("\n| | Squawk | flaqes |\n|---|---|---|")
    for label, squawk, flaqes in rows:
        print(f"| {label} | {squawk} | {flaqes} |")


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
    failed = ("(a) misses", "(b) flaqes flags on a new or empty table", "(d) flaqes lock/rewrite flags on safe forms",
              "(d) safe forms that block writes to the large table when PostgreSQL runs them",
              "(e) misses: statements that block writes to the large table, not flagged by flaqes",
              "migrations flaqes could not review", "migrations PostgreSQL fails on (fix the template)")
    return 1 if any(lists[key] for key in failed) else 0


if __name__ == "__main__":
    sys.exit(main())
