#!/usr/bin/env python3
"""The benchmark matrix: streamd (file and memory engines), Apache Kafka and Tansu in one run.

Usage::

    scripts/peers/kafka.sh install && scripts/peers/tansu.sh install    # once (cached)
    scripts/bench                                   # the full matrix, 5 runs (about an hour)
    scripts/bench --runs 1 --megabytes 20 --quick   # a smoke run: a few cells, a few minutes

Method (docs COMPAT-TESTING.md §7; docs/benchmarks.md has the figures). Each run starts every
broker fresh (``scripts/peers/peers.py``: new data directory, free loopback port, the broker
pinned to core 1 with ``taskset``), the brokers interleaved within the run; the load clients are
Kafka's own tools (``kafka-producer-perf-test`` and ``kafka-consumer-perf-test``, the Java 4.x
client from the Kafka jars), pinned to core 0. Every broker runs its default configuration:
Kafka 4.x with a 1 GiB heap and no fsync per write, streamd with Kafka's flush defaults (none),
Tansu's memory engine. Two load clients, each run on every cell (``--clients``): ``java``, Kafka's
own perf tools, and ``kgo``, ``scripts/kgobench`` (a small Go program on franz-go's kgo client,
built here from the Go module proxy; franz-go's own examples/bench is a nested module the proxy
does not serve). The Java tools spend about a core of their own per 100-200k records/s, so on
small records they are the bound; kgo pushes the brokers harder.

Per broker and run:

- **startup**: seconds from the launch of the broker process to its first accepted connection
  (and to its first answered Metadata request); idle RSS right after.
- **produce** cells: record size (100 B, 1 KiB) x partitions (1, 8) x acks (1, all) x
  compression (none, lz4); ``--megabytes`` of records per cell at full speed (``--throughput
  -1``), ``linger.ms=5 batch.size=131072``; MB/s as the tool reports it, and the broker's
  CPU-seconds per GB (utime + stime of its PID over the cell).
- **consume** cells: each (size, partitions) topic of the acks=1, uncompressed cell read from the
  beginning by ``kafka-consumer-perf-test`` in a new group; its fetch MB/s (without the group join).
- **latency**: after the throughput runs, end to end (kgobench ``-mode e2e``: a producer at a
  fixed rate and a consumer in one process, each record's arrival minus the moment it was
  handed to the producer) at half the slower broker's median maximum for 1 KiB, 1 partition,
  acks=all (measured with kgo); p50, p99, p99.9. With ``--clients java`` only: the produce
  (send to acknowledgement) latency that ``kafka-producer-perf-test`` reports at that rate.
- **scale** (``--scale``, with kgo): one topic of 10,000 partitions (seconds until CreateTopics
  of 5,000 and CreatePartitions to 10,000 are answered and every partition has a leader, then a produce cell of 1 KiB acks=1 records
  round-robin over all of them); 5,000 idle connections, each after one ApiVersions exchange
  (seconds to open them, the broker's RSS, and a 1-partition produce cell while they stay open).
- **loaded RSS**: the broker's peak RSS (VmHWM) at the end of the run.

Medians over ``--runs`` with min and max beside them; the ratios are streamd's medians over
Kafka's and Tansu's. Output: a markdown report (stdout and ``--out``/bench.md), JSON
(``--out``/bench.json) and PNG plots (``--out``/*.png, when matplotlib is installed: ``pip install
'.[bench]'``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "peers"))

import bench_basic  # noqa: E402
import peers  # noqa: E402

DEFAULT_BROKERS = "streamd-file,streamd-memory,kafka,tansu"
PRODUCER_PROPS = ("linger.ms=5", "batch.size=131072")
PRODUCER_SUMMARY = re.compile(
    r"(\d+) records sent, ([\d.]+) records/sec \(([\d.]+) MB/sec\), ([\d.]+) ms avg latency, ([\d.]+) ms max latency"
    r"(?:, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99.9th)?")
LATENCY_CELL = (1024, 1, "all", "none")
KGOBENCH_SOURCE = ROOT / "scripts" / "kgobench"
KGOBENCH = ROOT / ".peers" / "kgobench" / "kgobench"
CLIENTS = ("java", "kgo")


@dataclass(frozen=True)
class Cell:
    size: int
    partitions: int
    acks: str
    compression: str

    @property
    def name(self) -> str:
        size = "1KiB" if self.size == 1024 else f"{self.size}B"
        return f"{size} p{self.partitions} acks={self.acks} {self.compression}"


def produce_cells(quick: bool) -> list[Cell]:
    if quick:
        return [Cell(1024, 1, "1", "none"), Cell(1024, 1, "all", "none"), Cell(100, 8, "1", "lz4")]
    return [Cell(*combo) for combo in itertools.product((100, 1024), (1, 8), ("1", "all"), ("none", "lz4"))]


def java(main_class: str, *args: str, timeout: float) -> str:
    """Run one of Kafka's tools (kafka-tools jar) pinned where this process is pinned; its stdout."""
    command = ["java", "-Xmx512m", "-cp", str(peers.KAFKA_HOME / "libs" / "*"), main_class, *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{main_class} exited with {done.returncode}: {(done.stderr or done.stdout)[-400:]}")
    return done.stdout


def producer_perf(bootstrap: str, topic: str, cell: Cell, records: int, timeout: float,
                  throughput: float = -1) -> dict[str, float]:
    out = java("org.apache.kafka.tools.ProducerPerformance", "--topic", topic, "--num-records", str(records),
               "--record-size", str(cell.size), "--throughput", str(int(throughput)),
               "--producer-props", f"bootstrap.servers={bootstrap}", f"acks={cell.acks}",
               f"compression.type={cell.compression}", *PRODUCER_PROPS, timeout=timeout)
    found = PRODUCER_SUMMARY.findall(out)
    if not found or int(found[-1][0]) != records:
        raise RuntimeError(f"ProducerPerformance summary missing or short: {out[-300:]}")
    sent, rps, mbps, avg, peak, p50, _p95, p99, p999 = found[-1]
    result = {"records_per_s": float(rps), "mb_per_s": float(mbps), "latency_avg_ms": float(avg),
              "latency_max_ms": float(peak)}
    if p50:
        result |= {"latency_p50_ms": float(p50), "latency_p99_ms": float(p99), "latency_p999_ms": float(p999)}
    return result


def consumer_perf(bootstrap: str, topic: str, records: int, timeout: float) -> dict[str, float]:
    out = java("org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrap, "--topic", topic,
               "--num-records", str(records), "--group", f"bench-{uuid.uuid4().hex[:8]}", "--timeout", "60000",
               timeout=timeout)
    lines = [line for line in out.splitlines() if "," in line]
    header_at = next((i for i, line in enumerate(lines) if line.startswith("start.time")), None)
    if header_at is None or header_at + 1 >= len(lines):
        raise RuntimeError(f"ConsumerPerformance printed no summary: {out[-300:]}")
    header = [name.strip() for name in lines[header_at].split(",")]
    values = dict(zip(header, (value.strip() for value in lines[header_at + 1].split(",")), strict=False))
    consumed = int(values["data.consumed.in.nMsg"])
    if consumed < records:
        raise RuntimeError(f"ConsumerPerformance read {consumed} of {records} records")
    return {"mb_per_s": float(values["fetch.MB.sec"]), "records_per_s": float(values["fetch.nMsg.sec"])}


def build_kgobench() -> Path:
    """``go build`` scripts/kgobench into .peers/kgobench (franz-go from the Go module proxy)."""
    KGOBENCH.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["go", "build", "-o", str(KGOBENCH), "."], cwd=KGOBENCH_SOURCE, check=True, timeout=600)
    return KGOBENCH


