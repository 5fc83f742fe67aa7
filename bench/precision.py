#!/usr/bin/env python3
"""Precision of flaqes.analyze from the judged ledger (test/ledger/findings.csv): per rule and per
severity, the share of findings judged useful / noise / false. With --live DUMP (the output of
test/ledger/dump.sh on a live run) it also prints the figures the issue sets targets for (findings
per schema and intent, the most findings on one table), lists findings the ledger has not judged
yet, and exits non-zero when a finding judged false is back or a table has more than 6 findings.

    python3 bench/precision.py
    CORPUS_PREFIX=c bash test/ledger/dump.sh > /tmp/dump.tsv && python3 bench/precision.py --live /tmp/dump.tsv
"""
import argparse
import collections
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LEDGER = os.path.join(HERE, "..", "test", "ledger", "findings.csv")
VERDICTS = ("useful", "noise", "false")
MAX_PER_TABLE = 6


def load_ledger(path):
    """Every judged row; build "current" rows judge this build's findings, "before" rows judged the
    build before issue 12 and are kept only so that a finding judged false there cannot return."""
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def table(rows, key):
    counts = collections.defaultdict(collections.Counter)
    for r in rows:
        counts[r[key]][r["verdict"]] += 1
    print(f"\n{key:<30} {'n':>5} {'useful':>7} {'noise':>6} {'false':>6} {'useful%':>8}")
    for name in sorted(counts, key=lambda k: (-sum(counts[k].values()), k)):
        c = counts[name]
        n = sum(c.values())
        print(f"{name:<30} {n:>5} {c['useful']:>7} {c['noise']:>6} {c['false']:>6} {100.0 * c['useful'] / n:>7.1f}%")


def finding_table(finding_id):
    """The table part of an id ("rule:schema.table(detail)"), or None for a schema-wide finding."""
    base = finding_id.split(":", 1)[1].split("(", 1)[0]
    return base if "." in base else None


def live(dump_path, ledger):
    judged = {}
    for r in ledger:  # a finding judged false in any build stays false
        key = (r["schema_db"], r["intent"], r["finding_id"])
        if judged.get(key) != "false":
            judged[key] = r["verdict"]
    rows = [line.rstrip("\n").split("\t") for line in open(dump_path) if line.strip()]
    failed = False
    per_schema = collections.Counter()
    per_table = collections.Counter()
    unjudged = []
    for db, intent, fid, rule, severity in rows:
        per_schema[(db, intent)] += 1
        t = finding_table(fid)
        if t is not None:
            per_table[(db, intent, t)] += 1
        verdict = judged.get((db, intent, fid))
        if verdict is None:
            unjudged.append((db, intent, fid))
        elif verdict == "false":
            print(f"FALSE FINDING BACK: {db} {intent} {fid}")
            failed = True
    print("\nfindings per schema (dumped; the sampled schemas are capped at 40):")
    for (db, intent), n in sorted(per_schema.items()):
        print(f"  {db:<12} {intent:<5} {n:>5}")
    (top, most) = per_table.most_common(1)[0] if per_table else ((None, None, None), 0)
    print(f"most findings on one table: {most} ({top[0]} {top[1]} {top[2]})")
    for key, n in per_table.items():
        if n > MAX_PER_TABLE:
            print(f"TABLE OVER {MAX_PER_TABLE}: {key} has {n}")
            failed = True
    print(f"not yet judged: {len(unjudged)}")
    for u in unjudged:
        print("  unjudged:", *u)
    return failed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ledger", default=LEDGER)
    parser.add_argument("--live", help="tab-separated output of test/ledger/dump.sh")
    args = parser.parse_args()
    everything = load_ledger(args.ledger)
    ledger = [r for r in everything if r["build"] == "current"]
    total = collections.Counter(r["verdict"] for r in ledger)
    n = len(ledger)
    print(f"ledger: {n} judged findings: " + ", ".join(f"{v} {total[v]} ({100.0 * total[v] / n:.1f}%)" for v in VERDICTS))
    table(ledger, "rule")
    table(ledger, "severity")
    table(ledger, "schema_db")
    if args.live and live(args.live, everything):
        sys.exit(1)


if __name__ == "__main__":
    main()
