"""Validates SARIF logs against the SARIF 2.1.0 JSON schemas (python3-jsonschema) and checks what
code scanning needs beyond the schema: with a source, every result points at a line of that file.

usage: sarif_validate.py SCHEMA_DIR LOG [SOURCE_PATH SOURCE_FILE]
Prints one line per check ("ok ..." / "FAIL ...") and exits 1 on any failure.
"""
import json
import sys

import jsonschema

# The SARIF 2.1.0 schemas as Microsoft ships them in npm packages (scripts/lib.sh installs them):
# rtm.5 (JSON Schema draft-04) and the final 2.1.0 one of the SARIF SDK (draft 2020-12).
SCHEMAS = [
    "node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
    "node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json",
]


def schema_errors(log, schema_dir):
    for path in SCHEMAS:
        with open(f"{schema_dir}/{path}", encoding="utf-8") as f:
            schema = json.load(f)
        validator = jsonschema.validators.validator_for(schema)(schema)
        for error in validator.iter_errors(log):
            yield f"{path.split('/')[-1]}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"


def location_errors(log, source_path, source_file):
    with open(source_file, encoding="utf-8") as f:
        lines = f.read().count("\n") + 1
    for i, result in enumerate(log["runs"][0]["results"]):
        physical = (result.get("locations") or [{}])[0].get("physicalLocation")
        if physical is None:
            yield f"result {i} ({result['ruleId']}) has no physical location"
            continue
        if physical["artifactLocation"]["uri"] != source_path:
            yield f"result {i} points at {physical['artifactLocation']['uri']}, not {source_path}"
        line = physical["region"]["startLine"]
        if not 1 <= line <= lines:
            yield f"result {i} line {line} is outside the file's {lines} lines"


def main():
    schema_dir, log_file = sys.argv[1], sys.argv[2]
    with open(log_file, encoding="utf-8") as f:
        log = json.load(f)
    errors = list(schema_errors(log, schema_dir))
    results = log["runs"][0]["results"]
    if len(sys.argv) > 4:
        errors += list(location_errors(log, sys.argv[3], sys.argv[4]))
        at_line_1 = sum(1 for r in results if r["locations"][0]["physicalLocation"]["region"]["startLine"] == 1)
        where = f", every one with a line of {sys.argv[3]} ({at_line_1} at line 1)"
    else:
        where = ", logical locations only"
    if errors:
        print(f"FAIL {log_file}: {len(errors)} error(s)")
        for e in errors[:20]:
            print(f"  {e}")
        sys.exit(1)
    print(f"ok {log_file}: valid SARIF 2.1.0 (both schemas), {len(results)} results{where}")


if __name__ == "__main__":
    main()
