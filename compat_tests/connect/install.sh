#!/usr/bin/env bash
# Assemble what compat_tests/connect needs, from Maven Central (through Maven only; downloads
# are cached in ~/.m2) and Debian's packages:
#
#   compat_tests/connect/install.sh     # idempotent: does nothing when the pinned jars are there
#
# Produces, under .peers/connect/ (git-ignored):
#   libs/       the worker's classpath: the runtime closure of pom.xml (connect-runtime,
#               connect-file, connect-json, the log4j SLF4J binding)
#   plugins/debezium-postgres/   Debezium's PostgreSQL source as one plugin (plugin.path is
#               plugins/): the closure of `pom.xml -Pdebezium` minus the jars already in libs/
#               (debezium-*, the PostgreSQL JDBC driver, protobuf ...), loaded in isolation by
#               Connect's plugin class loader
#   version     "<kafka version> <debezium version>": what was copied
# and, when /usr/lib/postgresql/*/bin/initdb is missing, Debian's `postgresql` package (the
# tests run their own server in a temp data dir as the postgres user; the package's own
# cluster service is not needed). Environment: STREAMD_CONNECT_DIR (default .peers/connect,
# as in compat_tests/connect/common.py). Needs Java 17+, Maven 3.8+ and apt-get (as root or
# with sudo) for PostgreSQL.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/compat_tests/connect"
PEER="${STREAMD_CONNECT_DIR:-$ROOT/.peers/connect}"
KV="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")"
DV="$(sed -n 's:.*<debezium.version>\(.*\)</debezium.version>.*:\1:p' "$HERE/pom.xml")"
STAMP="$KV $DV"

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  echo "installing Debian's postgresql" >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

if [ "$(cat "$PEER/version" 2>/dev/null)" = "$STAMP" ] && [ -f "$PEER/libs/connect-runtime-$KV.jar" ] \
    && [ -f "$PEER/plugins/debezium-postgres/debezium-connector-postgres-$DV.jar" ]; then
  echo "connect $KV and debezium $DV already in $PEER" >&2
  exit 0
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compat_tests/connect/install.sh: $tool is not on PATH (Java 17+, Maven 3.8+)" >&2; exit 1; }
done
started=$(date +%s)
mkdir -p "$PEER"
rm -rf "$PEER/libs.tmp" "$PEER/all.tmp" "$PEER/debezium.tmp" "$PEER/version"
mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PEER/libs.tmp" >&2
mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" -Pdebezium dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PEER/all.tmp" >&2
mkdir -p "$PEER/debezium.tmp"
for jar in "$PEER/all.tmp"/*.jar; do
  [ -f "$PEER/libs.tmp/$(basename "$jar")" ] || mv "$jar" "$PEER/debezium.tmp/"
done
rm -rf "$PEER/all.tmp" "$PEER/libs" "$PEER/plugins" "$PEER/debezium"
mv "$PEER/libs.tmp" "$PEER/libs"
mkdir -p "$PEER/plugins"
mv "$PEER/debezium.tmp" "$PEER/plugins/debezium-postgres"
echo "$STAMP" > "$PEER/version"
echo "connect $KV ($(ls "$PEER/libs" | wc -l) jars) and debezium $DV ($(ls "$PEER/plugins/debezium-postgres" | wc -l) jars) copied into $PEER in $(( $(date +%s) - started )) s" >&2
