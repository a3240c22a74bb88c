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
from streamd.client import EARLIEST, LATEST, ConsumedRecord, KafkaClient, KafkaError, TopicInfo

__all__ = ["StartOffset", "consume", "parse_start_offset"]

_UNKNOWN_TOPIC_OR_PARTITION = 3
_RETRY_DELAY = 0.2
_LONGEST_POLL_MS = 500
# Partition errors after which the next fetch may succeed (leadership moving, topic settling).
_TRANSIENT = frozenset({5, 6, 7, 74, 75})


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
            f"{text!r}: expected earliest, latest, an offset N, or -N (N before the end)", param_hint="'--offset'"
        ) from None
    return StartOffset("from_end", -number) if number < 0 else StartOffset("absolute", number)


async def _start_positions(client: KafkaClient, info: TopicInfo, partitions: list[int], start: StartOffset) -> dict[int, int]:
    if start.kind == "absolute":
        return dict.fromkeys(partitions, start.value)
    if start.kind == "earliest":
        return await client.list_offsets(info, dict.fromkeys(partitions, EARLIEST))
    latest = await client.list_offsets(info, dict.fromkeys(partitions, LATEST))
    if start.kind == "latest":
        return latest
    earliest = await client.list_offsets(info, dict.fromkeys(partitions, EARLIEST))
    return {p: max(earliest[p], latest[p] - start.value) for p in partitions}


@dataclass(slots=True)
class ConsumeLimits:
    count: int | None
    idle_timeout_ms: int | None
    exit_at_end: bool


async def _consume(
    bootstrap: str,
    topic: str,
    partition: int | None,
    start: StartOffset,
    limits: ConsumeLimits,
    emit: Callable[[ConsumedRecord], None],
) -> int:
    """Print records until the count, the idle timeout or the end; return how many."""
    consumed = 0
    async with KafkaClient(bootstrap) as client:
        info = await client.topic(topic)
        if partition is not None and info.partition(partition) is None:
            raise KafkaError(_UNKNOWN_TOPIC_OR_PARTITION, f"topic '{topic}' partition {partition}")
        partitions = [partition] if partition is not None else [p.index for p in info.partitions]
        positions = await _start_positions(client, info, partitions, start)
        at_end: set[int] = set()
        last_record_at = time.monotonic()
        while limits.count is None or consumed < limits.count:
            wait_ms = 0 if limits.exit_at_end else _LONGEST_POLL_MS
            if limits.idle_timeout_ms is not None:
                remaining_ms = limits.idle_timeout_ms - (time.monotonic() - last_record_at) * 1000
                if remaining_ms <= 0:
                    break
                wait_ms = min(wait_ms, int(remaining_ms))
            results = await client.fetch(info, positions, max_wait_ms=wait_ms)
            settling = False
            for index in sorted(results):
                result = results[index]
                if result.error_code in _TRANSIENT:
                    settling = True
                    continue
                if result.error_code:
                    subject = f"topic '{topic}' partition {index} at offset {positions[index]}"
                    raise KafkaError(result.error_code, subject)
                wanted = result.records
                if limits.count is not None:
                    wanted = wanted[: limits.count - consumed]
                for record in wanted:
                    emit(record)
                    positions[index] = record.offset + 1
                consumed += len(wanted)
                if wanted:
                    last_record_at = time.monotonic()
                if len(wanted) == len(result.records) and result.next_offset is not None:
                    # Past control batches and records the log no longer holds (compaction).
                    positions[index] = max(positions[index], result.next_offset)
                if positions[index] >= result.high_watermark:
                    at_end.add(index)
                else:
                    at_end.discard(index)
            if limits.exit_at_end and len(at_end) == len(positions):
                break
            if settling:
                await asyncio.sleep(_RETRY_DELAY)
                info = await client.topic(topic)
    return consumed


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
@click.option("--from-beginning", is_flag=True, help="Start at the earliest offset (same as --offset earliest).")
@click.option(
    "--offset", "-o", "offset_text", metavar="earliest|latest|N|-N",
    help="Start offset: earliest, latest, an absolute offset N, or -N for N records before the end "
    "[default: latest].",
)
@click.option("--count", "-c", type=click.IntRange(min=1), help="Exit after this many records.")
@click.option("--timeout-ms", type=click.IntRange(min=0), help="Exit when no record arrives for this long.")
@click.option("--exit-at-end", "-e", is_flag=True, help="Exit once every partition is read to its end.")
@click.option(
    "--format", "-f", "record_format", metavar="FORMAT",
    help="kcat-like format: %t topic, %p partition, %o offset, %k key, %v value, %h headers, "
    "%T timestamp, %K/%S key/value length, \\n \\t escapes [default: '%v\\n'].",
)
@click.option(
    "--output", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text uses --format; json prints one JSON object per record.",
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
    quiet: bool,
) -> None:
    """Print records of TOPIC to stdout, without joining a consumer group."""
    if from_beginning and offset_text is not None:
        raise click.UsageError("--from-beginning and --offset are mutually exclusive")
    if output == "json" and record_format is not None:
        raise click.UsageError("--format applies to --output text only")
    start = StartOffset("earliest") if from_beginning else parse_start_offset(offset_text or "latest")
    emit = _json_writer() if output == "json" else _text_writer(record_format or DEFAULT_RECORD_FORMAT)
    limits = ConsumeLimits(count=count, idle_timeout_ms=timeout_ms, exit_at_end=exit_at_end)
    consumed = run(_consume(bootstrap, topic, partition, start, limits, emit))
    if not quiet:
        click.echo(f"consumed {consumed} record{'' if consumed == 1 else 's'} from topic '{topic}'", err=True)
