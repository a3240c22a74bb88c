"""``streamd produce``: write records from stdin lines or ``--value`` arguments (kcat -P)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import click

from streamd.cli._options import ACKS, bootstrap_option, parse_assignments, run
from streamd.cli._stdin import LineReader
from streamd.client import KafkaClient, KafkaError, ProducedBatch, ProducerRecord
from streamd.client.partitioner import KeyPartitioner
from streamd.client.producing import COMPRESSION_NAMES
from streamd.protocol._generated import ErrorCode

__all__ = ["produce"]


@dataclass(frozen=True, slots=True)
class LineParser:
    """Turns one input line (without its newline) into a record."""

    key_separator: bytes | None
    null_value_marker: bytes | None
    headers: tuple[tuple[str, bytes | None], ...]

    def record(self, line: bytes) -> ProducerRecord:
        key: bytes | None = None
        value = line
        if self.key_separator is not None:
            before, found, after = line.partition(self.key_separator)
            if found:
                key, value = before, after
        return ProducerRecord(
            value=None if value == self.null_value_marker else value, key=key, headers=self.headers
        )


@dataclass(slots=True)
class ProduceTally:
    records: int = 0
    offsets: dict[int, tuple[int, int]] = field(default_factory=dict)  # partition -> (first, last)

    def add(self, batches: Sequence[ProducedBatch]) -> None:
        for batch in batches:
            self.records += batch.record_count
            if batch.base_offset < 0:
                continue
            last = batch.base_offset + batch.record_count - 1
            first, previous_last = self.offsets.get(batch.partition, (batch.base_offset, last))
            self.offsets[batch.partition] = (min(first, batch.base_offset), max(previous_last, last))

    def summary(self, topic: str, acks: int) -> str:
        plural = "" if self.records == 1 else "s"
        if acks == 0:
            return f"sent {self.records} record{plural} to topic '{topic}' (acks=0: offsets not known)"
        spans = "; ".join(
            f"partition {partition}: offset{'s' if first != last else ''} "
            f"{first}{f'-{last}' if first != last else ''}"
            for partition, (first, last) in sorted(self.offsets.items())
        )
        return f"produced {self.records} record{plural} to topic '{topic}'" + (f" ({spans})" if spans else "")


@click.command()
@bootstrap_option
@click.argument("topic")
@click.option(
    "--value",
    "-v",
    "values",
    multiple=True,
    metavar="TEXT",
    help="A record to send (repeatable). Without --value, each stdin line is one record.",
)
@click.option(
    "--key-separator",
    "-K",
    metavar="SEP",
    help="Split each line at the first SEP into key and value (no SEP in a line: no key).",
)
@click.option(
    "--header",
    "-H",
    "headers",
    multiple=True,
    metavar="NAME=VALUE",
    help="Header on every record, repeatable.",
)
@click.option(
    "--partition", "-p", type=click.IntRange(min=0), help="Target partition [default: by key hash]."
)
@click.option(
    "--compression",
    "-z",
    type=click.Choice(COMPRESSION_NAMES),
    default="none",
    show_default=True,
    help="Batch compression codec.",
)
@click.option(
    "--acks",
    "-a",
    type=click.Choice(list(ACKS)),
    default="all",
    show_default=True,
    help="Acknowledgements to wait for (all = -1).",
)
@click.option("--null-value-marker", metavar="TEXT", help="Send values equal to TEXT as null (tombstones).")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=1000,
    show_default=True,
    help="Records per request at most.",
)
@click.option(
    "--linger-ms",
    type=click.IntRange(min=0),
    default=100,
    show_default=True,
    help="Send what stdin gave so far after this much idle time.",
)
def produce(
    bootstrap: str,
    topic: str,
    values: tuple[str, ...],
    key_separator: str | None,
    headers: tuple[str, ...],
    partition: int | None,
    compression: str,
    acks: str,
    null_value_marker: str | None,
    batch_size: int,
    linger_ms: int,
) -> None:
    """Write records to TOPIC, one per stdin line (or per --value); a summary goes to stderr."""
    if key_separator == "":
        raise click.BadParameter("must not be empty", param_hint="'--key-separator'")
    parser = LineParser(
        key_separator=key_separator.encode() if key_separator is not None else None,
        null_value_marker=null_value_marker.encode() if null_value_marker is not None else None,
        headers=tuple(
            (name, value.encode()) for name, value in parse_assignments(headers, "--header").items()
        ),
    )
    required_acks = ACKS[acks]
    tally = ProduceTally()

    async def produce_all() -> None:
        async with KafkaClient(bootstrap) as client:
            info = await client.topic(topic, allow_auto_create=True)
            if partition is not None and info.partition(partition) is None:
                raise KafkaError(
                    ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"topic '{topic}' partition {partition}"
                )
            partitioner = KeyPartitioner(len(info.partitions))

            async def send(records: list[ProducerRecord]) -> None:
                if records:
                    tally.add(
                        await client.produce(
                            topic,
                            records,
                            partition=partition,
                            acks=required_acks,
                            compression=compression,
                            partitioner=partitioner,
                        )
                    )

            if values:
                records = [parser.record(value.encode()) for value in values]
                for start in range(0, len(records), batch_size):
                    await send(records[start : start + batch_size])
                return
            reader = LineReader(click.get_binary_stream("stdin"))
            pending: list[ProducerRecord] = []
            while True:
                try:
                    lines = await reader.next_lines(timeout=linger_ms / 1000 if pending else None)
                except TimeoutError:
                    await send(pending)
                    pending = []
                    continue
                if lines is None:
                    break
                pending += (parser.record(line) for line in lines)
                while len(pending) >= batch_size:
                    await send(pending[:batch_size])
                    pending = pending[batch_size:]
            await send(pending)

    try:
        run(produce_all())
    finally:
        if tally.records:
            click.echo(tally.summary(topic, required_acks), err=True)
    if not tally.records:
        click.echo("no records to produce (stdin was empty)", err=True)
