"""``streamd consume``: print records from given offsets (kcat -C), no consumer group."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

import click

from streamd.cli._options import bootstrap_option, run
from streamd.cli._output import DEFAULT_RECORD_FORMAT, FormatError, RecordFormatter, record_as_json
from streamd.client import (
    EARLIEST,
    LATEST,
    READ_COMMITTED,
    READ_UNCOMMITTED,
    ConsumedRecord,
    KafkaClient,
    KafkaError,
    PartitionFetch,
    TopicInfo,
)
from streamd.client.errors import SETTLING_ERRORS
from streamd.protocol._generated import ErrorCode

__all__ = ["StartOffset", "consume", "parse_start_offset"]

_RETRY_DELAY = 0.2
_LONGEST_POLL_MS = 500


@dataclass(frozen=True, slots=True)
class StartOffset:
    """Where to start: ``earliest``, ``latest``, an absolute offset, or N before the end."""

    kind: str  # "earliest" | "latest" | "absolute" | "from_end"
    value: int = 0


def parse_start_offset(text: str) -> StartOffset:
    lowered = text.strip().lower()
    if lowered in ("earliest", "beginning"):
        return StartOffset("earliest")
    if lowered in ("latest", "end"):
        return StartOffset("latest")
    try:
        number = int(lowered)
    except ValueError:
        raise click.BadParameter(
            f"{text!r}: expected earliest, latest, an offset N, or -N (N before the end)",
            param_hint="'--offset'",
        ) from None
    return StartOffset("from_end", -number) if number < 0 else StartOffset("absolute", number)


async def _start_positions(
    client: KafkaClient, info: TopicInfo, partitions: list[int], start: StartOffset, isolation_level: int
) -> dict[int, int]:
    if start.kind == "absolute":
        return dict.fromkeys(partitions, start.value)
    if start.kind == "earliest":
        return await client.list_offsets(info, dict.fromkeys(partitions, EARLIEST))
    latest = await client.list_offsets(
        info, dict.fromkeys(partitions, LATEST), isolation_level=isolation_level
    )
    if start.kind == "latest":
        return latest
    earliest = await client.list_offsets(info, dict.fromkeys(partitions, EARLIEST))
    return {p: max(earliest[p], latest[p] - start.value) for p in partitions}


@dataclass(frozen=True, slots=True)
class ConsumePlan:
    """When to stop, and what counts as the end."""

    count: int | None
    idle_timeout_ms: int | None
    exit_at_end: bool
    read_committed: bool

    @property
    def isolation_level(self) -> int:
        return READ_COMMITTED if self.read_committed else READ_UNCOMMITTED


class Consumption:
    """Positions per partition, advanced by each fetch's results, and the records emitted."""

    def __init__(
        self, topic: str, positions: dict[int, int], plan: ConsumePlan, emit: Callable[[ConsumedRecord], None]
    ) -> None:
        self.topic = topic
        self.positions = positions
        self.plan = plan
        self.emit = emit
        self.consumed = 0
        self.at_end: set[int] = set()
        self.last_record_at = time.monotonic()

    @property
    def done(self) -> bool:
        if self.plan.count is not None and self.consumed >= self.plan.count:
            return True
        return self.plan.exit_at_end and len(self.at_end) == len(self.positions)

    def next_wait_ms(self) -> int | None:
        """How long the next fetch may wait; None when the idle timeout has passed."""
        wait_ms = 0 if self.plan.exit_at_end else _LONGEST_POLL_MS
        if self.plan.idle_timeout_ms is None:
            return wait_ms
        remaining_ms = self.plan.idle_timeout_ms - (time.monotonic() - self.last_record_at) * 1000
        return None if remaining_ms <= 0 else min(wait_ms, int(remaining_ms))

    def take(self, result: PartitionFetch) -> None:
        index = result.partition
        if result.error_code:
            subject = f"topic '{self.topic}' partition {index} at offset {self.positions[index]}"
            raise KafkaError(result.error_code, subject)
        wanted = result.records
        if self.plan.count is not None:
            wanted = wanted[: self.plan.count - self.consumed]
        for record in wanted:
            self.emit(record)
            self.positions[index] = record.offset + 1
        self.consumed += len(wanted)
        if wanted:
            self.last_record_at = time.monotonic()
        if len(wanted) == len(result.records) and result.next_offset is not None:
            # Step over control batches, aborted transactions and compacted-away records.
            self.positions[index] = max(self.positions[index], result.next_offset)
        if self.positions[index] >= result.end_offset(self.plan.read_committed):
            self.at_end.add(index)
        else:
            self.at_end.discard(index)


