#!/usr/bin/env bash
# Runs test/integration/cancel.py against the cluster scripts/test started (Debian's python3).
exec /usr/bin/python3 "$(dirname "$0")/cancel.py"
