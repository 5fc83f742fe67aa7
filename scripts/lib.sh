# Shared by scripts/demo and scripts/test: install what is missing, build, install into a
# throwaway copy of the PostgreSQL tree, and run a throwaway cluster on a private Unix socket.
# Nothing is installed into the system's PostgreSQL directories.

set -euo pipefail

FLAQES_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_MAJOR=15
PACKAGES=(make g++ cmake pkg-config libfmt-dev nlohmann-json3-dev libgtest-dev libgmock-dev
          "postgresql-$PG_MAJOR" "postgresql-server-dev-$PG_MAJOR" "postgresql-$PG_MAJOR-pgtap"
          python3 python3-psycopg2 python3-pytest python3-jsonschema)

log() { printf '\n== %s\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "missing packages: ${missing[*]}; install them (sudo apt-get install ${missing[*]}) or run as root" >&2
        exit 1
    fi
    log "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# npm packages the tests use, pinned, installed into the git-ignored build area (build/npm):
# the SARIF 2.1.0 JSON schemas that test/integration/sarif_validate.sh validates against, as
# Microsoft ships them (rtm.5 with its jest matchers, the final 2.1.0 one with its SARIF SDK tool).
NPM_DIR="$FLAQES_ROOT/build/npm"
NPM_PACKAGES=(@microsoft/jest-sarif@1.0.0-beta.0 @microsoft/sarif-multitool-linux@5.7.0)

ensure_npm_packages() {
    # Debian's npm only where no npm is installed: a Node.js from elsewhere (NodeSource's nodejs
    # ships its own npm) conflicts with it.
    if ! command -v npm >/dev/null; then
        local PACKAGES=(npm)
        ensure_packages
    fi
    local p missing=()
    for p in "${NPM_PACKAGES[@]}"; do
        [ -f "$NPM_DIR/node_modules/${p%@*}/package.json" ] || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing npm packages ${missing[*]} into $NPM_DIR"
    mkdir -p "$NPM_DIR"
    [ -f "$NPM_DIR/package.json" ] || echo '{"private": true}' >"$NPM_DIR/package.json"
    # --ignore-scripts: only files are needed (the schemas), no install step runs.
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --ignore-scripts --save-exact "${missing[@]}" >/dev/null
}

PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}

# Set by stop_cluster when the server log shows a backend that crashed.
SERVER_FAILED=0

build() {
    log "building (PGXS module and CMake unit tests)"
    make -C "$FLAQES_ROOT" -s -j"$(nproc)" PG_CONFIG="$PG_CONFIG"
    cmake -S "$FLAQES_ROOT" -B "$FLAQES_ROOT/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
    cmake --build "$FLAQES_ROOT/build" -j"$(nproc)" >/dev/null
}

# The throwaway cluster lives in WORK; PGHOST/PGPORT/PGUSER point at it once started.
WORK=""
KEEP_CLUSTER=0

# Runs a command as the postgres OS user when we are root (initdb refuses to run as root).
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Copies the server's bin/lib/share trees under WORK/root and installs flaqes there, like
# PostgreSQL's own temporary installs; the server finds its share/lib dirs relative to itself.
temp_install() {
    WORK=$(mktemp -d /tmp/flaqes.XXXXXX)
    local bindir sharedir pkglibdir
    bindir=$("$PG_CONFIG" --bindir); sharedir=$("$PG_CONFIG" --sharedir); pkglibdir=$("$PG_CONFIG" --pkglibdir)
    mkdir -p "$WORK/root$(dirname "$bindir")" "$WORK/root$(dirname "$sharedir")"
    cp -a "$(dirname "$bindir")/." "$WORK/root$(dirname "$bindir")/"
    cp -a "$sharedir" "$WORK/root$(dirname "$sharedir")/"
    [ -d "$WORK/root$pkglibdir" ] || { echo "unexpected layout: $pkglibdir" >&2; exit 1; }
    make -C "$FLAQES_ROOT" -s install DESTDIR="$WORK/root" PG_CONFIG="$PG_CONFIG" >/dev/null
    PG_BIN="$WORK/root$bindir"
}

start_cluster() {
    log "starting a throwaway cluster in $WORK"
    mkdir -p "$WORK/sock"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$WORK"
    chmod 755 "$WORK"
    as_postgres "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log"
    # FLAQES_SERVER_ENV: NAME=value words for the server's environment (scripts/sanitize).
    # shellcheck disable=SC2086
    as_postgres env ${FLAQES_SERVER_ENV:-} "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w -o \
        "-k $WORK/sock -c listen_addresses='' -p 5432 -c fsync=off -c log_min_messages=warning ${FLAQES_SERVER_OPTS:-}" \
        start >/dev/null
    export PGHOST="$WORK/sock" PGPORT=5432 PGUSER=postgres
    trap stop_cluster EXIT
}

stop_cluster() {
    [ -n "$WORK" ] && [ -d "$WORK" ] || return 0
    if [ "$KEEP_CLUSTER" -eq 1 ]; then
        printf '\nThe cluster keeps running. Connect with:\n  psql -h %s -p 5432 -U postgres %s\nStop it with:\n  %s stop -D %s && rm -rf %s\n' \
            "$WORK/sock" "${DEMO_DB:-postgres}" "$PG_BIN/pg_ctl" "$WORK/data" "$WORK"
        return 0
    fi
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
    check_server_log
    rm -rf "$WORK"
}

# A backend killed by a signal means we crashed the server: always a failure.
check_server_log() {
    if grep -E "terminated by signal|was terminated by|server process .* exited with exit code [^0]" "$WORK/server.log" >/dev/null 2>&1; then
        log "the server log shows a crashed backend"
        grep -E -B2 -A5 "terminated by signal|exited with exit code" "$WORK/server.log" | head -50
        SERVER_FAILED=1
    fi
}

setup() {
    ensure_packages
    build
    temp_install
    start_cluster
}
