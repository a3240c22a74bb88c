#!/usr/bin/env bash
# Apache Kafka 4.x from Maven Central jars, single KRaft node on loopback (COMPAT-TESTING.md §2).
#   scripts/peers/kafka.sh install            # copy jars into .peers/kafka/libs (cached in ~/.m2)
#   scripts/peers/kafka.sh start PORT [DIR]   # format and start; prints the PID
#   scripts/peers/kafka.sh stop [DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PEER="$ROOT/.peers/kafka"
HERE="$ROOT/scripts/peers/kafka"

case "${1:-}" in
  install)
    if ! ls "$PEER/libs"/kafka_2.13-*.jar >/dev/null 2>&1; then
      mvn -q -f "$HERE/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$PEER/libs"
    fi
    ;;
  start)
    PORT="$2"; DIR="${3:-$PEER/run-$PORT}"
    CONTROLLER=$((PORT + 1))
    mkdir -p "$DIR"
    cat > "$DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DIR/data
num.partitions=4
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    CP="$PEER/libs/*"
    J="-Xms1g -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true -Dlog4j2.configurationFile=$HERE/log4j2.properties"
    CID=$(java -cp "$CP" kafka.tools.StorageTool random-uuid)
    java $J -cp "$CP" kafka.tools.StorageTool format -t "$CID" -c "$DIR/server.properties" --ignore-formatted >/dev/null
    PIN=""; if command -v taskset >/dev/null && [ "$(nproc)" -gt 1 ]; then PIN="taskset -c 1"; fi
    $PIN java $J -cp "$CP" kafka.Kafka "$DIR/server.properties" > "$DIR/kafka.log" 2>&1 &
    echo $! > "$DIR/kafka.pid"
    for _ in $(seq 1 120); do
      if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then echo "$(cat "$DIR/kafka.pid")"; exit 0; fi
      sleep 0.5
    done
    echo "kafka did not start; see $DIR/kafka.log" >&2; exit 1
    ;;
  stop)
    DIR="${2:-}"
    for pidfile in ${DIR:+$DIR/kafka.pid} ${DIR:-$PEER/run-*/kafka.pid}; do
      [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    done
    ;;
  *) echo "usage: $0 install | start PORT [DIR] | stop [DIR]" >&2; exit 2 ;;
esac