def kgobench(*args: str, timeout: float) -> dict[str, float]:
    done = subprocess.run([str(KGOBENCH), *args], capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"kgobench exited with {done.returncode}: {done.stderr[-400:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result.pop("mode", None)
    return result


def kgo_produce(bootstrap: str, topic: str, cell: Cell, records: int, timeout: float) -> dict[str, float]:
    found = kgobench("-mode", "produce", "-brokers", bootstrap, "-topic", topic, "-records", str(records),
                     "-size", str(cell.size), "-acks", cell.acks, "-compression", cell.compression, timeout=timeout)
    return {"records_per_s": found["records_per_s"], "mb_per_s": found["mb_per_s"]}


def kgo_consume(bootstrap: str, topic: str, records: int, timeout: float) -> dict[str, float]:
    found = kgobench("-mode", "consume", "-brokers", bootstrap, "-topic", topic, "-records", str(records),
                     timeout=timeout)
    if found["records"] < records:
        raise RuntimeError(f"kgobench read {found['records']} of {records} records")
    return {"records_per_s": found["records_per_s"], "mb_per_s": found["mb_per_s"]}


def kgo_end_to_end(bootstrap: str, topic: str, cell: Cell, rate: float, seconds: float,
                   timeout: float) -> dict[str, float]:
    found = kgobench("-mode", "e2e", "-brokers", bootstrap, "-topic", topic, "-rate", f"{rate:.0f}",
                     "-seconds", str(seconds), "-size", str(cell.size), "-acks", cell.acks,
                     "-compression", cell.compression, timeout=timeout)
    return {key: found[key] for key in found if key.startswith("latency")} | {"records_per_s": found["records_per_s"]}


def status_kib(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return float(line.split()[1])
    return float("nan")


def broker_rss_mib(broker: peers.Broker, field: str = "VmRSS") -> float:
    """RSS of the broker process (the child of taskset, which execs, so the same PID)."""
    return status_kib(broker.pid, field) / 1024


class Recorder:
    """Samples by (broker, metric, cell name) and failures, printed as they arrive."""

    def __init__(self) -> None:
        self.samples: dict[tuple[str, str, str], list[dict[str, float]]] = {}
        self.failures: list[dict[str, Any]] = []

    def add(self, broker: str, metric: str, cell: str, sample: dict[str, float], run: int) -> None:
        self.samples.setdefault((broker, metric, cell), []).append(sample | {"run": run})
        shown = ", ".join(f"{k}={v:.4g}" for k, v in sample.items())
        print(f"run {run}: {broker} {metric} {cell}: {shown}", file=sys.stderr, flush=True)

    def fail(self, broker: str, metric: str, cell: str, run: int, exc: BaseException) -> None:
        self.failures.append({"broker": broker, "metric": metric, "cell": cell, "run": run,
                              "error": f"{type(exc).__name__}: {str(exc)[:400]}"})
        print(f"run {run}: {broker} {metric} {cell} FAILED: {exc}", file=sys.stderr, flush=True)

    def median(self, broker: str, metric: str, cell: str, key: str) -> float | None:
        runs = self.samples.get((broker, metric, cell))
        return statistics.median(s[key] for s in runs) if runs else None


def timed(broker: peers.Broker, phase: Callable[[], dict[str, float]], gigabytes: float) -> dict[str, float]:
    before = broker.cpu_seconds()
    result = phase()
    result["broker_cpu_s_per_gb"] = (broker.cpu_seconds() - before) / gigabytes
    return result


def throughput_run(name: str, args: argparse.Namespace, cells: list[Cell], rec: Recorder, run: int) -> str:
    try:
        broker = peers.start(name, cpus=args.broker_cpus or None)
    except Exception as exc:  # noqa: BLE001 - reported, the other brokers still run
        rec.fail(name, "startup", "-", run, exc)
        return ""
    try:
        time.sleep(1.0)  # let a JVM broker finish its start-up work before the idle reading
        rec.add(name, "startup", "-", {"accepting_s": broker.accepting_s, "ready_s": broker.ready_s,
                                       "idle_rss_mib": broker_rss_mib(broker)}, run)
        # Unmeasured load first, so a JVM broker's JIT has compiled its hot paths (Kafka's figures
        # rise for the first few hundred MB) and every broker's caches are warm.
        warm_cell = Cell(1024, 8, "1", "none")
        for client in args.clients:
            warm = f"warm-{uuid.uuid4().hex[:8]}"
            bench_basic.create_topic(broker.bootstrap, warm, partitions=warm_cell.partitions)
            records = int(args.warmup_megabytes * 1e6 / warm_cell.size)
            if client == "java":
                producer_perf(broker.bootstrap, warm, warm_cell, records, args.timeout)
            else:
                kgo_produce(broker.bootstrap, warm, warm_cell, records, args.timeout)
                kgo_consume(broker.bootstrap, warm, records, args.timeout)
        consume_topics: dict[tuple[str, int, int], tuple[str, int]] = {}
        for cell, client in itertools.product(cells, args.clients):
            records = max(1000, int(args.megabytes * 1e6 / cell.size))
            topic = f"bench-{uuid.uuid4().hex[:10]}"
            metric = f"produce/{client}"
            producer = producer_perf if client == "java" else kgo_produce
            try:
                bench_basic.create_topic(broker.bootstrap, topic, partitions=cell.partitions)
                sample = timed(broker, lambda: producer(broker.bootstrap, topic, cell, records,  # noqa: B023
                                                        args.timeout), records * cell.size / 1e9)
            except Exception as exc:  # noqa: BLE001
                rec.fail(name, metric, cell.name, run, exc)
                continue
            rec.add(name, metric, cell.name, sample, run)
            if cell.acks == "1" and cell.compression == "none":
                consume_topics[(client, cell.size, cell.partitions)] = (topic, records)
        for (client, size, partitions), (topic, records) in sorted(consume_topics.items()):
            label = Cell(size, partitions, "1", "none").name.split(" acks")[0]
            metric = f"consume/{client}"
            consumer = consumer_perf if client == "java" else kgo_consume
            try:
                sample = timed(broker, lambda: consumer(broker.bootstrap, topic, records,  # noqa: B023
                                                        args.timeout), records * size / 1e9)
            except Exception as exc:  # noqa: BLE001
                rec.fail(name, metric, label, run, exc)
                continue
            rec.add(name, metric, label, sample, run)
        if args.scale and "kgo" in args.clients:
            scale_cells(name, broker, args, rec, run)
        rec.add(name, "rss", "-", {"loaded_rss_mib": broker_rss_mib(broker, "VmHWM")}, run)
    finally:
        broker.stop()
    return broker.version


# ApiVersions v0 with correlation id 7 and a null client id: what an idle client sends first.
API_VERSIONS_V0 = bytes.fromhex("0000000a" "0012" "0000" "00000007" "ffff")


def open_idle_connections(port: int, count: int) -> list[socket.socket]:
    """``count`` connections that each completed one ApiVersions exchange, then stay idle."""
    opened: list[socket.socket] = []
    try:
        for _ in range(count):
            conn = socket.create_connection(("127.0.0.1", port), timeout=30)
            opened.append(conn)
            conn.sendall(API_VERSIONS_V0)
            size = int.from_bytes(peers.recv_exact(conn, 4), "big")
            if int.from_bytes(peers.recv_exact(conn, size)[:4], "big") != 7:
                raise RuntimeError("ApiVersions answered with another correlation id")
    except BaseException:
        for conn in opened:
            conn.close()
        raise
    return opened


def create_wide_topic(bootstrap: str, topic: str, partitions: int, timeout: float) -> None:
    """Half the partitions in CreateTopics, the rest in CreatePartitions, then wait for leaders.

    Kafka's KRaft controller refuses one operation of more than 10,000 metadata records
    (POLICY_VIOLATION "Unable to perform excessively large batch operation"), and a topic of
    10,000 partitions is 10,001; every broker is given the same two requests."""
    from confluent_kafka.admin import AdminClient, NewPartitions

    bench_basic.create_topic(bootstrap, topic, timeout=timeout, partitions=partitions // 2)
    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_partitions([NewPartitions(topic, partitions)], operation_timeout=timeout,
                            request_timeout=timeout)[topic].result(timeout)
    # Metadata of 10,000 partitions takes Kafka seconds to answer.
    bench_basic.wait_for_leaders(admin, topic, partitions, timeout, metadata_timeout=30.0)


def scale_cells(name: str, broker: peers.Broker, args: argparse.Namespace, rec: Recorder, run: int) -> None:
    """10,000 partitions in one topic, and 5,000 idle connections, each with a produce cell on top."""
    records = max(1000, int(args.megabytes * 1e6 / 1024))
    wide = Cell(1024, args.wide_partitions, "1", "none")
    label = f"{args.wide_partitions} partitions"
    try:
        topic = f"wide-{uuid.uuid4().hex[:10]}"
        started = time.monotonic()
        create_wide_topic(broker.bootstrap, topic, wide.partitions, args.timeout)
        created = time.monotonic() - started
        sample = timed(broker, lambda: kgo_produce(broker.bootstrap, topic, wide, records, args.timeout),
                       records * 1024 / 1e9)
        rec.add(name, "scale", label, {"create_s": created, **sample, "rss_mib": broker_rss_mib(broker)}, run)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "scale", label, run, exc)
    label = f"{args.idle_connections} idle connections"
    idle: list[socket.socket] = []
    try:
        started = time.monotonic()
        idle = open_idle_connections(broker.port, args.idle_connections)
        opened = time.monotonic() - started
        rss = broker_rss_mib(broker)
        topic = f"busy-{uuid.uuid4().hex[:10]}"
        bench_basic.create_topic(broker.bootstrap, topic, partitions=1)
        cell = Cell(1024, 1, "1", "none")
        sample = timed(broker, lambda: kgo_produce(broker.bootstrap, topic, cell, records, args.timeout),
                       records * 1024 / 1e9)
        rec.add(name, "scale", label, {"open_s": opened, "rss_mib": rss, **sample}, run)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "scale", label, run, exc)
    finally:
        for conn in idle:
            conn.close()


def latency_run(name: str, args: argparse.Namespace, rate: float, rec: Recorder, run: int) -> None:
    cell = Cell(*LATENCY_CELL)
    try:
        broker = peers.start(name, cpus=args.broker_cpus or None)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "latency", cell.name, run, exc)
        return
    try:
        warm, topic = f"warm-{uuid.uuid4().hex[:10]}", f"lat-{uuid.uuid4().hex[:10]}"
        bench_basic.create_topic(broker.bootstrap, warm, partitions=cell.partitions)
        bench_basic.create_topic(broker.bootstrap, topic, partitions=cell.partitions)
        if "kgo" in args.clients:
            kgo_end_to_end(broker.bootstrap, warm, cell, rate, 3, args.timeout)  # caches, JIT, connections
            sample = kgo_end_to_end(broker.bootstrap, topic, cell, rate, args.latency_seconds, args.timeout)
            rec.add(name, "latency/e2e", cell.name, sample, run)
        else:
            producer_perf(broker.bootstrap, warm, cell, max(1000, int(rate * 3)), args.timeout,
                          throughput=rate)  # JIT warm-up
            records = max(1000, int(rate * args.latency_seconds))
            sample = producer_perf(broker.bootstrap, topic, cell, records, args.timeout, throughput=rate)
            rec.add(name, "latency/produce", cell.name, {key: sample[key] for key in sample
                                                         if key.startswith("latency")}
                    | {"records_per_s": sample["records_per_s"]}, run)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "latency", cell.name, run, exc)
    finally:
        broker.stop()


