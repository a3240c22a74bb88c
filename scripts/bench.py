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
Tansu's memory engine.

Per broker and run:

- **startup**: seconds from the launch of the broker process to its first accepted connection
  (and to its first answered Metadata request); idle RSS right after.
- **produce** cells: record size (100 B, 1 KiB) x partitions (1, 8) x acks (1, all) x
  compression (none, lz4); ``--megabytes`` of records per cell at full speed (``--throughput
  -1``), ``linger.ms=5 batch.size=131072``; MB/s as the tool reports it, and the broker's
  CPU-seconds per GB (utime + stime of its PID over the cell).
- **consume** cells: each (size, partitions) topic of the acks=1, uncompressed cell read from the
  beginning by ``kafka-consumer-perf-test`` in a new group; its fetch MB/s (without the group join).
- **latency**: after the throughput runs, ``kafka-producer-perf-test`` at a fixed rate of half
  the slower broker's median maximum for 1 KiB, 1 partition, acks=all; the tool's produce
  latency percentiles (send to acknowledgement: p50, p99, p99.9). End-to-end latency (to a
  consumer) is not measured yet.
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
        warm = f"warm-{uuid.uuid4().hex[:8]}"
        bench_basic.create_topic(broker.bootstrap, warm, partitions=1)
        producer_perf(broker.bootstrap, warm, Cell(1024, 1, "1", "none"), args.warmup, args.timeout)
        consume_topics: dict[tuple[int, int], tuple[str, int]] = {}
        for cell in cells:
            records = max(1000, int(args.megabytes * 1e6 / cell.size))
            topic = f"bench-{uuid.uuid4().hex[:10]}"
            try:
                bench_basic.create_topic(broker.bootstrap, topic, partitions=cell.partitions)
                sample = timed(broker, lambda: producer_perf(broker.bootstrap, topic, cell, records,  # noqa: B023
                                                             args.timeout), records * cell.size / 1e9)
            except Exception as exc:  # noqa: BLE001
                rec.fail(name, "produce", cell.name, run, exc)
                continue
            rec.add(name, "produce", cell.name, sample, run)
            if cell.acks == "1" and cell.compression == "none":
                consume_topics[(cell.size, cell.partitions)] = (topic, records)
        for (size, partitions), (topic, records) in sorted(consume_topics.items()):
            label = Cell(size, partitions, "1", "none").name.split(" acks")[0]
            try:
                sample = timed(broker, lambda: consumer_perf(broker.bootstrap, topic, records,  # noqa: B023
                                                             args.timeout), records * size / 1e9)
            except Exception as exc:  # noqa: BLE001
                rec.fail(name, "consume", label, run, exc)
                continue
            rec.add(name, "consume", label, sample, run)
        rec.add(name, "rss", "-", {"loaded_rss_mib": broker_rss_mib(broker, "VmHWM")}, run)
    finally:
        broker.stop()
    return broker.version


def latency_run(name: str, args: argparse.Namespace, rate: float, rec: Recorder, run: int) -> None:
    cell = Cell(*LATENCY_CELL)
    try:
        broker = peers.start(name, cpus=args.broker_cpus or None)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "latency", cell.name, run, exc)
        return
    try:
        topic = f"lat-{uuid.uuid4().hex[:10]}"
        bench_basic.create_topic(broker.bootstrap, topic, partitions=cell.partitions)
        producer_perf(broker.bootstrap, topic, cell, args.warmup, args.timeout, throughput=rate)  # JIT warm-up
        records = max(1000, int(rate * args.latency_seconds))
        sample = producer_perf(broker.bootstrap, topic, cell, records, args.timeout, throughput=rate)
        rec.add(name, "latency", cell.name, {key: sample[key] for key in sample if key.startswith("latency")}
                | {"records_per_s": sample["records_per_s"]}, run)
    except Exception as exc:  # noqa: BLE001
        rec.fail(name, "latency", cell.name, run, exc)
    finally:
        broker.stop()


