#!/usr/bin/env python3
"""Merges flaqes SARIF files (one per migration) into one file with a single run.

    merge_sarif.py OUT.sarif IN.sarif...

Code scanning services take one run per tool and category in an upload (GitHub no longer combines
several), so the reviews of a pull request's migrations are uploaded as one run: the rules of all
inputs (each once, by id; ruleIndex renumbered), their results in input order, and the tool and
invocation of the first. Inputs without runs (no migration) give a run with no results.
"""
import json
import sys


def merge(documents):
    runs = [run for doc in documents for run in doc.get("runs", [])]
    if not runs:
        raise SystemExit("merge_sarif.py: no SARIF run in the inputs")
    merged = dict(runs[0])
    driver = dict(merged["tool"]["driver"])
    rules, index_of, results = [], {}, []
    for run in runs:
        run_rules = run["tool"]["driver"].get("rules", [])
        for rule in run_rules:
            if rule["id"] not in index_of:
                index_of[rule["id"]] = len(rules)
                rules.append(rule)
        for result in run.get("results", []):
            result = dict(result)
            rule_id = result.get("ruleId")
            if rule_id is None and "ruleIndex" in result:
                rule_id = run_rules[result["ruleIndex"]]["id"]
            if rule_id in index_of:
                result["ruleIndex"] = index_of[rule_id]
            results.append(result)
    driver["rules"] = rules
    merged["tool"] = dict(merged["tool"], driver=driver)
    merged["results"] = results
    top = {k: v for k, v in documents[0].items() if k != "runs"}
    return dict(top, runs=[merged])


def main(argv):
    if len(argv) < 3:
        raise SystemExit(__doc__)
    documents = []
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            documents.append(json.load(f))
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(merge(documents), f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
