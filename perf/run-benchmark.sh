#!/usr/bin/env bash
# Search benchmark of the Bourse des emplois, every step at once (see perf/README.md):
#   1. PostgreSQL 15 started if needed; role bde (password bde) created if missing; database bde_perf
#      created afresh (dropped first, unless PERF_KEEP_DB=1), with the unaccent extension;
#   2. the built server (ear/target/wildfly-*) COPIED to /tmp/perf-wildfly (the original is never run
#      nor changed) with a pristine standalone.xml configured by the application's committed
#      ear/src/main/server/datasource-postgresql.cli and configure.cli, bde.ear in its deployments;
#   3. mvn -Pperf -pl perf compile exec:java: first start (Flyway), data generation, restart on an empty
#      index, HTTP load, database baselines, start times, RESULTS.md; the server is stopped at the end.
#
# Usage: perf/run-benchmark.sh [options of fr.bde.perf.Benchmark, e.g. --offers=20000 --workers=4]
#        perf/run-benchmark.sh --help
# Environment (defaults): PERF_JBOSS_HOME=/tmp/perf-wildfly PERF_DATA_DIR=/tmp/perf-data
#   PERF_DB_NAME=bde_perf PERF_DB_USER=bde PERF_DB_PASSWORD=bde PERF_KEEP_DB=0 PERF_LOG_DIR=/tmp/perf-logs
#   PERF_WILDFLY_SRC=<repo>/ear/target/wildfly-39.0.1.Final PERF_EAR=<repo>/ear/target/bde.ear
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
PERF_HOME=${PERF_JBOSS_HOME:-/tmp/perf-wildfly}
DATA_DIR=${PERF_DATA_DIR:-/tmp/perf-data}
LOG_DIR=${PERF_LOG_DIR:-/tmp/perf-logs}
DB_NAME=${PERF_DB_NAME:-bde_perf}
DB_USER=${PERF_DB_USER:-bde}
DB_PASSWORD=${PERF_DB_PASSWORD:-bde}
KEEP_DB=${PERF_KEEP_DB:-0}
WILDFLY_SRC=${PERF_WILDFLY_SRC:-$(ls -d "$ROOT"/ear/target/wildfly-* 2>/dev/null | head -1 || true)}
EAR=${PERF_EAR:-$ROOT/ear/target/bde.ear}
PID_FILE=$PERF_HOME/perf-server.pid

log() { printf '\n== %s\n' "$*"; }
die() { printf 'run-benchmark: %s\n' "$*" >&2; exit 1; }

mvn_benchmark() {
    local quoted="" a
    for a in "$@"; do quoted+=" \"${a//\"/\\\"}\""; done
    (cd "$ROOT" && mvn -B -ntp -Pperf -pl perf compile exec:java -Dexec.args="$quoted")
}

for a in "$@"; do
    if [[ $a == --help || $a == help ]]; then
        sed -n '2,/^set -euo/p' "$0" | grep -v '^set -euo' | sed 's/^# \{0,1\}//'
        echo
        mvn_benchmark --help | sed -n '/^Usage: Benchmark/,/^\[INFO\]/p' | grep -v '^\[INFO\]'
        exit 0
    fi
done

case $PERF_HOME in
    /|"$ROOT"*|*/ear/target*) die "PERF_JBOSS_HOME must be a scratch directory outside the repository: $PERF_HOME" ;;
esac
[[ -n $WILDFLY_SRC && -x $WILDFLY_SRC/bin/standalone.sh ]] \
    || die "no built server in $ROOT/ear/target: build the application first (mvn -DskipTests package)"
[[ -f $EAR ]] || die "no $EAR: build the application first (mvn -DskipTests package)"
[[ -f $WILDFLY_SRC/modules/org/postgresql/main/postgresql.jar ]] \
    || die "the built server has no org.postgresql module ($WILDFLY_SRC/modules/org/postgresql/main)"

