#!/usr/bin/env python3
"""Transactional produce throughput: confluent-kafka against streamd and Apache Kafka, side by side.

Usage::

    scripts/peers/kafka.sh install                      # once (cached)
    python scripts/bench_txn.py                         # 5 runs, streamd-memory, streamd-file, kafka
    python scripts/bench_txn.py --runs 1 --records 20000 --out bench-results/txn-smoke.json

Method (docs COMPAT-TESTING.md §7, as scripts/bench_basic.py, whose helpers this reuses). Every
run starts each broker fresh (scripts/peers/peers.py: free 127.0.0.1 port, new data directory,
``taskset -c 1``); this client pins itself to core 0; brokers are interleaved within a run. Per
broker and run, after an unmeasured warm-up transaction stream:

- ``txn large``: one transactional producer (librdkafka, transaction protocol v1 on both
  brokers: AddPartitionsToTxn, Produce, EndTxn) writes ``--records`` records of ``--size`` bytes
  to a 4-partition topic in transactions of ``--large-txn`` records (default 1000, about 1 MB),
  ``acks=all`` and idempotence as transactions require, ``linger.ms=5``, ``batch.size=131072``;
  timed from the first ``begin_transaction()`` to the last ``commit_transaction()``. Bound by
  bytes: the figure to compare with bench_basic's non-transactional acks=all produce.
- ``txn small``: the same producer with transactions of ``--small-txn`` records (default 10):
  bound by the transaction round trips (AddPartitionsToTxn, EndTxn, the markers and the
  ``__transaction_state`` writes), reported as transactions per second.
- ``java txn`` (``--java``, on by default when the Kafka jars are installed): Kafka's own
  ``ProducerPerformance`` (kafka-producer-perf-test) in transactional mode, ``--records``
  records of ``--size`` bytes, ``acks=all linger.ms=5 batch.size=131072``, a commit every
  100 ms (``--transaction-duration-ms``). The Java 4.2 client runs transaction protocol v2
  (KIP-890) against both brokers, where librdkafka runs v1. One unmeasured run per broker
  first, for the JIT; its figure is the tool's own (records/s and MB/s from its final line).

Then every record is read back with a ``read_committed`` consumer and counted, so a broker that
dropped a commit cannot post a figure. Reported: MB/s and records/s (median, min, max over
``--runs``), transactions/s, broker CPU-seconds per GB (utime + stime of the broker PID), the
client's CPU seconds, and streamd/Kafka ratios of the medians. Output: a markdown table on
stdout and JSON in ``--out`` (default bench-results/txn.json).

Durability is the same on both: neither fsyncs per request by default (Kafka relies on
replication; streamd's file engine writes to the page cache before it answers).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "peers"))

import bench_basic  # noqa: E402
import peers  # noqa: E402

METRICS = ("txn large", "txn small", "java txn")
PARTITIONS = 4
JAVA_SUMMARY = re.compile(r"(\d+) records sent, ([\d.]+) records/sec \(([\d.]+) MB/sec\)")


def produce_transactions(bootstrap: str, topic: str, records: int, size: int, per_txn: int,
                         timeout: float) -> float:
    """``records`` values in transactions of ``per_txn``, spread round-robin over the partitions;
    seconds from the first begin to the last commit (init_transactions is not timed)."""
    from confluent_kafka import Producer

    producer = Producer({
        "bootstrap.servers": bootstrap, "transactional.id": f"bench-{uuid.uuid4().hex[:8]}",
        "linger.ms": 5, "batch.size": 131072, "compression.type": "none",
        "queue.buffering.max.messages": 1_000_000, "queue.buffering.max.kbytes": 1_048_576,
    })
    producer.init_transactions(timeout)
    payload = os.urandom(size)
    failures: list[Any] = []

    def report(err: Any, _msg: Any) -> None:
        if err is not None:
            failures.append(err)

    started = time.perf_counter()
    sent = 0
    while sent < records:
        producer.begin_transaction()
        for i in range(min(per_txn, records - sent)):
            while True:
                try:
                    producer.produce(topic, payload, partition=(sent + i) % PARTITIONS, on_delivery=report)
                    break
                except BufferError:
                    producer.poll(0.005)
        sent += min(per_txn, records - sent)
        producer.commit_transaction(timeout)
    elapsed = time.perf_counter() - started
    if failures:
        raise RuntimeError(f"{len(failures)} deliveries failed (first: {failures[:1]})")
    return elapsed


def count_committed(bootstrap: str, topic: str, records: int, size: int, timeout: float) -> None:
    """Read every partition with read_committed until ``records`` records arrived; raise otherwise."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer({
        "bootstrap.servers": bootstrap, "group.id": f"bench-{uuid.uuid4().hex[:8]}",
        "isolation.level": "read_committed", "enable.auto.commit": False, "fetch.queue.backoff.ms": 0,
        "fetch.max.bytes": 52_428_800, "max.partition.fetch.bytes": 10_485_760,
    })
    consumer.list_topics(topic, timeout=10)
    consumer.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(PARTITIONS)])
    seen = value_bytes = 0
    deadline = time.monotonic() + timeout
    try:
        while seen < records and time.monotonic() < deadline:
            for message in consumer.consume(min(10_000, records - seen), 1.0):
                if message.error() is None:
                    seen += 1
                    value_bytes += len(message.value() or b"")
    finally:
        consumer.close()
    if (seen, value_bytes) != (records, records * size):
        raise RuntimeError(f"read_committed saw {seen} records ({value_bytes} bytes), expected {records}")


