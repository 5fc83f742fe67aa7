#!/usr/bin/env python3
"""Accuracy of flaqes.roles() against the roles ledger (test/ledger/roles.csv): for every labelled
table, is the top role one a DBA accepts, and is every role given at >= 0.5 right?

Each `source` of the ledger is a database named PREFIX_source that already holds that schema with
flaqes installed (test/integration/roles_ledger.sh loads the corpus that way). Prints one line per
miss, then the figures; exits 1 when a top role is not acceptable (the ledger must read 100%).

    python3 bench/roles_accuracy.py [--prefix flaqes_ledger] [--ledger test/ledger/roles.csv]
"""
import argparse
import csv
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def roles_of(db):
    out = subprocess.run(["psql", "-X", "-q", "-At", "-F", "\t", "-d", db, "-c",
                          "SELECT table_name::text, role, confidence FROM flaqes.roles()"],
                         text=True, check=True, capture_output=True).stdout
    rows = {}
    for line in out.splitlines():
        name, role, confidence = line.split("\t")
        rows[name] = (role, float(confidence))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prefix", default="flaqes_ledger")
    ap.add_argument("--ledger", default=os.path.join(HERE, "..", "test", "ledger", "roles.csv"))
    args = ap.parse_args()
    with open(args.ledger, newline="") as f:
        ledger = list(csv.DictReader(f))
    found = {}
    right = confident = confident_right = missing = 0
    for row in ledger:
        db = f"{args.prefix}_{row['source']}"
        if db not in found:
            found[db] = roles_of(db)
        got = found[db].get(row["table"])
        if got is None:
            missing += 1
            print(f"missing  {row['source']}.{row['table']}: not in roles()")
            continue
        role, confidence = got
        ok = role in row["acceptable"].split("|")
        right += ok
        if confidence >= 0.5:
            confident += 1
            confident_right += ok
        if not ok:
            print(f"miss     {row['source']}.{row['table']}: {role} {confidence:.2f}, "
                  f"a DBA accepts {row['acceptable']} ({row['why']})")
    total = len(ledger)
    print(f"top role acceptable: {right}/{total} = {100.0 * right / total:.1f}%")
    if confident:
        print(f"roles given at >= 0.5 right: {confident_right}/{confident} = "
              f"{100.0 * confident_right / confident:.1f}%")
    return 0 if right == total and missing == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
