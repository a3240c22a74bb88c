"""The memory engine: every partition is a list of immutable batches in process memory.

Nothing survives a restart; it exists for tests, benchmarks and ephemeral brokers. It runs the
same verbs as the file engine so that both pass one contract suite.
"""

from __future__ import annotations

import bisect
import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from streamd.records.batch import stored_pieces
from streamd.storage.base import (
    AppendConflict,
    BatchInfo,
    LogRange,
    PartitionKey,
    ReadResult,
    StorageEngine,
    UnknownPartition,
    retention_cut,
)

__all__ = ["MemoryEngine"]



@dataclass(slots=True)
class _MemoryLog:
    batches: list[bytes] = field(default_factory=list)
    base_offsets: list[int] = field(default_factory=list)
    last_offsets: list[int] = field(default_factory=list)
    max_timestamps: list[int] = field(default_factory=list)
    log_start_offset: int = 0
    log_end_offset: int = 0

    def index_for(self, offset: int) -> int:
        """Index of the first batch whose last offset is >= offset."""
        return bisect.bisect_left(self.last_offsets, offset)


class MemoryEngine(StorageEngine):
    def __init__(self, url: str = "memory://") -> None:
        self.url = url
        self._logs: dict[PartitionKey, _MemoryLog] = {}
        self._metadata: dict[str, Any] | None = None

    def load_metadata(self) -> dict[str, Any] | None:
        return copy.deepcopy(self._metadata)

    def save_metadata(self, document: dict[str, Any]) -> None:
        self._metadata = copy.deepcopy(document)

    def create_partition(self, key: PartitionKey) -> None:
        self._logs.setdefault(key, _MemoryLog())

    def delete_partition(self, key: PartitionKey) -> None:
        self._logs.pop(key, None)

    def partitions(self) -> list[PartitionKey]:
        return list(self._logs)

    def _log(self, key: PartitionKey) -> _MemoryLog:
        try:
            return self._logs[key]
        except KeyError:
            raise UnknownPartition(f"no partition {key}") from None

    def append(
        self,
        key: PartitionKey,
        batch: bytes | bytearray | memoryview,
        *,
        last_offset_delta: int,
        max_timestamp: int,
        expected_offset: int | None = None,
    ) -> int:
        log = self._log(key)
        base_offset = log.log_end_offset
        if expected_offset is not None and expected_offset != base_offset:
            raise AppendConflict(expected_offset, base_offset)
        last_offset = base_offset + last_offset_delta
        # One copy, which the log keeps (``batch`` is a view of the request frame).
        log.batches.append(b"".join(stored_pieces(batch, base_offset, 0)))
        log.base_offsets.append(base_offset)
        log.last_offsets.append(last_offset)
        log.max_timestamps.append(max_timestamp)
        log.log_end_offset = last_offset + 1
        return base_offset

    def read(
        self, key: PartitionKey, offset: int, max_bytes: int, *, min_one: bool = True, max_offset: int | None = None
    ) -> ReadResult:
        log = self._log(key)
        chunks: list[Any] = []
        size = 0
        index = log.index_for(max(offset, log.log_start_offset))
        batches = log.batches
        stop = len(batches) if max_offset is None else bisect.bisect_left(log.base_offsets, max_offset)
        while index < stop:
            batch = batches[index]
            if size + len(batch) > max_bytes and not (min_one and not chunks):
                break
            chunks.append(batch)
            size += len(batch)
            index += 1
        return ReadResult(chunks, size, log.log_start_offset, log.log_end_offset)

    def log_range(self, key: PartitionKey) -> LogRange:
        log = self._log(key)
        return LogRange(log.log_start_offset, log.log_end_offset)

    def batches(self, key: PartitionKey, start_offset: int = 0) -> Iterator[BatchInfo]:
        log = self._log(key)
        index = log.index_for(max(start_offset, log.log_start_offset))
        while index < len(log.batches):
            yield BatchInfo(
                base_offset=log.base_offsets[index],
                last_offset=log.last_offsets[index],
                max_timestamp=log.max_timestamps[index],
                position=index,
                size=len(log.batches[index]),
            )
            index += 1

    def read_batch(self, key: PartitionKey, info: BatchInfo) -> bytes:
        log = self._log(key)
        index = bisect.bisect_left(log.base_offsets, info.base_offset)
        if index >= len(log.batches) or log.base_offsets[index] != info.base_offset:
            raise UnknownPartition(f"no batch at offset {info.base_offset} in {key}")
        return log.batches[index]

    def apply_retention(self, key: PartitionKey, *, now_ms: int, retention_ms: int, retention_bytes: int) -> int:
        """Retention in whole batches (this engine's unit), never the newest batch."""
        log = self._log(key)
        units = [(len(batch), timestamp) for batch, timestamp in zip(log.batches, log.max_timestamps, strict=True)]
        doomed = retention_cut(units, now_ms=now_ms, retention_ms=retention_ms, retention_bytes=retention_bytes)
        if doomed:
            return self.delete_records(key, log.base_offsets[doomed])
        return log.log_start_offset

    def delete_records(self, key: PartitionKey, before_offset: int) -> int:
        log = self._log(key)
        new_start = min(max(before_offset, log.log_start_offset), log.log_end_offset)
        log.log_start_offset = new_start
        # Drop whole batches that lie entirely below the new log start.
        drop = bisect.bisect_left(log.last_offsets, new_start)
        if drop:
            del log.batches[:drop]
            del log.base_offsets[:drop]
            del log.last_offsets[:drop]
            del log.max_timestamps[:drop]
        return new_start