# Stops a benchmark server left running from $PERF_HOME (and only such a process).
stop_perf_server() {
    [[ -f $PID_FILE ]] || return 0
    local pid
    pid=$(cat "$PID_FILE" 2>/dev/null || true)
    if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$PERF_HOME"; then
        echo "stopping the benchmark server left running (pid $pid)"
        kill "$pid"
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$PID_FILE"
}

as_postgres() {   # psql as the postgres superuser, SQL on stdin
    if [[ $(id -u) == 0 ]]; then
        su postgres -c "psql -X -q -At -v ON_ERROR_STOP=1 -d $1"
    else
        sudo -u postgres psql -X -q -At -v ON_ERROR_STOP=1 -d "$1"
    fi
}

log "PostgreSQL"
if ! pg_isready -q -h localhost -p 5432; then
    command -v pg_ctlcluster >/dev/null || die "PostgreSQL is not installed (apt-get install postgresql)"
    pg_ctlcluster 15 main start
    for _ in $(seq 1 30); do pg_isready -q -h localhost -p 5432 && break; sleep 1; done
fi
pg_isready -h localhost -p 5432
as_postgres postgres <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE "$DB_USER" LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
SQL
if [[ $KEEP_DB != 1 ]]; then
    echo "database $DB_NAME created afresh"
    as_postgres postgres <<SQL
DROP DATABASE IF EXISTS "$DB_NAME" WITH (FORCE);
CREATE DATABASE "$DB_NAME" OWNER "$DB_USER" ENCODING 'UTF8' TEMPLATE template0;
SQL
elif ! as_postgres postgres <<< "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    as_postgres postgres <<< "CREATE DATABASE \"$DB_NAME\" OWNER \"$DB_USER\" ENCODING 'UTF8' TEMPLATE template0;"
fi
as_postgres "$DB_NAME" <<< "CREATE EXTENSION IF NOT EXISTS unaccent;"

log "Server copy in $PERF_HOME (from $WILDFLY_SRC)"
stop_perf_server
rm -rf "$PERF_HOME" "$DATA_DIR"
mkdir -p "$PERF_HOME" "$LOG_DIR"
# the original may be running or being rebuilt: leave its runtime files behind, and take neither its
# standalone.xml nor its driver jar (rewritten by every build) but pristine ones, configured below
tar -C "$WILDFLY_SRC" -cf - \
    --exclude=./standalone/data --exclude=./standalone/tmp --exclude=./standalone/log \
    --exclude='./standalone/deployments/*' --exclude=./standalone/configuration/standalone_xml_history . \
    | tar -C "$PERF_HOME" -xf -
