#!/usr/bin/env bash
# Every benchmark of the README's Performance section on a throwaway cluster (built and installed like
# scripts/test does, default server settings but fsync=off, as for the tests).
#   bench/run_all.sh           the issue's sizes: 1,000/2,000/10,000 tables, schemalint at 400,
#                              1,000,000 rows, 10,000,000 rows for memory (expect tens of minutes)
#   bench/run_all.sh --quick   small sizes, a few minutes: the same ratios, less signal
# Against an existing cluster instead: run the bench/*.py scripts with PGHOST/PGPORT/PGUSER set.
source "$(dirname "$0")/../scripts/lib.sh"
BENCH=$FLAQES_ROOT/bench
PY=/usr/bin/python3

if [ "${1:-}" = "--quick" ]; then
    TABLES=200,400,1000; PEER_TABLES=100; ROWS=100000; MEMORY_ROWS=1000000; SECONDS_EACH=5; REPEAT=3
else
    TABLES=1000,2000,10000; PEER_TABLES=400; ROWS=1000000; MEMORY_ROWS=10000000; SECONDS_EACH=10; REPEAT=5
fi

ensure_packages
log "building"
make -C "$FLAQES_ROOT" -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG"
temp_install
start_cluster
export PATH="$PG_BIN:$PATH"
printf '\nmachine: %s cores, %s, PostgreSQL %s, %s\n' "$(nproc)" "$(. /etc/os-release && echo "$PRETTY_NAME")" \
    "$(psql -X -At -d postgres -c 'SHOW server_version')" "$(date -u +%F)"

log "analyze at scale (bench/analyze_scale.py)"
$PY "$BENCH/analyze_scale.py" --tables "$TABLES" --peer-tables "$PEER_TABLES" --repeat "$REPEAT"
log "migration review at scale (bench/analyze_ddl_scale.py)"
$PY "$BENCH/analyze_ddl_scale.py" --tables 2000 --repeat "$REPEAT"
log "seed throughput and memory (bench/seed_throughput.py)"
$PY "$BENCH/seed_throughput.py" --rows "$ROWS" --repeat 3 --memory-rows "$MEMORY_ROWS"
log "seed latency (bench/seed_latency.py)"
$PY "$BENCH/seed_latency.py" --seconds "$SECONDS_EACH" --repeat 3 --extra-tables 0,1000