# -- the report ------------------------------------------------------------------------------

def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def rows_of(rec: Recorder) -> list[dict[str, Any]]:
    rows = []
    for (broker, metric, cell), runs in sorted(rec.samples.items()):
        keys = [key for key in runs[0] if key != "run"]
        rows.append({"broker": broker, "metric": metric, "cell": cell, "runs": len(runs), "samples": runs,
                     **{key: spread([s[key] for s in runs if key in s]) for key in keys}})
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
    for metric, key, unit in (("produce", "mb_per_s", "MB/s"), ("consume", "mb_per_s", "MB/s")):
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
            "loaded RSS (peak) MiB | produce latency p50 / p99 / p99.9 ms at the fixed rate |",
            "|---|---|---|---|---|---|"]
    for broker in brokers:
        start, rss, lat = by.get((broker, "startup", "-")), by.get((broker, "rss", "-")), None
        lat = next((r for r in rows if r["broker"] == broker and r["metric"] == "latency"), None)
        latency = (" / ".join(f"{lat[k]['median']:.0f}" for k in ("latency_p50_ms", "latency_p99_ms", "latency_p999_ms"))
                   if lat and "latency_p50_ms" in lat else "n/a")
        out.append(f"| {broker} | {fmt(start['accepting_s'], 3) if start else 'n/a'} | "
                   f"{fmt(start['ready_s'], 3) if start else 'n/a'} | {fmt(start['idle_rss_mib']) if start else 'n/a'} | "
                   f"{fmt(rss['loaded_rss_mib']) if rss else 'n/a'} | {latency} |")
    if result.get("latency_rate"):
        out += ["", f"Latency: {LATENCY_CELL[0]} B records, {LATENCY_CELL[1]} partition, acks={LATENCY_CELL[2]}, "
                    f"at {result['latency_rate']:,.0f} records/s (half the slower broker's median maximum in this run)."]
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
    for metric in ("produce", "consume"):
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
        path = out_dir / f"bench-{metric}.png"
        fig.savefig(path, dpi=110)
        plt.close(fig)
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=100.0, help="MB of records per produce cell")
    parser.add_argument("--warmup", type=int, default=50_000, help="unmeasured 1 KiB records first (JIT, caches)")
    parser.add_argument("--latency-seconds", type=float, default=20.0, help="length of the fixed-rate latency run")
    parser.add_argument("--quick", action="store_true", help="three produce cells instead of sixteen")
    parser.add_argument("--brokers", default=DEFAULT_BROKERS)
    parser.add_argument("--broker-cpus", default="1")
    parser.add_argument("--client-cpus", default="0")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results")
    args = parser.parse_args()
    if args.client_cpus and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {int(c) for c in args.client_cpus.split(",")})  # the Java tools inherit it
    if not peers.kafka_installed():
        parser.error("the Kafka jars (its perf tools) are missing: run scripts/peers/kafka.sh install")
    brokers = [b.strip() for b in args.brokers.split(",") if b.strip()]
    cells = produce_cells(args.quick)
    rec = Recorder()
    versions: dict[str, str] = {}
    for run in range(1, args.runs + 1):
        for name in brokers:
            versions[name] = throughput_run(name, args, cells, rec, run) or versions.get(name, "")
    maxima = [m for b in brokers if (m := rec.median(b, "produce", Cell(*LATENCY_CELL).name, "records_per_s"))]
    rate = min(maxima) / 2 if maxima else 0.0
    if rate:
        for run in range(1, args.runs + 1):
            for name in brokers:
                latency_run(name, args, rate, rec, run)
    result = {
        "config": {"runs": args.runs, "megabytes": args.megabytes, "warmup": args.warmup, "quick": args.quick,
                   "brokers": brokers, "broker_cpus": args.broker_cpus, "client_cpus": args.client_cpus,
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
