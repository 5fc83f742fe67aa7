#!/usr/bin/env bash
# Runs test/integration/fuzz_json.py against the cluster scripts/test started. Debian's python3
# on purpose: psycopg2 comes from the python3-psycopg2 package, not from a user's own python.
exec /usr/bin/python3 "$(dirname "$0")/fuzz_json.py"