# -- the report ------------------------------------------------------------------------------

def rows_of(rec: Recorder) -> list[dict[str, Any]]:
    rows = []
    for (broker, metric, cell), runs in sorted(rec.samples.items()):
        keys = [key for key in runs[0] if key != "run"]
        rows.append({"broker": broker, "metric": metric, "cell": cell, "runs": len(runs), "samples": runs,
                     **{key: bench_basic.spread([s[key] for s in runs if key in s]) for key in keys}})
    return rows


def fmt(stat: dict[str, float] | None, digits: int = 1) -> str:
    if not stat:
        return "n/a"
    return f"{stat['median']:.{digits}f} ({stat['min']:.{digits}f}-{stat['max']:.{digits}f})"


def report(result: dict[str, Any]) -> str:
    rows, brokers, cfg = result["rows"], result["config"]["brokers"], result["config"]
    by = {(r["broker"], r["metric"], r["cell"]): r for r in rows}
    env = result["environment"]
    out = [f"## scripts/bench: {cfg['runs']} run(s), {cfg['megabytes']} MB per cell, median (min-max)", "",
           f"{env['date']}; {env['cpu']}, {env['cores']} cores, kernel {env['kernel']}, Python {env['python']}, "
           f"{env['java']}; brokers: " + ", ".join(f"{k} {v}" for k, v in env["broker_versions"].items() if v), ""]
    ours = [b for b in brokers if b.startswith("streamd")]
    refs = [b for b in brokers if not b.startswith("streamd")]
    for metric, key, unit in [(f"{phase}/{client}", "mb_per_s", "MB/s") for phase in ("produce", "consume")
                              for client in cfg["clients"]]:
        cells = sorted({r["cell"] for r in rows if r["metric"] == metric},
                       key=lambda c: (c.split()[0] != "100B", c))
        if not cells:
            continue
        out += [f"### {metric} {unit} (broker CPU-s/GB in brackets)", "",
                "| cell | " + " | ".join(brokers) + " | " + " | ".join(f"{o}/{r}" for o in ours for r in refs) + " |",
                "|---" * (1 + len(brokers) + len(ours) * len(refs)) + "|"]
        for cell in cells:
            line = [cell]
            for broker in brokers:
                row = by.get((broker, metric, cell))
                cpu = row["broker_cpu_s_per_gb"]["median"] if row else None
                line.append(f"{fmt(row[key] if row else None)} [{cpu:.2f}]" if row and cpu is not None else "n/a")
            for o, r in itertools.product(ours, refs):
                a, b = by.get((o, metric, cell)), by.get((r, metric, cell))
                line.append(f"{a[key]['median'] / b[key]['median']:.2f}x" if a and b else "n/a")
            out.append("| " + " | ".join(line) + " |")
        out.append("")
    out += ["### startup, memory and latency", "",
            "| broker | startup to first accepted connection s | to first Metadata answer s | idle RSS MiB | "
            "loaded RSS (peak) MiB | latency p50 / p99 / p99.9 ms at the fixed rate |",
            "|---|---|---|---|---|---|"]
    for broker in brokers:
        start, rss, lat = by.get((broker, "startup", "-")), by.get((broker, "rss", "-")), None
        lat = next((r for r in rows if r["broker"] == broker and r["metric"].startswith("latency")), None)
        latency = (" / ".join(f"{lat[k]['median']:.1f}" for k in ("latency_p50_ms", "latency_p99_ms", "latency_p999_ms"))
                   if lat and "latency_p50_ms" in lat else "n/a")
        out.append(f"| {broker} | {fmt(start['accepting_s'], 3) if start else 'n/a'} | "
                   f"{fmt(start['ready_s'], 3) if start else 'n/a'} | {fmt(start['idle_rss_mib']) if start else 'n/a'} | "
                   f"{fmt(rss['loaded_rss_mib']) if rss else 'n/a'} | {latency} |")
    scale = [r for r in rows if r["metric"] == "scale"]
    if scale:
        out += ["", "### scale (kgo, 1 KiB records, acks=1)", "",
                "| broker | cell | setup s | produce MB/s | broker CPU-s/GB | broker RSS MiB |", "|---|---|---|---|---|---|"]
        for row in scale:
            setup = row.get("create_s") or row.get("open_s")
            out.append(f"| {row['broker']} | {row['cell']} | {fmt(setup, 2)} | {fmt(row['mb_per_s'])} | "
                       f"{fmt(row['broker_cpu_s_per_gb'], 2)} | {fmt(row['rss_mib'])} |")
    if result.get("latency_rate"):
        kind = "end to end (kgobench -mode e2e)" if "kgo" in cfg["clients"] else "produce (kafka-producer-perf-test)"
        out += ["", f"Latency, {kind}: {LATENCY_CELL[0]} B records, {LATENCY_CELL[1]} partition, "
                    f"acks={LATENCY_CELL[2]}, at {result['latency_rate']:,.0f} records/s (half the slower broker's "
                    "median maximum in this run)."]
    for failure in result["failures"]:
        out.append(f"\n- FAILED {failure['broker']} run {failure['run']} {failure['metric']} {failure['cell']}: "
                   f"{failure['error'][:300]}")
    return "\n".join(out) + "\n"


