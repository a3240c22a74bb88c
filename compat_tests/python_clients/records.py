"""The record set every client scenario produces and expects back byte for byte."""

from __future__ import annotations

from dataclasses import dataclass

CODECS = ["none", "gzip", "snappy", "lz4", "zstd"]
COUNT = 10_000
BASE_TIMESTAMP = 1_700_000_000_000


@dataclass(frozen=True)
class Expected:
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]
    timestamp: int


def expected_records(tag: str, count: int = COUNT) -> list[Expected]:
    """Keys (some null), values (every tenth null, never both), two headers and explicit, increasing
    timestamps three milliseconds apart."""
    out = []
    for i in range(count):
        # kafka-python and aiokafka refuse a record with neither key nor value.
        key = None if i % 13 == 0 and i % 10 != 0 else f"{tag}-key-{i}".encode()
        value = None if i % 10 == 0 else (f"{tag}-value-{i}-".encode() + bytes(range(i % 64)))
        headers = (("source", tag.encode()), ("index", str(i).encode()))
        out.append(Expected(key, value, headers, BASE_TIMESTAMP + 3 * i))
    return out


def first_offset_at_or_after(records: list[Expected], timestamp: int) -> int:
    """Kafka's ListOffsets answer for a single-partition topic written in this order."""
    for offset, record in enumerate(records):
        if record.timestamp >= timestamp:
            return offset
    return -1