async def _consume(
    bootstrap: str,
    topic: str,
    partition: int | None,
    start: StartOffset,
    plan: ConsumePlan,
    emit: Callable[[ConsumedRecord], None],
) -> int:
    """Print records until the count, the idle timeout or the end; return how many."""
    async with KafkaClient(bootstrap) as client:
        info = await client.topic(topic)
        if partition is not None and info.partition(partition) is None:
            raise KafkaError(ErrorCode.UNKNOWN_TOPIC_OR_PARTITION, f"topic '{topic}' partition {partition}")
        partitions = [partition] if partition is not None else [p.index for p in info.partitions]
        positions = await _start_positions(client, info, partitions, start, plan.isolation_level)
        consumption = Consumption(topic, positions, plan, emit)
        while not consumption.done:
            wait_ms = consumption.next_wait_ms()
            if wait_ms is None:
                break
            results = await client.fetch(
                info, positions, max_wait_ms=wait_ms, isolation_level=plan.isolation_level
            )
            settling = [result for result in results.values() if result.error_code in SETTLING_ERRORS]
            for index in sorted(results):
                if results[index].error_code not in SETTLING_ERRORS:
                    consumption.take(results[index])
                if consumption.done:
                    break
            if settling:
                await asyncio.sleep(_RETRY_DELAY)
                info = await client.topic(topic)
        return consumption.consumed


def _text_writer(template: str) -> Callable[[ConsumedRecord], None]:
    try:
        formatter = RecordFormatter(template)
    except FormatError as exc:
        raise click.BadParameter(str(exc), param_hint="'--format'") from None
    out = click.get_binary_stream("stdout")

    def emit(record: ConsumedRecord) -> None:
        out.write(formatter.render(record))
        out.flush()

    return emit


def _json_writer() -> Callable[[ConsumedRecord], None]:
    def emit(record: ConsumedRecord) -> None:
        sys.stdout.write(record_as_json(record) + "\n")
        sys.stdout.flush()

    return emit


@click.command()
@bootstrap_option
@click.argument("topic")
@click.option("--partition", "-p", type=click.IntRange(min=0), help="Read one partition [default: all].")
@click.option(
    "--from-beginning", is_flag=True, help="Start at the earliest offset (same as --offset earliest)."
)
@click.option(
    "--offset",
    "-o",
    "offset_text",
    metavar="earliest|latest|N|-N",
    help="Start offset: earliest, latest, an absolute offset N, or -N for N records before the end "
    "[default: latest].",
)
@click.option("--count", "-c", type=click.IntRange(min=1), help="Exit after this many records.")
@click.option("--timeout-ms", type=click.IntRange(min=0), help="Exit when no record arrives for this long.")
@click.option("--exit-at-end", "-e", is_flag=True, help="Exit once every partition is read to its end.")
@click.option(
    "--format",
    "-f",
    "record_format",
    metavar="FORMAT",
    help="kcat-like format: %t topic, %p partition, %o offset, %k key, %v value, %h headers, "
    "%T timestamp, %K/%S key/value length, \\n \\t escapes [default: '%v\\n'].",
)
@click.option(
    "--output",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text uses --format; json prints one JSON object per record.",
)
@click.option(
    "--isolation",
    type=click.Choice(["read_uncommitted", "read_committed"]),
    default="read_uncommitted",
    show_default=True,
    help="read_committed hides aborted transactions and stops at the last stable offset.",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
def consume(
    bootstrap: str,
    topic: str,
    partition: int | None,
    from_beginning: bool,
    offset_text: str | None,
    count: int | None,
    timeout_ms: int | None,
    exit_at_end: bool,
    record_format: str | None,
    output: str,
    isolation: str,
    quiet: bool,
) -> None:
    """Print records of TOPIC to stdout, without joining a consumer group."""
    if from_beginning and offset_text is not None:
        raise click.UsageError("--from-beginning and --offset are mutually exclusive")
    if output == "json" and record_format is not None:
        raise click.UsageError("--format applies to --output text only")
    start = StartOffset("earliest") if from_beginning else parse_start_offset(offset_text or "latest")
    emit = _json_writer() if output == "json" else _text_writer(record_format or DEFAULT_RECORD_FORMAT)
    plan = ConsumePlan(
        count=count,
        idle_timeout_ms=timeout_ms,
        exit_at_end=exit_at_end,
        read_committed=isolation == "read_committed",
    )
    consumed = run(_consume(bootstrap, topic, partition, start, plan, emit))
    if not quiet:
        click.echo(f"consumed {consumed} record{'' if consumed == 1 else 's'} from topic '{topic}'", err=True)
