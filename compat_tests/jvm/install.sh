#!/usr/bin/env bash
# Assemble what compat_tests/jvm needs under .peers/jvm/ (git-ignored), from Maven Central
# through Maven only (downloads are cached in ~/.m2):
#
#   compat_tests/jvm/install.sh     # idempotent: does nothing when the pinned build is there
#
# Produces:
#   .peers/jvm/libs/      the runtime closure of pom.xml: kafka-clients, kafka-tools, kafka_2.13
#                         (for kafka.admin.ConfigCommand), the log4j SLF4J binding
#   .peers/jvm/classes/   compat_tests/jvm/src/**/*.java compiled with javac (JvmCheck)
#   .peers/jvm/version    "<kafka version> <sha256 of the sources>": what was built
#
# The jars are copied again only when the pinned kafka-clients/kafka-tools jars are missing;
# the program is compiled again only when its sources changed. Environment: STREAMD_JVM_DIR
# (default .peers/jvm, as in compat_tests/jvm/common.py). Needs Java 17+ and Maven 3.8+.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/compat_tests/jvm"
PEER="${STREAMD_JVM_DIR:-$ROOT/.peers/jvm}"
LIBS="$PEER/libs"
KV="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")"

for tool in java javac mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compat_tests/jvm/install.sh: $tool is not on PATH (Java 17+, Maven 3.8+)" >&2; exit 1; }
done

started=$(date +%s)
mkdir -p "$PEER"
if [ -f "$LIBS/kafka-clients-$KV.jar" ] && [ -f "$LIBS/kafka-tools-$KV.jar" ] \
    && [ -f "$LIBS/kafka_2.13-$KV.jar" ] && ls "$LIBS"/log4j-slf4j2-impl-*.jar >/dev/null 2>&1; then
  echo "kafka $KV jars already in $LIBS" >&2
else
  rm -rf "$LIBS.tmp"
  mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$LIBS.tmp" >&2
  rm -rf "$LIBS"
  mv "$LIBS.tmp" "$LIBS"
  echo "kafka $KV jars copied into $LIBS ($(ls "$LIBS" | wc -l) jars)" >&2
fi

mapfile -t SOURCES < <(cd "$HERE" && find src -name '*.java' | sort)
STAMP="$KV $(cd "$HERE" && cat "${SOURCES[@]}" | sha256sum | cut -d' ' -f1)"
if [ -d "$PEER/classes" ] && [ "$(cat "$PEER/version" 2>/dev/null)" = "$STAMP" ]; then
  echo "JvmCheck already compiled in $PEER/classes" >&2
  exit 0
fi
rm -rf "$PEER/classes.tmp" "$PEER/version"
mkdir -p "$PEER/classes.tmp"
(cd "$HERE" && javac -nowarn -encoding UTF-8 --release 17 -cp "$LIBS/*" -d "$PEER/classes.tmp" "${SOURCES[@]}")
rm -rf "$PEER/classes"
mv "$PEER/classes.tmp" "$PEER/classes"
echo "$STAMP" > "$PEER/version"
echo "compiled JvmCheck into $PEER/classes in $(( $(date +%s) - started )) s" >&2