mkdir -p "$PERF_HOME/standalone/deployments"
M2_REPO=${PERF_M2_REPO:-$HOME/.m2/repository}
WILDFLY_DIR=$(basename "$WILDFLY_SRC")                       # wildfly-39.0.1.Final
WILDFLY_VERSION=${WILDFLY_DIR#wildfly-}
PG_VERSION=$(sed -n 's:.*<version.postgresql>\(.*\)</version.postgresql>.*:\1:p' "$ROOT/pom.xml")
DIST_ZIP=$M2_REPO/org/wildfly/wildfly-dist/$WILDFLY_VERSION/wildfly-dist-$WILDFLY_VERSION.zip
PG_JAR=$M2_REPO/org/postgresql/postgresql/$PG_VERSION/postgresql-$PG_VERSION.jar
[[ -f $PG_JAR ]] || (cd "$ROOT" && mvn -B -ntp -q -Pperf -pl perf dependency:resolve > /dev/null) || true
if [[ -f $PG_JAR ]]; then
    mkdir -p "$PERF_HOME/modules/org/postgresql/main"
    cp "$ROOT/ear/src/main/server/modules/org/postgresql/main/module.xml" "$PERF_HOME/modules/org/postgresql/main/"
    cp "$PG_JAR" "$PERF_HOME/modules/org/postgresql/main/postgresql.jar"
fi
# pgjdbc 42.7 calls java.lang.management.ManagementFactory on every connect
# (PGPropertyMaxResultBufferParser): without that module dependency no connection can be opened
PG_MODULE_XML=$PERF_HOME/modules/org/postgresql/main/module.xml
if ! grep -q 'name="java.management"' "$PG_MODULE_XML"; then
    echo "WORKAROUND: $PG_MODULE_XML lacks <module name=\"java.management\"/> (ear/src/main/server/modules): added in the copy"
    sed -i 's|\( *\)<module name="java.logging"/>|&\n\1<module name="java.management"/>|' "$PG_MODULE_XML"
    grep -q 'name="java.management"' "$PG_MODULE_XML" || die "could not patch $PG_MODULE_XML"
fi
cli() { JBOSS_HOME=$PERF_HOME "$PERF_HOME/bin/jboss-cli.sh" --file="$1" >> "$LOG_DIR/configure-server.log" 2>&1 \
    || { cat "$LOG_DIR/configure-server.log"; die "could not configure the server copy with $1"; }; }
: > "$LOG_DIR/configure-server.log"
if [[ -f $DIST_ZIP ]]; then
    # pristine standalone.xml from the dist, then the application's own committed scripts, as the build
    # does with -Ppostgresql (the database is chosen at start by -Dbde.db.name etc., see ServerControl)
    EXTRACT=$(mktemp -d)
    (cd "$EXTRACT" && jar xf "$DIST_ZIP" "$WILDFLY_DIR/standalone/configuration/standalone.xml")
    cp "$EXTRACT/$WILDFLY_DIR/standalone/configuration/standalone.xml" "$PERF_HOME/standalone/configuration/standalone.xml"
    rm -rf "$EXTRACT"
    cli "$ROOT/ear/src/main/server/datasource-postgresql.cli"
    cli "$ROOT/ear/src/main/server/configure.cli"
    echo "standalone.xml: pristine, then ear/src/main/server/datasource-postgresql.cli and configure.cli"
else
    # no dist in the local repository: re-point the copied (configured) standalone.xml instead
    grep -q 'BdeRealm' "$PERF_HOME/standalone/configuration/standalone.xml" \
        || die "the built server's standalone.xml is not configured (no BdeRealm) and $DIST_ZIP is missing: rebuild, retry"
    sed -e "s|@DB_URL@|jdbc:postgresql://localhost:5432/$DB_NAME|" -e "s|@DB_USER@|$DB_USER|" -e "s|@DB_PASSWORD@|$DB_PASSWORD|" \
        "$HERE/src/main/server/perf-datasource.cli" > "$PERF_HOME/perf-datasource.cli"
    cli "$PERF_HOME/perf-datasource.cli"
    echo "standalone.xml: the built one, BdeDS re-pointed by perf/src/main/server/perf-datasource.cli"
fi
grep -q 'jdbc:postgresql://' "$PERF_HOME/standalone/configuration/standalone.xml" \
    || die "BdeDS of the copy is not on PostgreSQL (see $LOG_DIR/configure-server.log)"
grep -q 'BdeRealm' "$PERF_HOME/standalone/configuration/standalone.xml" \
    || die "the copy's standalone.xml lacks the application's configuration (see $LOG_DIR/configure-server.log)"
cp "$EAR" "$PERF_HOME/bde.ear.tmp"   # the build may be rewriting it: check the copy is a whole archive
jar tf "$PERF_HOME/bde.ear.tmp" > /dev/null 2>&1 || die "$EAR is not a readable archive (being rebuilt?): retry"
mv "$PERF_HOME/bde.ear.tmp" "$PERF_HOME/standalone/deployments/bde.ear"
echo "bde.ear deployed; the benchmark starts the server on 127.0.0.1:8180 against $DB_NAME"

trap stop_perf_server EXIT

log "Benchmark (mvn -Pperf -pl perf exec:java)"
mvn_benchmark --jboss-home="$PERF_HOME" --data-dir="$DATA_DIR" --log-dir="$LOG_DIR" \
    --jdbc-url="jdbc:postgresql://localhost:5432/$DB_NAME" --db-user="$DB_USER" --db-password="$DB_PASSWORD" "$@"
