#!/usr/bin/env bash
# Assemble what compat_tests/streams needs under .peers/streams/ (git-ignored), from Maven
# Central through Maven only (downloads are cached in ~/.m2):
#
#   compat_tests/streams/install.sh     # idempotent: does nothing when the pinned jars are there
#
# Produces:
#   .peers/streams/libs/     the runtime closure of pom.xml: kafka-streams-examples (WordCountDemo),
#                            kafka-streams, kafka-clients, rocksdbjni, the log4j SLF4J binding
#   .peers/streams/version   the Kafka version copied
#
# Environment: STREAMD_STREAMS_DIR (default .peers/streams, as in test_wordcount.py). Needs
# Java 17+ and Maven 3.8+.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/compat_tests/streams"
PEER="${STREAMD_STREAMS_DIR:-$ROOT/.peers/streams}"
KV="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")"

if [ "$(cat "$PEER/version" 2>/dev/null)" = "$KV" ] && [ -f "$PEER/libs/kafka-streams-examples-$KV.jar" ]; then
  echo "kafka-streams-examples $KV already in $PEER/libs" >&2
  exit 0
fi
for tool in java mvn; do
  command -v "$tool" >/dev/null 2>&1 || { echo "compat_tests/streams/install.sh: $tool is not on PATH (Java 17+, Maven 3.8+)" >&2; exit 1; }
done
started=$(date +%s)
mkdir -p "$PEER"
rm -rf "$PEER/libs.tmp" "$PEER/version"
mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$PEER/libs.tmp" >&2
rm -rf "$PEER/libs"
mv "$PEER/libs.tmp" "$PEER/libs"
echo "$KV" > "$PEER/version"
echo "kafka-streams-examples $KV ($(ls "$PEER/libs" | wc -l) jars) copied into $PEER/libs in $(( $(date +%s) - started )) s" >&2
