"""The storage interface: a narrow set of domain verbs every engine implements.

Theory of operation
-------------------
An engine stores, per partition, an ordered sequence of record batches exactly as they are
served to consumers (Kafka's record batch v2 bytes), plus one small metadata document
(topics, topic ids, configs, cluster id) that the cluster layer owns and the engine merely
persists.

Partitions are named by ``PartitionKey(topic_id, partition)``. Using the topic id rather than
the name means a topic deleted and re-created under the same name never sees old data.

Offsets are assigned *inside* ``append``: the engine patches the batch's base offset (bytes
0..7, outside the CRC, see DefaultRecordBatch.java) with its log-end offset, so that
engines shared by several brokers can later assign offsets atomically. ``expected_offset`` is
the conditional form the geo-replication MirrorAppend needs: the append happens only if the
log end equals it.

Log verbs are synchronous: the embedded engines (memory, file) complete them against memory
or the page cache, and the event loop thread stays the single writer of every partition, so
offset assignment needs no lock. Durability is the separate, awaitable ``flush`` verb, which
lets many producers share one fsync (group commit).

Engines are chosen by URL scheme (``memory://``, ``file:///path``) through ``open_storage``.
"""

from __future__ import annotations

import abc
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "retention_cut",
    "AppendConflict",
    "BatchInfo",
    "LogRange",
    "PartitionKey",
    "ReadResult",
    "StorageEngine",
    "StorageError",
    "UnknownPartition",
]


@dataclass(frozen=True, slots=True)
class PartitionKey:
    topic_id: uuid.UUID
    partition: int


@dataclass(frozen=True, slots=True)
class BatchInfo:
    """What an engine knows of one stored batch without reading its records."""

    base_offset: int
    last_offset: int
    max_timestamp: int
    position: int  # engine-specific locator; opaque to callers
    size: int


@dataclass(frozen=True, slots=True)
class LogRange:
    log_start_offset: int
    log_end_offset: int


@dataclass(slots=True)
class ReadResult:
    """Whole batches, the first one containing the requested offset.

    ``chunks`` are bytes-like objects (or, for engines that support it, file-region objects
    the server can ``sendfile``); their total length is ``size``.
    """

    chunks: list[Any]
    size: int
    log_start_offset: int
    log_end_offset: int


class StorageError(Exception):
    """An engine could not complete a verb (I/O error, disk full): KAFKA_STORAGE_ERROR."""


class UnknownPartition(StorageError):
    """The partition does not exist in this engine."""


class AppendConflict(StorageError):
    """``append(expected_offset=N)`` found a different log end offset."""

    def __init__(self, expected: int, actual: int) -> None:
        super().__init__(f"expected log end offset {expected}, found {actual}")
        self.expected = expected
        self.actual = actual


