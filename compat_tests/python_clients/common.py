"""What every Python client scenario produces, and the answers Apache Kafka gives for it.

The record set has keys (some null), values (some null, some empty, binary payloads of varied
length), headers (none, several, a repeated key, an empty and a null value, a non-ASCII key) and
explicit, non-decreasing timestamps with repeats, spread over two partitions. The expected
ListOffsets answers are computed here the way Kafka defines them, and the suite checks that they
are Kafka's by running against Apache Kafka itself.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
RECORD_COUNT = 10_000
ROUND_TRIP_PARTITIONS = 2
AUTO_CREATE_PARTITIONS = 4  # the fixture's (and the Kafka peer's) num.partitions

# Timestamps 30 minutes in the past: inside Kafka's default message.timestamp.*.max.ms windows and
# far from the 7-day retention.ms, so the log cleaner never removes the records mid-run.
BASE_TIMESTAMP = (int(time.time()) - 1800) * 1000

Headers = tuple[tuple[str, bytes | None], ...]


@dataclass(frozen=True)
class Record:
    partition: int
    key: bytes | None
    value: bytes | None
    headers: Headers
    timestamp: int


def _headers(tag: str, i: int, null_header_values: bool) -> Headers:
    kind = i % 5
    if kind == 0:
        return ()
    if kind == 1:
        return (("source", tag.encode()), ("index", str(i).encode()))
    if kind == 2:
        return (("dup", b"first"), ("dup", b"second"), ("empty", b""))
    if kind == 3:
        return (("null-value", None),) if null_header_values else (("one", b"1"),)
    return (("ключ", bytes([0, 255, i % 256])),)


def expected_records(
    tag: str,
    count: int = RECORD_COUNT,
    partitions: int = ROUND_TRIP_PARTITIONS,
    null_header_values: bool = True,
) -> list[Record]:
    """``count`` records round-robin over ``partitions``; each client produces and reads these back.
    kafka-python's producer refuses null header values, hence ``null_header_values``."""
    records = []
    for i in range(count):
        key: bytes | None = f"{tag}-key-{i}".encode()
        value: bytes | None = f"{tag}-value-{i}-".encode() + bytes((i * 7 + j) % 256 for j in range(i % 300))
        if i % 10 == 0:
            value = None  # a tombstone
        elif i % 10 == 5:
            value = b""
        if i % 7 == 3 and value is not None:
            key = None  # kafka-python and aiokafka refuse a record with neither key nor value
        # Four records share each timestamp, so every partition sees pairs of equal timestamps.
        timestamp = BASE_TIMESTAMP + (i // 4) * 5
        records.append(Record(i % partitions, key, value, _headers(tag, i, null_header_values), timestamp))
    return records


def by_partition(records: list[Record]) -> dict[int, list[Record]]:
    """Records per partition, in the order (so at the offsets) they were produced."""
    out: dict[int, list[Record]] = {}
    for record in records:
        out.setdefault(record.partition, []).append(record)
    return out


def offset_for_timestamp(log: list[Record], target: int) -> tuple[int, int] | None:
    """Kafka's ListOffsets answer for ``target`` on a partition holding ``log`` from offset 0:
    the first offset whose timestamp is at or after ``target``, with that timestamp; None (Kafka
    sends offset -1) when there is none."""
    for offset, record in enumerate(log):
        if record.timestamp >= target:
            return offset, record.timestamp
    return None


def offset_of_max_timestamp(log: list[Record]) -> tuple[int, int]:
    """Kafka's answer for the MAX_TIMESTAMP spec (-3, ListOffsets v7+): the first record with the
    largest timestamp (KIP-734, KAFKA-16310)."""
    largest = max(record.timestamp for record in log)
    return next(offset for offset, record in enumerate(log) if record.timestamp == largest), largest


def timestamp_targets(log: list[Record]) -> list[int]:
    """Targets covering every case: before the log, on a repeated timestamp, between two
    timestamps, on and after the last one."""
    middle = log[len(log) // 2].timestamp
    return [
        log[0].timestamp - 10_000,
        log[0].timestamp,
        middle,
        middle + 1,
        middle - 1,
        log[-1].timestamp,
        log[-1].timestamp + 1,
    ]


# Every topic config Apache Kafka 4.x describes for a topic, with its default (DescribeConfigs with
# no names). Kafka's KRaft controller sets min.insync.replicas at the cluster level, so that one
# has source DYNAMIC_DEFAULT_BROKER_CONFIG there; streamd reports DEFAULT_CONFIG.
KAFKA_TOPIC_CONFIG_DEFAULTS = {
    "cleanup.policy": "delete",
    "compression.gzip.level": "-1",
    "compression.lz4.level": "9",
    "compression.type": "producer",
    "compression.zstd.level": "3",
    "delete.retention.ms": "86400000",
    "file.delete.delay.ms": "60000",
    "flush.messages": "9223372036854775807",
    "flush.ms": "9223372036854775807",
    "follower.replication.throttled.replicas": "",
    "index.interval.bytes": "4096",
    "leader.replication.throttled.replicas": "",
    "local.retention.bytes": "-2",
    "local.retention.ms": "-2",
    "max.compaction.lag.ms": "9223372036854775807",
    "max.message.bytes": "1048588",
    "message.timestamp.after.max.ms": "3600000",
    "message.timestamp.before.max.ms": "9223372036854775807",
    "message.timestamp.type": "CreateTime",
    "min.cleanable.dirty.ratio": "0.5",
    "min.compaction.lag.ms": "0",
    "min.insync.replicas": "1",
    "preallocate": "false",
    "remote.log.copy.disable": "false",
    "remote.log.delete.on.disable": "false",
    "remote.storage.enable": "false",
    "retention.bytes": "-1",
    "retention.ms": "604800000",
    "segment.bytes": "1073741824",
    "segment.index.bytes": "10485760",
    "segment.jitter.ms": "0",
    "segment.ms": "604800000",
    "unclean.leader.election.enable": "false",
}
CLUSTER_LEVEL_CONFIGS = {"min.insync.replicas"}

# ConfigSource values on the wire (DescribeConfigs v1+).
SOURCE_DYNAMIC_TOPIC_CONFIG = 1
SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG = 3
SOURCE_DEFAULT_CONFIG = 5

# Names CreateTopics rejects with INVALID_TOPIC_EXCEPTION (17): a character outside
# [a-zA-Z0-9._-], "." and "..", and a name longer than 249 characters.
INVALID_TOPIC_NAMES = {
    "slash": "bad/name",
    "space": "bad name",
    "dot": ".",
    "dotdot": "..",
    "too-long": "x" * 250,
}

# Kafka error codes the scenarios expect.
UNKNOWN_TOPIC_OR_PARTITION = 3
MESSAGE_TOO_LARGE = 10


def unique_topic(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def eventually(check: Callable[[], bool], timeout: float = 15.0, interval: float = 0.1) -> None:
    """Apache Kafka applies topic creation, deletion, partition growth and config changes
    asynchronously (the controller publishes them to the broker's metadata), where streamd may
    apply them before it answers. Poll so a scenario holds against both."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s: {check}")
        time.sleep(interval)
