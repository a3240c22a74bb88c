#!/usr/bin/env python3
"""Rebalance-time benchmark: a three-member consumer group on streamd and on Apache Kafka, side by side.

Usage::

    python scripts/bench_rebalance.py                                  # streamd + a fresh Kafka, 5 runs
    python scripts/bench_rebalance.py --kafka 127.0.0.1:29092          # use a running Kafka instead
    python scripts/bench_rebalance.py --clients confluent-kafka,kafka-python --runs 3
    python scripts/bench_rebalance.py --brokers kafka --kafka 127.0.0.1:29092 --runs 1   # smoke test

Brokers. ``streamd``: ``python -m streamd serve --listen 127.0.0.1:0 --storage file://TMPDIR
--set group.initial.rebalance.delay.ms=0``, started by this script, its address taken from the
``streamd ready on HOST:PORT`` line. ``kafka``: ``scripts/peers/kafka.sh start PORT DIR`` on a
free port (stopped with ``kafka.sh stop DIR`` at the end; its template also sets
``group.initial.rebalance.delay.ms=0``), or the broker given by ``--kafka HOST:PORT``. Each broker
is started once; every run uses a new 6-partition topic and a new group. Runs interleave the
brokers so that drift on a shared machine hits both alike.

Members. Each member is a subprocess running ``compat_tests/groups/member.py`` (the consumer the
compat suite uses), so that a crash is a real SIGKILL: classic protocol, the ``--assignor``
(default range, an eager assignor), ``session.timeout.ms=--session-ms`` (default 6000),
``heartbeat.interval.ms=1000``, manual commits. Members timestamp their rebalance callbacks with
``time.monotonic()``, one clock for every process on the machine. The topic is idle: what is
measured is group coordination, not fetching.

One run (per broker and client):

1. start m1, m2, m3 and wait until they share the partitions;
2. **leave**: SIGTERM m1, which stops polling and calls ``close()`` (a LeaveGroup). Time from the
   moment m1 calls ``close()`` until the remaining members' assignments cover every partition
   again, i.e. the last ``on_assign`` among them (with an eager assignor every survivor gets one);
3. **join**: start m4. Time from m4's process reporting it is up (before it creates its
   consumer, so client start-up is included) until all three own partitions again;
4. **crash**: SIGKILL m2. ``crash total``: from the kill until the survivors' last ``on_assign``;
   it includes the wait for the session timeout. ``crash detected``: from the kill until the
   first rebalance callback among the survivors (``on_revoke``, with an eager assignor): the
   broker expired m2's session and a survivor's next heartbeat (every 1000 ms) learned of the
   rebalance. ``crash after detection``: from that callback to the last ``on_assign``, the
   JoinGroup/SyncGroup round proper. (DescribeGroups polling cannot time the detection: members
   that joined together heartbeat in phase, so the survivors often learn within milliseconds of
   the expiry and Kafka 4.2 finishes the whole rebalance in a few ms, between two polls.)

Reported per (broker, client, metric): median, min and max over ``--runs`` (default 5) in
seconds, and the streamd/Kafka ratio of the medians; a markdown table on stdout, JSON in
``--out`` (default bench-results/rebalance.json). A failed run is reported and the others
continue.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts" / "peers"))

import peers  # noqa: E402

from compat_tests.groups.common import Group, create_topic  # noqa: E402

METRICS = ("leave", "join", "crash total", "crash detected", "crash after detection")
READY_LINE = re.compile(r"streamd ready on (\S+):(\d+)")
STABLE_TIMEOUT_S = 60.0


# --------------------------------------------------------------------------- brokers


@dataclass
class RunningBroker:
    name: str
    bootstrap: str
    version: str
    stop_command: list[str] = field(default_factory=list)
    process: subprocess.Popen[str] | None = None
    workdir: Path | None = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.stop_command:
            subprocess.run(self.stop_command, check=False, capture_output=True)
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)


def start_streamd(log_level: str) -> RunningBroker:
    workdir = Path(tempfile.mkdtemp(prefix="bench-rebalance-streamd-"))
    command = [sys.executable, "-m", "streamd", "serve", "--listen", "127.0.0.1:0",
               "--storage", f"file://{workdir / 'data'}", "--log-level", log_level,
               "--set", "group.initial.rebalance.delay.ms=0"]
    log = open(workdir / "streamd.log", "w")  # noqa: SIM115 - the child keeps its own copy
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, cwd=ROOT,
                               start_new_session=True)
    log.close()
    broker = RunningBroker("streamd", "", peers._streamd_version(), process=process, workdir=workdir)
    ready: list[str] = []

    def read_stdout() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            match = READY_LINE.search(line)
            if match and not ready:
                ready.append(f"{match.group(1)}:{match.group(2)}")
        # keep draining so a chatty broker never blocks on a full pipe

    threading.Thread(target=read_stdout, daemon=True, name="streamd-stdout").start()
    deadline = time.monotonic() + 30
    while not ready and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    if not ready:
        tail = (workdir / "streamd.log").read_text(errors="replace")[-2000:]
        broker.stop()
        raise RuntimeError(f"streamd did not print its ready line:\n{tail}")
    broker.bootstrap = ready[0]
    return broker


def start_kafka(external: str | None) -> RunningBroker:
    version = peers.kafka_version()
    if external:
        return RunningBroker("kafka", external, f"{version} (external)")
    port = peers.free_port()
    workdir = Path(tempfile.mkdtemp(prefix="bench-rebalance-kafka-"))
    script = str(ROOT / "scripts" / "peers" / "kafka.sh")
    started = subprocess.run([script, "start", str(port), str(workdir)], capture_output=True, text=True,
                             check=False, timeout=180)
    broker = RunningBroker("kafka", f"127.0.0.1:{port}", version, stop_command=[script, "stop", str(workdir)],
                           workdir=workdir)
    if started.returncode != 0:
        broker.stop()
        raise RuntimeError(f"kafka.sh start failed:\n{started.stderr[-2000:]}")
    return broker


# --------------------------------------------------------------------------- one run


def describe(admin: Any, group: str) -> tuple[str, int]:
    description = admin.describe_consumer_groups([group], request_timeout=5)[group].result(10)
    return description.state.name, len(description.members)


def wait_described(admin: Any, group: str, want: tuple[str, int], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while (seen := describe(admin, group)) != want:
        if time.monotonic() > deadline:
            raise RuntimeError(f"group described as {seen}, not {want}, after {timeout} s")
        time.sleep(0.05)


def last_assign(group: Group, names: list[str], since: float) -> float:
    with group.lock:
        times = [e["t"] for name in names for e in group.members[name].events if e["e"] == "assign" and e["t"] >= since]
    if not times:
        raise RuntimeError(f"no on_assign among {names} after the change")
    return max(times)


def first_callback(group: Group, names: list[str], since: float) -> float:
    """The first rebalance callback (on_revoke, with an eager assignor) among ``names`` after ``since``."""
    with group.lock:
        times = [e["t"] for name in names for e in group.members[name].rebalance_events_since(since)]
    if not times:
        raise RuntimeError(f"no rebalance callback among {names} after the change")
    return min(times)


def event_time(group: Group, name: str, kind: str) -> float:
    with group.lock:
        times = [e["t"] for e in group.members[name].events if e["e"] == kind]
    if not times:
        raise RuntimeError(f"{name} reported no {kind} event")
    return times[-1]


def one_run(broker: RunningBroker, client: str, args: argparse.Namespace, workdir: Path) -> dict[str, float]:
    from confluent_kafka.admin import AdminClient

    tag = uuid.uuid4().hex[:8]
    topic, group_id = f"bench-rebalance-{tag}", f"bench-rebalance-{client}-{tag}"
    create_topic(broker.bootstrap, topic, 6)
    admin = AdminClient({"bootstrap.servers": broker.bootstrap})
    group = Group(client, broker.bootstrap, topic, group_id, workdir, 0, assignor=args.assignor)
    out: dict[str, float] = {}
    try:
        names = ["m1", "m2", "m3"]
        group.start_first_members(names, dict.fromkeys(names, args.session_ms))  # one by one for kafka-python
        group.wait_stable(STABLE_TIMEOUT_S, "three members share the partitions")
        wait_described(admin, group_id, ("STABLE", 3))

        group.stop("m1")
        group.wait_stable(STABLE_TIMEOUT_S, "m1 left")
        group.wait_closed("m1")
        closing = event_time(group, "m1", "revoke")  # written just before m1 calls close()
        out["leave"] = last_assign(group, ["m2", "m3"], closing) - closing
        wait_described(admin, group_id, ("STABLE", 2))

        group.start_member("m4", session_ms=args.session_ms)
        group.wait_stable(STABLE_TIMEOUT_S, "m4 joined")
        up = event_time(group, "m4", "started")
        out["join"] = last_assign(group, ["m2", "m3", "m4"], up) - up
        wait_described(admin, group_id, ("STABLE", 3))

        killed = group.kill("m2")
        group.wait_stable(args.session_ms / 1000 + STABLE_TIMEOUT_S, "m2's partitions reassigned")
        done = last_assign(group, ["m3", "m4"], killed)
        noticed = first_callback(group, ["m3", "m4"], killed)
        out["crash total"] = done - killed
        out["crash detected"] = noticed - killed
        out["crash after detection"] = done - noticed
        for name in ("m3", "m4"):
            group.stop(name)
        for name in ("m3", "m4"):
            group.wait_closed(name)
        problems = group.violations + group.overlapping_ownership()
        if problems:
            raise RuntimeError(f"group inconsistent: {problems[:3]}")
    finally:
        group.shutdown()
    return out


# --------------------------------------------------------------------------- report


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def environment(versions: dict[str, str]) -> dict[str, Any]:
    import confluent_kafka
    import kafka

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
        "confluent_kafka": confluent_kafka.version()[0], "librdkafka": confluent_kafka.libversion()[0],
        "kafka_python": kafka.__version__, "broker_versions": versions,
    }


def print_report(result: dict[str, Any]) -> None:
    cfg, env = result["config"], result["environment"]
    print(f"## bench_rebalance: three-member group, {cfg['assignor']} assignor, session.timeout.ms="
          f"{cfg['session_ms']}, {cfg['runs']} run(s), seconds, median (min-max)\n")
    versions = ", ".join(f"{k} {v}" for k, v in env["broker_versions"].items() if v)
    print(f"{env['cpu']}, {env['cores']} cores; librdkafka {env['librdkafka']}, kafka-python "
          f"{env['kafka_python']}; {versions}\n")
    brokers = cfg["brokers"]
    rows = {(r["broker"], r["client"], r["metric"]): r for r in result["rows"]}
    ratio = len(brokers) == 2 and set(brokers) == {"streamd", "kafka"}
    header = ["client", "metric", *brokers] + (["streamd/kafka"] if ratio else [])
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for client in cfg["clients"]:
        for metric in METRICS:
            cells = [client, metric]
            for broker in brokers:
                row = rows.get((broker, client, metric))
                cells.append(f"{row['seconds']['median']:.2f} ({row['seconds']['min']:.2f}-"
                             f"{row['seconds']['max']:.2f}) n={row['runs']}" if row else "n/a")
            if ratio:
                a, b = rows.get(("streamd", client, metric)), rows.get(("kafka", client, metric))
                cells.append(f"{a['seconds']['median'] / b['seconds']['median']:.2f}x"
                             if a and b and b["seconds"]["median"] else "n/a")
            print("| " + " | ".join(cells) + " |")
    if result["failures"]:
        print("\nFailures:\n")
        for failure in result["failures"]:
            print(f"- {failure['broker']} {failure['client']} run {failure['run']}: {failure['error'][:300]}")


@contextlib.contextmanager
def brokers_running(names: list[str], args: argparse.Namespace,
                    failures: list[dict[str, Any]]) -> Iterator[dict[str, RunningBroker]]:
    running: dict[str, RunningBroker] = {}
    try:
        for name in names:
            try:
                running[name] = start_streamd(args.log_level) if name == "streamd" else start_kafka(args.kafka)
                print(f"{name} {running[name].version} on {running[name].bootstrap}", file=sys.stderr, flush=True)
            except Exception as exc:  # noqa: BLE001 - reported; the other broker still runs
                failures.append({"broker": name, "client": "", "run": 0, "error": f"start: {exc}"})
                print(f"{name} did not start: {exc}", file=sys.stderr, flush=True)
        yield running
    finally:
        for broker in running.values():
            broker.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--brokers", default="streamd,kafka", help="comma-separated: streamd, kafka")
    parser.add_argument("--clients", default="confluent-kafka",
                        help="comma-separated: confluent-kafka, kafka-python")
    parser.add_argument("--kafka", default=None, metavar="HOST:PORT",
                        help="use this running Kafka instead of starting one with scripts/peers/kafka.sh")
    parser.add_argument("--assignor", default="range", choices=["range", "roundrobin", "cooperative-sticky"])
    parser.add_argument("--session-ms", type=int, default=6000)
    parser.add_argument("--log-level", default="warning", help="streamd --log-level")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "rebalance.json")
    args = parser.parse_args()
    names = [n.strip() for n in args.brokers.split(",") if n.strip()]
    clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    for name in names:
        if name not in ("streamd", "kafka"):
            parser.error(f"unknown broker {name!r}")
    for client in clients:
        if client not in ("confluent-kafka", "kafka-python"):
            parser.error(f"unknown client {client!r}")

    samples: dict[tuple[str, str, str], list[float]] = {}
    failures: list[dict[str, Any]] = []
    versions: dict[str, str] = {}
    workdir = Path(tempfile.mkdtemp(prefix="bench-rebalance-members-"))
    try:
        with brokers_running(names, args, failures) as running:
            versions = {name: broker.version for name, broker in running.items()}
            for run in range(1, args.runs + 1):
                for name, broker in running.items():
                    for client in clients:
                        try:
                            measured = one_run(broker, client, args, workdir)
                        except Exception as exc:  # noqa: BLE001 - reported; the other runs continue
                            failures.append({"broker": name, "client": client, "run": run,
                                             "error": f"{type(exc).__name__}: {exc}"})
                            print(f"run {run}: {name} {client} FAILED: {exc}", file=sys.stderr, flush=True)
                            continue
                        for metric, seconds in measured.items():
                            samples.setdefault((name, client, metric), []).append(seconds)
                        print(f"run {run}: {name} {client}: " +
                              ", ".join(f"{m} {s:.2f} s" for m, s in measured.items()), file=sys.stderr, flush=True)
    except KeyboardInterrupt:
        print("interrupted; reporting what was measured", file=sys.stderr)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    rows = [{"broker": broker, "client": client, "metric": metric, "runs": len(values),
             "seconds": spread(values), "samples": values}
            for (broker, client, metric), values in sorted(samples.items())]
    result = {
        "config": {"runs": args.runs, "brokers": names, "clients": clients, "assignor": args.assignor,
                   "session_ms": args.session_ms, "heartbeat_ms": 1000, "partitions": 6,
                   "kafka": args.kafka or "started by scripts/peers/kafka.sh",
                   "definitions": {
                       "leave": "leaving member calls close() -> survivors' last on_assign",
                       "join": "new member process up -> last on_assign among the three",
                       "crash total": "SIGKILL -> survivors' last on_assign (includes the session timeout)",
                       "crash detected": "SIGKILL -> survivors' first rebalance callback (on_revoke, eager)",
                       "crash after detection": "survivors' first rebalance callback -> their last on_assign"}},
        "environment": environment(versions),
        "rows": rows,
        "failures": failures,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print_report(result)
    print(f"\nJSON: {args.out}", file=sys.stderr)
    return 1 if failures and not rows else 0


if __name__ == "__main__":
    sys.exit(main())
