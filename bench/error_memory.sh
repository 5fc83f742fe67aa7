#!/usr/bin/env bash
# Backend RSS before and after N failing flaqes calls caught in one session (error boundary leak
# check). Needs PGHOST/PGPORT/PGUSER of a superuser connection with flaqes installable, e.g. the
# cluster of `scripts/demo --keep`. Usage: bench/error_memory.sh [N]
set -euo pipefail
N=${1:-20000}
psql -X -q -v ON_ERROR_STOP=1 -d "${PGDATABASE:-postgres}" <<SQL
CREATE EXTENSION IF NOT EXISTS flaqes;
CREATE FUNCTION pg_temp.rss_kb() RETURNS bigint LANGUAGE sql AS
  \$\$ SELECT (regexp_match(pg_read_file('/proc/self/status'), 'VmRSS:\s+(\d+)'))[1]::bigint \$\$;
DO \$\$ BEGIN FOR i IN 1..500 LOOP BEGIN PERFORM flaqes.schema_graph(ARRAY['no_such_schema']);
  EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END \$\$;
SELECT pg_temp.rss_kb() AS before \gset
DO \$\$ BEGIN FOR i IN 1..$N LOOP BEGIN PERFORM flaqes.schema_graph(ARRAY['no_such_schema']);
  EXCEPTION WHEN OTHERS THEN NULL; END; END LOOP; END \$\$;
SELECT $N AS failing_calls, :before AS rss_before_kb, pg_temp.rss_kb() AS rss_after_kb,
       pg_temp.rss_kb() - :before AS growth_kb;
SQL
