#!/usr/bin/env bash
# Install what compat_tests/spark needs, from PyPI and Maven Central only:
#
#   compat_tests/spark/install.sh     # idempotent: does nothing when the pinned install is there
#
# Produces, under .peers/spark/ (git-ignored):
#   venv/      a virtualenv holding pyspark==$PYSPARK_VERSION (and its py4j), kept apart from the
#              main environment: pyspark is ~450 MB and pins its own py4j
#   version    "<pyspark version> <connector coordinate> <sha256 of pom.xml>": what was installed
# and, in ~/.m2/repository (Maven's cache), org.apache.spark:spark-sql-kafka-0-10_2.13 with its
# runtime closure (kafka-clients, commons-pool2, spark-token-provider-kafka, ...). Spark's
# `spark.jars.packages` resolves through Ivy, whose resolver chain starts at ~/.m2, so the job
# then resolves the connector without any download of its own (docs COMPAT-TESTING.md §4).
#
# The pin is PYSPARK_VERSION in test_spark.py; the connector (pom.xml) gets the same version. Environment:
# STREAMD_SPARK_DIR (default .peers/spark, as in test_spark.py). Needs Python 3.10+, Java 17
# and Maven 3.8+.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/compat_tests/spark"
PYSPARK_VERSION="$(sed -n 's/^PYSPARK_VERSION = "\(.*\)"$/\1/p' "$HERE/test_spark.py")"
[ -n "$PYSPARK_VERSION" ] || { echo "compat_tests/spark/install.sh: no PYSPARK_VERSION line in test_spark.py" >&2; exit 1; }
CONNECTOR="org.apache.spark:spark-sql-kafka-0-10_2.13:$PYSPARK_VERSION"
PEER="${STREAMD_SPARK_DIR:-$ROOT/.peers/spark}"
STAMP="$PYSPARK_VERSION $CONNECTOR $(sha256sum "$HERE/pom.xml" | cut -d' ' -f1)"
command -v java >/dev/null 2>&1 || { echo "compat_tests/spark/install.sh: java is not on PATH (Java 17+)" >&2; exit 1; }
# Maven and Ivy both find ~/.m2 through Java's user.home (the passwd home), not $HOME.
USER_HOME="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *user.home = //p')"
M2="${USER_HOME:-$HOME}/.m2/repository/org/apache/spark/spark-sql-kafka-0-10_2.13/$PYSPARK_VERSION"

if [ "$(cat "$PEER/version" 2>/dev/null)" = "$STAMP" ] && [ -x "$PEER/venv/bin/python" ] \
    && [ -f "$M2/spark-sql-kafka-0-10_2.13-$PYSPARK_VERSION.jar" ]; then
  echo "pyspark $PYSPARK_VERSION and $CONNECTOR already installed ($PEER)" >&2
  exit 0
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compat_tests/spark/install.sh: $tool is not on PATH (Java 17+, Maven 3.8+)" >&2; exit 1; }
done

started=$(date +%s)
mkdir -p "$PEER"
rm -f "$PEER/version"
if [ ! -x "$PEER/venv/bin/python" ]; then
  python3 -m venv "$PEER/venv"
fi
"$PEER/venv/bin/python" -m pip install -q --disable-pip-version-check "pyspark==$PYSPARK_VERSION"
pip_done=$(date +%s)
# Resolves the connector's runtime closure (and the parent POMs Ivy reads) into ~/.m2. Not
# `dependency:get -Dtransitive`: plugin 2.8's get also wants test-scoped artifacts
# (spark-token-provider-kafka's tests jar), which Ivy never asks for.
mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" -Dspark.version="$PYSPARK_VERSION" \
    dependency:resolve -DincludeScope=runtime >&2
echo "$STAMP" > "$PEER/version"
echo "installed pyspark $PYSPARK_VERSION ($(( pip_done - started )) s) and $CONNECTOR ($(( $(date +%s) - pip_done )) s) into $PEER and ~/.m2" >&2