class StorageEngine(abc.ABC):
    """Every engine passes tests/storage/contract.py."""

    url: str

    # -- lifecycle -----------------------------------------------------------------------
    async def open(self) -> None:  # noqa: B027 - optional hook
        """Load or recover state. Called once before any other verb."""

    async def close(self) -> None:  # noqa: B027 - optional hook
        """Flush and release resources."""

    # -- metadata document ---------------------------------------------------------------
    @abc.abstractmethod
    def load_metadata(self) -> dict[str, Any] | None:
        """The last document given to ``save_metadata``, or None for a new store."""

    @abc.abstractmethod
    def save_metadata(self, document: dict[str, Any]) -> None:
        """Persist the cluster's metadata document atomically (JSON-serialisable)."""

    # -- partitions ----------------------------------------------------------------------
    @abc.abstractmethod
    def create_partition(self, key: PartitionKey) -> None:
        """Create an empty log; creating an existing one is a no-op."""

    @abc.abstractmethod
    def delete_partition(self, key: PartitionKey) -> None:
        """Remove a log and its data; deleting a missing one is a no-op."""

    @abc.abstractmethod
    def partitions(self) -> list[PartitionKey]:
        """Every partition the engine holds."""

    # -- the log -------------------------------------------------------------------------
    @abc.abstractmethod
    def append(
        self,
        key: PartitionKey,
        batch: bytes | bytearray | memoryview,
        *,
        last_offset_delta: int,
        max_timestamp: int,
        expected_offset: int | None = None,
    ) -> int:
        """Store one record batch at the log end and return its base offset.

        The engine copies ``batch``, writes the assigned base offset into its first 8 bytes
        and a partition leader epoch of 0 into bytes 12..15, and keeps the rest verbatim.
        Raises AppendConflict when ``expected_offset`` is given and differs from the log end.
        """

    @abc.abstractmethod
    def read(
        self, key: PartitionKey, offset: int, max_bytes: int, *, min_one: bool = True, max_offset: int | None = None
    ) -> ReadResult:
        """Whole batches starting with the one that contains ``offset``.

        Stops before the batch that would take the total over ``max_bytes``, except that with
        ``min_one`` the first batch is returned whatever its size (KIP-74), and before the first
        batch that starts at or after ``max_offset`` (a read_committed fetch stops at the last
        stable offset, which is always a batch boundary). An offset at or past the log end
        returns no chunks. Offset range checks are the caller's job.
        """

    @abc.abstractmethod
    def log_range(self, key: PartitionKey) -> LogRange:
        """The log start and log end offsets."""

    @abc.abstractmethod
    def batches(self, key: PartitionKey, start_offset: int = 0) -> Iterator[BatchInfo]:
        """Infos of the stored batches from the one containing ``start_offset`` on."""

    def first_batch_reaching(self, key: PartitionKey, timestamp: int) -> BatchInfo | None:
        """The first batch at or after the log start whose max timestamp is >= ``timestamp``.

        Engines with a time index override this linear scan.
        """
        log_start = self.log_range(key).log_start_offset
        for info in self.batches(key, log_start):
            if info.max_timestamp >= timestamp:
                return info
        return None

    def batch_headers(self, key: PartitionKey, start_offset: int = 0) -> Iterator[bytes]:
        """The 61-byte v2 header of every stored batch from ``start_offset`` on (producer state
        is rebuilt from these on start). Engines override this to avoid reading whole batches."""
        for info in self.batches(key, start_offset):
            yield bytes(self.read_batch(key, info)[:61])

    def configure(self, key: PartitionKey, *, segment_bytes: int, segment_ms: int) -> None:  # noqa: B027
        """Apply a topic's segment.bytes and segment.ms to one partition (engines with
        segments); the broker calls it when the effective values change."""

    def unflushed_records(self, key: PartitionKey) -> int:
        """Records appended to ``key`` since its last flush (flush.messages)."""
        return 0

    def last_flush_ms(self, key: PartitionKey) -> int:
        """Wall-clock time of ``key``'s last flush (flush.ms); engines without flushing say now."""
        return 2**62

    def apply_retention(self, key: PartitionKey, *, now_ms: int, retention_ms: int, retention_bytes: int) -> int:
        """Delete the oldest data beyond retention.ms (by max timestamp) or retention.bytes
        (-1: no limit) in whole units the engine stores (segments), never the newest one;
        return the new log start offset."""
        return self.log_range(key).log_start_offset

    @abc.abstractmethod
    def read_batch(self, key: PartitionKey, info: BatchInfo) -> bytes:
        """The bytes of one batch described by ``batches``."""

    @abc.abstractmethod
    def delete_records(self, key: PartitionKey, before_offset: int) -> int:
        """Advance the log start offset to ``before_offset`` (never backwards, never past the
        log end) and return the new log start. Whole batches below it may be dropped."""

    async def flush(self, keys: Sequence[PartitionKey] | None = None) -> None:  # noqa: B027
        """Make every append so far durable (for the given partitions, or all)."""


def retention_cut(
    units: Sequence[tuple[int, int]], *, now_ms: int, retention_ms: int, retention_bytes: int
) -> int:
    """How many of the oldest retention units (segments, or batches in the memory engine) go.

    ``units`` are (size in bytes, largest timestamp), oldest first. Like Kafka's
    deleteRetentionMsBreachedSegments and deleteRetentionSizeBreachedSegments, a unit goes
    while it is older than ``retention.ms`` or the log minus it still holds at least
    ``retention.bytes``; the newest unit (the active segment) always stays. -1 disables either.
    """
    total = sum(size for size, _ in units)
    doomed = 0
    for size, max_timestamp in units[:-1]:
        expired = retention_ms >= 0 and 0 <= max_timestamp < now_ms - retention_ms
        oversized = retention_bytes >= 0 and total - size >= retention_bytes
        if not (expired or oversized):
            break
        total -= size
        doomed += 1
    return doomed