def java_transactions(bootstrap: str, topic: str, records: int, size: int, timeout: float) -> float:
    """kafka-producer-perf-test with a transactional id; the seconds it reports for ``records``."""
    command = [
        "java", "-Xmx512m", "-cp", str(peers.KAFKA_HOME / "libs" / "*"), "org.apache.kafka.tools.ProducerPerformance",
        "--topic", topic, "--num-records", str(records), "--record-size", str(size), "--throughput", "-1",
        "--transactional-id", f"bench-java-{uuid.uuid4().hex[:8]}", "--transaction-duration-ms", "100",
        "--producer-props", f"bootstrap.servers={bootstrap}", "acks=all", "linger.ms=5", "batch.size=131072",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    summaries = JAVA_SUMMARY.findall(done.stdout)
    if done.returncode != 0 or not summaries or int(summaries[-1][0]) != records:
        raise RuntimeError(f"ProducerPerformance failed ({done.returncode}): {(done.stderr or done.stdout)[-300:]}")
    return records / float(summaries[-1][1])


def one_run(name: str, args: argparse.Namespace, samples: dict[tuple[str, str], list[dict[str, float]]],
            failures: list[dict[str, Any]], run: int) -> str:
    try:
        broker = peers.start(name, cpus=args.broker_cpus or None)
    except Exception as exc:  # noqa: BLE001 - reported, the other brokers still run
        failures.append({"broker": name, "run": run, "phase": "start", "error": str(exc)[:300]})
        return ""
    try:
        warm = f"warm-{uuid.uuid4().hex[:8]}"
        bench_basic.create_topic(broker.bootstrap, warm, partitions=PARTITIONS)
        produce_transactions(broker.bootstrap, warm, args.warmup, args.size, args.large_txn, args.timeout)
        phases = [("txn large", args.large_txn, args.records), ("txn small", args.small_txn, args.small_records)]
        if args.java:
            java_transactions(broker.bootstrap, f"warm-java-{uuid.uuid4().hex[:8]}", args.warmup, args.size,
                              args.timeout)
            phases.append(("java txn", 0, args.records))
        for metric, per_txn, records in phases:
            topic = f"bench-{metric.replace(' ', '-')}-{uuid.uuid4().hex[:8]}"
            try:
                bench_basic.create_topic(broker.bootstrap, topic, partitions=PARTITIONS)
                if per_txn:
                    sample = bench_basic.measure(broker, lambda: produce_transactions(
                        broker.bootstrap, topic, records, args.size, per_txn, args.timeout))  # noqa: B023
                else:
                    sample = bench_basic.measure(broker, lambda: java_transactions(
                        broker.bootstrap, topic, records, args.size, args.timeout))  # noqa: B023
                count_committed(broker.bootstrap, topic, records, args.size, args.timeout)
            except Exception as exc:  # noqa: BLE001
                failures.append({"broker": name, "run": run, "phase": metric, "error": f"{type(exc).__name__}: {exc}"})
                print(f"run {run}: {name} {metric} FAILED: {exc}", file=sys.stderr, flush=True)
                continue
            # The Java tool commits every 100 ms: its transaction count is the elapsed time's.
            transactions = -(-records // per_txn) if per_txn else max(1, round(sample["seconds"] / 0.1))
            sample.update(records=records, transactions=transactions, run=run)
            samples.setdefault((name, metric), []).append(sample)
            print(f"run {run}: {name} {metric}: {sample['seconds']:.2f} s, "
                  f"{records * args.size / sample['seconds'] / 1e6:.1f} MB/s, "
                  f"{sample['transactions'] / sample['seconds']:.0f} txn/s", file=sys.stderr, flush=True)
    finally:
        broker.stop()
    return broker.version


def summarise(samples: dict[tuple[str, str], list[dict[str, float]]], size: int) -> list[dict[str, Any]]:
    rows = []
    for (broker, metric), runs in sorted(samples.items()):
        for sample in runs:
            sample["mb_per_s"] = sample["records"] * size / sample["seconds"] / 1e6
            sample["records_per_s"] = sample["records"] / sample["seconds"]
            sample["txn_per_s"] = sample["transactions"] / sample["seconds"]
            sample["broker_cpu_s_per_gb"] = sample["broker_cpu_s"] / (sample["records"] * size / 1e9)
        rows.append({"broker": broker, "metric": metric, "runs": len(runs), "samples": runs,
                     **{key: bench_basic.spread([s[key] for s in runs])
                        for key in ("mb_per_s", "records_per_s", "txn_per_s", "broker_cpu_s_per_gb", "client_cpu_s")}})
    return rows


def ratios(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    by_key = {(row["broker"], row["metric"]): row for row in rows}
    out: dict[str, dict[str, dict[str, float]]] = {}
    for ours in sorted({row["broker"] for row in rows if row["broker"].startswith("streamd")}):
        for metric in METRICS:
            a, b = by_key.get((ours, metric)), by_key.get(("kafka", metric))
            if a and b:
                out.setdefault(f"{ours}/kafka", {})[metric] = {
                    "throughput": a["mb_per_s"]["median"] / b["mb_per_s"]["median"],
                    "broker_cpu_s_per_gb": a["broker_cpu_s_per_gb"]["median"] / b["broker_cpu_s_per_gb"]["median"],
                }
    return out


def print_report(result: dict[str, Any]) -> None:
    cfg, env = result["config"], result["environment"]
    print(f"## bench_txn: {cfg['records']:,} records x {cfg['size']} B in transactions of {cfg['large_txn']}, "
          f"{cfg['small_records']:,} in transactions of {cfg['small_txn']}; {cfg['runs']} run(s), median (min-max)\n")
    versions = ", ".join(f"{k} {v}" for k, v in env["broker_versions"].items() if v)
    print(f"{env['cpu']}, {env['cores']} cores; librdkafka {env['librdkafka']}; {versions}\n")
    print("| broker | metric | MB/s | records/s | txn/s | broker CPU-s/GB | client CPU-s | runs |")
    print("|---|---|---|---|---|---|---|---|")
    for row in result["rows"]:
        mb, txn = row["mb_per_s"], row["txn_per_s"]
        print(f"| {row['broker']} | {row['metric']} | {mb['median']:.1f} ({mb['min']:.1f}-{mb['max']:.1f}) | "
              f"{row['records_per_s']['median']:,.0f} | {txn['median']:,.0f} ({txn['min']:,.0f}-{txn['max']:,.0f}) | "
              f"{row['broker_cpu_s_per_gb']['median']:.2f} | {row['client_cpu_s']['median']:.2f} | "
              f"{row['runs']}/{cfg['runs']} |")
    for failure in result["failures"]:
        print(f"\n- FAILED {failure['broker']} run {failure['run']} {failure['phase']}: {failure['error'][:300]}")
    if result["ratios"]:
        print("\n| ratio of medians | " + " | ".join(METRICS) + " |\n|---|" + "---|" * len(METRICS))
        for name, per_metric in result["ratios"].items():
            cells = [f"{r['throughput']:.2f}x throughput, {r['broker_cpu_s_per_gb']:.2f}x CPU/GB"
                     if (r := per_metric.get(metric)) else "n/a" for metric in METRICS]
            print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--records", type=int, default=200_000, help="records in large transactions")
    parser.add_argument("--large-txn", type=int, default=1000, help="records per large transaction")
    parser.add_argument("--small-records", type=int, default=20_000, help="records in small transactions")
    parser.add_argument("--small-txn", type=int, default=10, help="records per small transaction")
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--warmup", type=int, default=50_000, help="unmeasured records first")
    parser.add_argument("--brokers", default="streamd-memory,streamd-file,kafka")
    parser.add_argument("--broker-cpus", default="1")
    parser.add_argument("--client-cpus", default="0")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--java", action=argparse.BooleanOptionalAction, default=peers.kafka_installed(),
                        help="also run kafka-producer-perf-test in transactional mode (needs the Kafka jars)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "txn.json")
    args = parser.parse_args()
    if args.client_cpus and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {int(c) for c in args.client_cpus.split(",")})
    names = [n.strip() for n in args.brokers.split(",") if n.strip()]
    samples: dict[tuple[str, str], list[dict[str, float]]] = {}
    failures: list[dict[str, Any]] = []
    versions: dict[str, str] = {}
    for run in range(1, args.runs + 1):
        for name in names:
            versions[name] = one_run(name, args, samples, failures, run) or versions.get(name, "")
    rows = summarise(samples, args.size)
    result = {
        "config": {key: getattr(args, key) for key in ("runs", "records", "large_txn", "small_records", "small_txn",
                                                       "size", "warmup", "broker_cpus", "client_cpus")}
        | {"brokers": names, "partitions": PARTITIONS,
           "producer": {"linger.ms": 5, "batch.size": 131072, "acks": "all", "transactional": True}},
        "environment": bench_basic.environment(versions),
        "rows": rows, "failures": failures, "ratios": ratios(rows),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print_report(result)
    print(f"\nJSON: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