def plots(result: dict[str, Any], out_dir: Path) -> list[Path]:
    """One grouped bar chart per metric (median MB/s per cell and broker); none without matplotlib."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install '.[bench]'): no plots", file=sys.stderr)
        return []
    written = []
    brokers = result["config"]["brokers"]
    for metric in sorted({r["metric"] for r in result["rows"] if r["metric"].split("/")[0] in ("produce", "consume")}):
        rows = [r for r in result["rows"] if r["metric"] == metric]
        cells = sorted({r["cell"] for r in rows}, key=lambda c: (c.split()[0] != "100B", c))
        if not cells:
            continue
        by = {(r["broker"], r["cell"]): r["mb_per_s"] for r in rows}
        fig, ax = plt.subplots(figsize=(max(6, 1.1 * len(cells)), 4.5))
        width = 0.8 / len(brokers)
        for i, broker in enumerate(brokers):
            medians = [by[(broker, c)]["median"] if (broker, c) in by else 0 for c in cells]
            lows = [m - by[(broker, c)]["min"] if (broker, c) in by else 0 for c, m in zip(cells, medians, strict=True)]
            highs = [by[(broker, c)]["max"] - m if (broker, c) in by else 0 for c, m in zip(cells, medians, strict=True)]
            ax.bar([x + i * width for x in range(len(cells))], medians, width, yerr=[lows, highs], label=broker,
                   capsize=2)
        ax.set_xticks([x + width * (len(brokers) - 1) / 2 for x in range(len(cells))], cells, rotation=45, ha="right",
                      fontsize=8)
        ax.set_ylabel("MB/s (median, min-max)")
        ax.set_title(f"{metric} throughput, {result['config']['runs']} run(s)")
        ax.legend(fontsize=8)
        fig.tight_layout()
        path = out_dir / f"bench-{metric.replace('/', '-')}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=100.0, help="MB of records per produce cell")
    parser.add_argument("--warmup-megabytes", type=float, default=200.0,
                        help="unmeasured MB of 1 KiB records per client first (JIT, caches)")
    parser.add_argument("--latency-seconds", type=float, default=20.0, help="length of the fixed-rate latency run")
    parser.add_argument("--quick", action="store_true", help="three produce cells instead of sixteen")
    parser.add_argument("--scale", action=argparse.BooleanOptionalAction, default=True,
                        help="the wide-topic and idle-connection cells (need the kgo client)")
    parser.add_argument("--wide-partitions", type=int, default=10_000)
    parser.add_argument("--idle-connections", type=int, default=5_000)
    parser.add_argument("--brokers", default=DEFAULT_BROKERS)
    parser.add_argument("--clients", default=",".join(CLIENTS), help="load clients: java, kgo or both")
    parser.add_argument("--broker-cpus", default="1")
    parser.add_argument("--client-cpus", default="0")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args()
    if args.client_cpus and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {int(c) for c in args.client_cpus.split(",")})  # the Java tools inherit it
    if not peers.kafka_installed():
        parser.error("the Kafka jars (its perf tools) are missing: run scripts/peers/kafka.sh install")
    # Room for the idle connections here and in the brokers, which inherit the limit.
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    args.clients = [c.strip() for c in args.clients.split(",") if c.strip()]
    if not args.clients or set(args.clients) - set(CLIENTS):
        parser.error(f"--clients: from {', '.join(CLIENTS)}")
    if "kgo" in args.clients:
        build_kgobench()
    brokers = [b.strip() for b in args.brokers.split(",") if b.strip()]
    cells = produce_cells(args.quick)
    rec = Recorder()
    versions: dict[str, str] = {}
    for run in range(1, args.runs + 1):
        for name in brokers:
            versions[name] = throughput_run(name, args, cells, rec, run) or versions.get(name, "")
    rate_metric = "produce/kgo" if "kgo" in args.clients else "produce/java"
    maxima = [m for b in brokers if (m := rec.median(b, rate_metric, Cell(*LATENCY_CELL).name, "records_per_s"))]
    rate = min(maxima) / 2 if maxima else 0.0
    if rate:
        for run in range(1, args.runs + 1):
            for name in brokers:
                latency_run(name, args, rate, rec, run)
    result = {
        "config": {"runs": args.runs, "megabytes": args.megabytes, "warmup_megabytes": args.warmup_megabytes, "quick": args.quick,
                   "brokers": brokers, "clients": args.clients, "broker_cpus": args.broker_cpus, "client_cpus": args.client_cpus,
                   "cells": [asdict(c) for c in cells], "producer_props": list(PRODUCER_PROPS)},
        "environment": bench_basic.environment(versions),
        "latency_rate": rate, "rows": rows_of(rec), "failures": rec.failures,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
    text = report(result)
    (args.out / "bench.md").write_text(text)
    print(text)
    for path in plots(result, args.out):
        print(f"plot: {path}", file=sys.stderr)
    print(f"JSON: {args.out / 'bench.json'}", file=sys.stderr)
    return 1 if rec.failures else 0


if __name__ == "__main__":
    sys.exit(main())
