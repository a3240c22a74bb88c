#!/usr/bin/env bash
# Apache Kafka 4.x from Maven Central jars: one KRaft node (broker+controller) on 127.0.0.1.
# See docs COMPAT-TESTING.md §2. Needs Java 17+ and Maven 3.8+.
#
#   scripts/peers/kafka.sh install            # mvn copy-dependencies into .peers/kafka/libs;
#                                             # skipped when the pinned version's jars are there
#   scripts/peers/kafka.sh start PORT [DIR]   # format DIR/data, start in the background, wait
#                                             # until the broker answers ApiVersions, print PID
#   scripts/peers/kafka.sh stop [DIR]         # SIGTERM the PID in DIR/kafka.pid (every
#                                             # .peers/kafka/run-*/ when DIR is omitted), wait
#   scripts/peers/kafka.sh version            # the pinned Kafka version
#
# DIR defaults to .peers/kafka/run-PORT and holds server.properties, data/, kafka.log and
# kafka.pid. The controller listens on a free loopback port (CONTROLLER_PORT to choose it).
# Environment: KAFKA_VERSION (default: kafka.version in kafka/pom.xml; a different version
# replaces the jars in libs), KAFKA_PEER_DIR (default .peers/kafka), KAFKA_HEAP (default 1g),
# KAFKA_CPUS (taskset CPU list for the broker, default 1 on machines with 2+ cores; "" for none).
#
# Example:
#   scripts/peers/kafka.sh install && scripts/peers/kafka.sh start 29092
#   ... use bootstrap 127.0.0.1:29092 ...
#   scripts/peers/kafka.sh stop
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/scripts/peers/kafka"
PEER="${KAFKA_PEER_DIR:-$ROOT/.peers/kafka}"
LIBS="$PEER/libs"
KV="${KAFKA_VERSION:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$HERE/pom.xml")}"

# A free loopback port other than $1.
free_port() {
  python3 -c 'import socket, sys
socks = []
while True:
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s)
    if s.getsockname()[1] != int(sys.argv[1]): print(s.getsockname()[1]); break' "$1"
}

# True once the broker answers an ApiVersions v0 request (the port alone opens before the
# broker processes requests).
answers() {
  local reply
  reply=$(timeout 2 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "\x00\x00\x00\x0a\x00\x12\x00\x00\x00\x00\x00\x07\xff\xff" >&3
    head -c 8 <&3 | od -An -tx1' 2>/dev/null) || return 1
  # size (4 bytes), then correlation id 7
  [[ "$(echo $reply)" == *"00 00 00 07" ]]
}

case "${1:-}" in
  version)
    echo "$KV"
    ;;
  install)
    if [ -f "$LIBS/kafka_2.13-$KV.jar" ] && [ -f "$LIBS/kafka-tools-$KV.jar" ]; then
      echo "kafka $KV already in $LIBS" >&2
      exit 0
    fi
    started=$(date +%s)
    rm -rf "$LIBS.tmp"
    mvn -q -B -Dstyle.color=never -f "$HERE/pom.xml" -Dkafka.version="$KV" dependency:copy-dependencies \
        -DincludeScope=runtime -DoutputDirectory="$LIBS.tmp" >&2
    rm -rf "$LIBS"
    mv "$LIBS.tmp" "$LIBS"
    echo "kafka $KV installed in $LIBS ($(ls "$LIBS" | wc -l) jars, $(( $(date +%s) - started )) s)" >&2
    ;;
  start)
    PORT="${2:?usage: $0 start PORT [DIR]}"
    DIR="${3:-$PEER/run-$PORT}"
    [ -f "$LIBS/kafka_2.13-$KV.jar" ] || { echo "kafka $KV is not installed; run: $0 install" >&2; exit 1; }
    CONTROLLER="${CONTROLLER_PORT:-$(free_port "$PORT")}"
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    # A SIGKILLed broker can linger as a zombie, which kill -0 still finds: only a live one counts.
    if [ -f "$DIR/kafka.pid" ] && kill -0 "$(cat "$DIR/kafka.pid")" 2>/dev/null \
        && [ "$(awk '{print $3}' "/proc/$(cat "$DIR/kafka.pid")/stat" 2>/dev/null)" != "Z" ]; then
      echo "kafka already running in $DIR (pid $(cat "$DIR/kafka.pid"))" >&2; exit 1
    fi
    sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER|g" -e "s|@LOG_DIRS@|$DIR/data|g" \
        "$HERE/server.properties.template" > "$DIR/server.properties"
    CP="$LIBS/*"
    # kafka-server-start.sh's heap and GC defaults
    J=(-Xms"${KAFKA_HEAP:-1g}" -Xmx"${KAFKA_HEAP:-1g}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20
       -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true
       -Dlog4j2.configurationFile="$HERE/log4j2.properties")
    # Restarting on a formatted data dir keeps its cluster id (Kafka refuses a different one).
    CID=$(sed -n 's/^cluster.id=//p' "$DIR/data/meta.properties" 2>/dev/null || true)
    [ -n "$CID" ] || CID=$(java -cp "$CP" kafka.tools.StorageTool random-uuid)
    java "${J[@]}" -cp "$CP" kafka.tools.StorageTool format -t "$CID" -c "$DIR/server.properties" \
        --ignore-formatted > "$DIR/format.log" 2>&1 \
      || { cat "$DIR/format.log" >&2; exit 1; }
    PIN=()
    CPUS="${KAFKA_CPUS-1}"
    if [ -n "$CPUS" ] && command -v taskset >/dev/null && [ "$(nproc --all)" -gt 1 ]; then PIN=(taskset -c "$CPUS"); fi
    # setsid: the broker outlives this script and ignores the caller's Ctrl-C
    setsid "${PIN[@]}" java "${J[@]}" -cp "$CP" kafka.Kafka "$DIR/server.properties" \
        > "$DIR/kafka.log" 2>&1 < /dev/null &
    PID=$!
    echo "$PID" > "$DIR/kafka.pid"
    for _ in $(seq 1 240); do
      if answers "$PORT"; then echo "$PID"; exit 0; fi
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.25
    done
    echo "kafka did not start; see $DIR/kafka.log" >&2
    kill "$PID" 2>/dev/null || true
    tail -20 "$DIR/kafka.log" >&2
    exit 1
    ;;
  stop)
    DIR="${2:-}"
    shopt -s nullglob
    if [ -n "$DIR" ]; then pidfiles=("$DIR/kafka.pid"); else pidfiles=("$PEER"/run-*/kafka.pid); fi
    for pidfile in "${pidfiles[@]}"; do
      [ -f "$pidfile" ] || continue
      PID="$(cat "$pidfile")"
      if kill "$PID" 2>/dev/null; then
        for _ in $(seq 1 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.25; done
        if kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null || true; fi
        echo "stopped kafka $PID" >&2
      fi
      rm -f "$pidfile"
    done
    ;;
  *)
    echo "usage: $0 install | start PORT [DIR] | stop [DIR] | version" >&2
    exit 2
    ;;
esac
