"""``streamd bench``: produce and consume throughput against any Kafka-compatible broker.

For users who want a figure for their own setup in one command, with no other tool installed.
The load comes from streamd's own asyncio client (``streamd.client``), one Python process, so
on a fast broker the figure is bound by this client rather than by the broker; the side-by-side
comparison with Apache Kafka's own tools is ``scripts/bench`` in the source tree
(docs/benchmarks.md).

What it does: creates a fresh topic (``streamd-bench-<id>``, deleted afterwards unless
``--keep``), produces ``--records`` records of ``--size`` random bytes in batches of
``--batch-size``, batch *i* to partition *i* mod ``--partitions``, with ``--in-flight`` produce
requests outstanding; then fetches every partition from offset 0 until all records have been
read. It reports records/s, MB/s (10^6 bytes of record values per second) and the produce
requests' latency percentiles.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import time
import uuid
from dataclasses import asdict, dataclass

import click

from streamd.cli._options import ACKS, bootstrap_option, run
from streamd.client import KafkaClient, ProducerRecord
from streamd.client.producing import COMPRESSION_NAMES

__all__ = ["BenchResult", "bench"]


@dataclass(frozen=True, slots=True)
class PhaseResult:
    records: int
    seconds: float
    records_per_s: float
    mb_per_s: float


@dataclass(frozen=True, slots=True)
class BenchResult:
    topic: str
    size: int
    partitions: int
    acks: str
    compression: str
    produce: PhaseResult
    consume: PhaseResult
    produce_latency_ms: dict[str, float]


def _phase(records: int, size: int, seconds: float) -> PhaseResult:
    return PhaseResult(records, seconds, records / seconds, records * size / seconds / 1e6)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(fraction: float) -> float:
        return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000

    return {"p50": at(0.50), "p99": at(0.99), "p99.9": at(0.999), "max": ordered[-1] * 1000,
            "mean": statistics.fmean(ordered) * 1000}


async def _produce(client: KafkaClient, topic: str, *, records: int, size: int, partitions: int, acks: int,
                   compression: str, batch_size: int, in_flight: int) -> tuple[float, list[float]]:
    payload = os.urandom(size)
    batches = [[ProducerRecord(value=payload)] * min(batch_size, records - start)
               for start in range(0, records, batch_size)]
    latencies: list[float] = []
    next_batch = 0

    async def sender() -> None:
        nonlocal next_batch
        while next_batch < len(batches):
            index, next_batch = next_batch, next_batch + 1
            sent = time.perf_counter()
            await client.produce(topic, batches[index], partition=index % partitions, acks=acks,
                                 compression=compression)
            latencies.append(time.perf_counter() - sent)

    started = time.perf_counter()
    await asyncio.gather(*(sender() for _ in range(in_flight)))
    return time.perf_counter() - started, latencies


async def _consume(client: KafkaClient, topic: str, records: int, timeout: float) -> float:
    info = await client.topic(topic)
    positions = {partition.index: 0 for partition in info.partitions}
    seen = 0
    started = time.perf_counter()
    deadline = started + timeout
    while seen < records:
        if time.perf_counter() > deadline:
            raise click.ClickException(f"consumed {seen} of {records} records within {timeout:g} s")
        for number, fetched in (await client.fetch(info, positions, max_wait_ms=100)).items():
            seen += len(fetched.records)
            if fetched.records:
                positions[number] = fetched.records[-1].offset + 1
            elif fetched.next_offset is not None:
                positions[number] = fetched.next_offset
    return time.perf_counter() - started


async def run_bench(bootstrap: str, *, records: int, size: int, partitions: int, acks: str, compression: str,
                    batch_size: int, in_flight: int, keep: bool, timeout: float) -> BenchResult:
    topic = f"streamd-bench-{uuid.uuid4().hex[:8]}"
    async with KafkaClient(bootstrap) as client:
        await client.create_topic(topic, num_partitions=partitions)
        try:
            produce_s, latencies = await _produce(client, topic, records=records, size=size, partitions=partitions,
                                                  acks=ACKS[acks], compression=compression,
                                                  batch_size=batch_size, in_flight=in_flight)
            consume_s = await _consume(client, topic, records, timeout)
        finally:
            if not keep:
                await client.delete_topic(topic)
    return BenchResult(topic, size, partitions, acks, compression, _phase(records, size, produce_s),
                       _phase(records, size, consume_s), _percentiles(latencies))


@click.command()
@bootstrap_option
@click.option("--records", "-n", type=click.IntRange(min=1), default=200_000, show_default=True,
              help="Records to produce, then consume.")
@click.option("--size", "-s", type=click.IntRange(min=0), default=1024, show_default=True,
              help="Bytes per record value.")
@click.option("--partitions", "-p", type=click.IntRange(min=1), default=1, show_default=True,
              help="Partitions of the bench topic.")
@click.option("--acks", "-a", type=click.Choice(["1", "all", "-1"]), default="all", show_default=True,
              help="Acknowledgements to wait for.")
@click.option("--compression", "-z", type=click.Choice(COMPRESSION_NAMES), default="none", show_default=True,
              help="Batch compression codec.")
@click.option("--batch-size", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Records per produce request.")
@click.option("--in-flight", type=click.IntRange(min=1), default=4, show_default=True,
              help="Produce requests outstanding at once.")
@click.option("--keep", is_flag=True, help="Keep the bench topic instead of deleting it.")
@click.option("--timeout", type=float, default=300.0, show_default=True, help="Seconds allowed for consuming.")
@click.option("--output", "-o", type=click.Choice(["text", "json"]), default="text", show_default=True)
def bench(bootstrap: str, records: int, size: int, partitions: int, acks: str, compression: str, batch_size: int,
          in_flight: int, keep: bool, timeout: float, output: str) -> None:
    """Produce records to a new topic, read them back, and print the throughput.

    The load comes from streamd's own Python client in this one process, so against a fast
    broker the figure is the client's limit; scripts/bench in the source tree compares brokers
    with Kafka's own perf tools."""
    result = run(run_bench(bootstrap, records=records, size=size, partitions=partitions, acks=acks,
                           compression=compression, batch_size=batch_size, in_flight=in_flight, keep=keep,
                           timeout=timeout))
    if output == "json":
        click.echo(json.dumps(asdict(result), indent=2))
        return
    latency = result.produce_latency_ms
    click.echo(f"topic {result.topic}: {records:,} records of {size} B, {partitions} partition(s), acks={acks}, "
               f"compression {compression}")
    for name, phase in (("produce", result.produce), ("consume", result.consume)):
        click.echo(f"{name}: {phase.records_per_s:,.0f} records/s, {phase.mb_per_s:.1f} MB/s ({phase.seconds:.2f} s)")
    click.echo(f"produce request latency ms: p50 {latency['p50']:.1f}, p99 {latency['p99']:.1f}, "
               f"p99.9 {latency['p99.9']:.1f}, max {latency['max']:.1f}")
