#!/usr/bin/env bash
# Install what compat_tests/flink needs, from PyPI and Maven Central only:
#
#   compat_tests/flink/install.sh     # idempotent: does nothing when the pinned install is there
#
# Produces, under .peers/flink/ (git-ignored):
#   venv/                                   a virtualenv holding apache-flink==$FLINK_VERSION
#                                           (PyFlink and the Flink runtime jars it bundles; kept
#                                           apart from the main environment, it pins its own
#                                           py4j, pyarrow, pandas, ...)
#   flink-sql-connector-kafka-$CONNECTOR.jar  the Kafka SQL connector uber jar (kafka-clients
#                                           shaded inside), from `mvn dependency:copy`
#   version                                 "<apache-flink version> <connector version>"
#
# The pins are FLINK_VERSION and CONNECTOR_VERSION in test_flink.py (docs COMPAT-TESTING.md §5).
# Environment: STREAMD_FLINK_DIR (default .peers/flink, as in test_flink.py). Needs Python
# 3.9-3.12, Java 17 and Maven 3.8+.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/compat_tests/flink"
FLINK_VERSION="$(sed -n 's/^FLINK_VERSION = "\(.*\)"$/\1/p' "$HERE/test_flink.py")"
CONNECTOR_VERSION="$(sed -n 's/^CONNECTOR_VERSION = "\(.*\)"$/\1/p' "$HERE/test_flink.py")"
[ -n "$FLINK_VERSION" ] && [ -n "$CONNECTOR_VERSION" ] \
  || { echo "compat_tests/flink/install.sh: no FLINK_VERSION/CONNECTOR_VERSION lines in test_flink.py" >&2; exit 1; }
PEER="${STREAMD_FLINK_DIR:-$ROOT/.peers/flink}"
JAR="$PEER/flink-sql-connector-kafka-$CONNECTOR_VERSION.jar"
STAMP="$FLINK_VERSION $CONNECTOR_VERSION"

if [ "$(cat "$PEER/version" 2>/dev/null)" = "$STAMP" ] && [ -x "$PEER/venv/bin/python" ] && [ -f "$JAR" ]; then
  echo "apache-flink $FLINK_VERSION and flink-sql-connector-kafka $CONNECTOR_VERSION already installed ($PEER)" >&2
  exit 0
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compat_tests/flink/install.sh: $tool is not on PATH (Java 17+, Maven 3.8+)" >&2; exit 1; }
done

started=$(date +%s)
mkdir -p "$PEER"
rm -f "$PEER/version"
if [ ! -x "$PEER/venv/bin/python" ]; then
  python3 -m venv "$PEER/venv"
fi
"$PEER/venv/bin/python" -m pip install -q --disable-pip-version-check "apache-flink==$FLINK_VERSION"
pip_done=$(date +%s)
mvn -q -B -Dstyle.color=never dependency:copy \
    -Dartifact="org.apache.flink:flink-sql-connector-kafka:$CONNECTOR_VERSION" -DoutputDirectory="$PEER" >&2
echo "$STAMP" > "$PEER/version"
echo "installed apache-flink $FLINK_VERSION ($(( pip_done - started )) s) and flink-sql-connector-kafka $CONNECTOR_VERSION ($(( $(date +%s) - pip_done )) s) into $PEER" >&2
