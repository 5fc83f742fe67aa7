"""The verdicts of bench/squawk_compare.py: Squawk's rules by risk class, what counts as a flaqes
flag, and the summary's sections, (a) to (f), from the statements both tools and PostgreSQL judged
(see the script's docstring and docs/squawk.md)."""
import collections
import re

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


# The lists of the summary that fail the run when they are not empty.
FAILING = ("(a) misses", "(b) flaqes flags on a new or empty table", "(d) flaqes lock/rewrite flags on safe forms",
           "(d) safe forms that block writes to the large table when PostgreSQL runs them",
           "(e) misses: statements that block writes to the large table, not flagged by flaqes",
           "migrations flaqes could not review", "migrations PostgreSQL fails on (fix the template)")


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
        self.blocks = self.large and self.effect is not None and self.effect.blocks(case.table)
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
    targets = len({c.target for c in cases})
    print(f"\n== summary: {len(cases)} migrations ({templates} templates x {targets} targets), "
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
