#!/usr/bin/env bash
# bench/squawk_compare.py on a throwaway cluster, from a fresh Debian machine: installs what is
# missing (nodejs and npm too: Squawk comes from npm), builds and installs flaqes like scripts/test,
# starts the cluster, runs the comparison and stops it. Arguments go to the script, e.g.
#   bench/squawk_compare.sh --rows 200000 --markdown
source "$(dirname "$0")/../scripts/lib.sh"
# Debian's npm only where there is none: a nodejs from elsewhere ships its own and conflicts with it.
command -v npm >/dev/null || PACKAGES+=(nodejs npm)
ensure_packages
make -C "$FLAQES_ROOT" -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG"
temp_install
start_cluster
export PATH="$PG_BIN:$PATH"
status=0
/usr/bin/python3 "$FLAQES_ROOT/bench/squawk_compare.py" "$@" || status=$?
exit $status
