"""The file engine: durable partition logs under one data directory (``file:///path``).

Layout::

    <data dir>/
        metadata.json              the cluster's metadata document (atomic rename)
        clean-shutdown             present only between a clean close and the next open
        logs/<topic id>-<partition>/   one PartitionLog per partition

A missing ``clean-shutdown`` marker at open means the process died: every partition then
re-validates (length and CRC32C) the batches above its recovery point and truncates a torn or
corrupt tail. ``flush`` fsyncs the partitions with unflushed appends; concurrent callers share
one flush in progress (group commit), so many acks=-1 producers cost one fsync per round.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from streamd.storage.base import (
    BatchInfo,
    LogRange,
    PartitionKey,
    ReadResult,
    StorageEngine,
    StorageError,
    UnknownPartition,
)
from streamd.storage.file.cleaner import commit, plan_compaction
from streamd.storage.file.partition import FlushMark, PartitionLog, write_atomically

__all__ = ["FileEngine"]

log = logging.getLogger("streamd.storage.file")

METADATA_FILE = "metadata.json"
CLEAN_SHUTDOWN_FILE = "clean-shutdown"


def _batch_is_valid(batch: bytes) -> bool:
    from streamd.records.batch import RecordError, parse_header, verify_crc

    try:
        header = parse_header(batch, 0)
        return header.magic == 2 and header.total_size == len(batch) and verify_crc(batch, 0)
    except (RecordError, ValueError):
        return False


class FileEngine(StorageEngine):
    def __init__(
        self,
        root: Path,
        *,
        segment_bytes: int = 1 << 30,
        segment_ms: int = 7 * 24 * 3600 * 1000,
        index_interval_bytes: int = 4096,
        url: str | None = None,
        zero_copy: bool = False,
    ) -> None:
        self.root = root
        self.url = url or f"file://{root}"
        self._segment_bytes = segment_bytes
        self._segment_ms = segment_ms
        self._index_interval_bytes = index_interval_bytes
        self.zero_copy = zero_copy
        self._logs: dict[PartitionKey, PartitionLog] = {}
        self._flushing: asyncio.Future[None] | None = None
        self._background: set[asyncio.Task[None]] = set()  # flushes started by segment rolls
        self.recovered_bytes = 0
        self.was_clean = True

    # -- lifecycle ----------------------------------------------------------------------------
    async def open(self) -> None:
        (self.root / "logs").mkdir(parents=True, exist_ok=True)
        marker = self.root / CLEAN_SHUTDOWN_FILE
        self.was_clean = marker.exists() or not any((self.root / "logs").iterdir())
        marker.unlink(missing_ok=True)
        for directory in sorted((self.root / "logs").iterdir()):
            key = self._key_of(directory.name)
            if key is None:
                continue
            self._logs[key] = partition = self._new_log(key)
            self.recovered_bytes += partition.open(self.was_clean)
        if not self.was_clean:
            log.warning("unclean shutdown detected: recovered %d partitions, truncated %d bytes",
                        len(self._logs), self.recovered_bytes)

    async def close(self) -> None:
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)
        while self._flushing is not None:
            await asyncio.shield(self._flushing)
        for partition in self._logs.values():
            partition.close()
        write_atomically(self.root / CLEAN_SHUTDOWN_FILE, b"")

    # -- metadata -----------------------------------------------------------------------------
    def load_metadata(self) -> dict[str, Any] | None:
        try:
            document: dict[str, Any] = json.loads((self.root / METADATA_FILE).read_text())
        except FileNotFoundError:
            return None
        return document

    def save_metadata(self, document: dict[str, Any]) -> None:
        write_atomically(self.root / METADATA_FILE, json.dumps(document, sort_keys=True).encode())

    # -- partitions ---------------------------------------------------------------------------
    @staticmethod
    def _dir_name(key: PartitionKey) -> str:
        return f"{key.topic_id.hex}-{key.partition}"

    @staticmethod
    def _key_of(name: str) -> PartitionKey | None:
        topic, _, partition = name.rpartition("-")
        try:
            return PartitionKey(uuid.UUID(hex=topic), int(partition))
        except ValueError:
            return None

    def _new_log(self, key: PartitionKey) -> PartitionLog:
        partition_log = PartitionLog(
            self.root / "logs" / self._dir_name(key),
            segment_bytes=self._segment_bytes,
            segment_ms=self._segment_ms,
            index_interval_bytes=self._index_interval_bytes,
            validate_batch=_batch_is_valid,
        )
        partition_log.zero_copy = self.zero_copy
        return partition_log

    def create_partition(self, key: PartitionKey) -> None:
        if key in self._logs:
            return
        partition = self._new_log(key)
        try:
            partition.open(clean_shutdown=True)
        except OSError as exc:  # out of file descriptors or disk space: nothing is left behind
            with contextlib.suppress(OSError):
                partition.delete()
            raise StorageError(f"creating {key} failed: {exc}") from exc
        self._logs[key] = partition

    def delete_partition(self, key: PartitionKey) -> None:
        partition = self._logs.pop(key, None)
        if partition is not None:
            partition.delete()

    def partitions(self) -> list[PartitionKey]:
        return list(self._logs)

    def _log(self, key: PartitionKey) -> PartitionLog:
        try:
            return self._logs[key]
        except KeyError:
            raise UnknownPartition(f"no partition {key}") from None

    # -- the log ------------------------------------------------------------------------------
    def append(self, key: PartitionKey, batch: bytes | bytearray | memoryview, *, last_offset_delta: int,
               max_timestamp: int, expected_offset: int | None = None) -> int:
        partition = self._log(key)
        try:
            offset = partition.append(batch, last_offset_delta, max_timestamp, expected_offset)
        except OSError as exc:
            raise StorageError(f"append to {key} failed: {exc}") from exc
        if partition.rolled_unflushed:
            partition.rolled_unflushed = False
            self._flush_rolled(key, partition)
        return offset

    def _flush_rolled(self, key: PartitionKey, partition: PartitionLog) -> None:
        """Make a just-rolled segment durable off the append path (see PartitionLog.append)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # a caller without an event loop (tools, tests): flush in place
            partition.flush()
            return
        task = loop.create_task(self.flush([key]))
        self._background.add(task)
        task.add_done_callback(self._background_done)

    def _background_done(self, task: asyncio.Task[None]) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            # The data stays in the page cache and the next flush (or close) tries again.
            log.error("background flush after a segment roll failed: %s", task.exception())

    def read(
        self, key: PartitionKey, offset: int, max_bytes: int, *, min_one: bool = True, max_offset: int | None = None
    ) -> ReadResult:
        try:
            return self._log(key).read(offset, max_bytes, min_one, max_offset)
        except OSError as exc:
            raise StorageError(f"read from {key} failed: {exc}") from exc

    def log_range(self, key: PartitionKey) -> LogRange:
        return self._log(key).log_range()

    def batches(self, key: PartitionKey, start_offset: int = 0) -> Iterator[BatchInfo]:
        return self._log(key).batches(start_offset)

    def first_batch_reaching(self, key: PartitionKey, timestamp: int) -> BatchInfo | None:
        return self._log(key).first_batch_reaching(timestamp)

    def read_batch(self, key: PartitionKey, info: BatchInfo) -> bytes:
        return self._log(key).read_batch(info)

    def batch_headers(self, key: PartitionKey, start_offset: int = 0) -> Iterator[bytes]:
        return self._log(key).headers(start_offset)

    def configure(self, key: PartitionKey, *, segment_bytes: int, segment_ms: int) -> None:
        partition = self._log(key)
        partition.segment_bytes = segment_bytes
        partition.segment_ms = segment_ms

    def unflushed_records(self, key: PartitionKey) -> int:
        return self._log(key).unflushed_records

    def last_flush_ms(self, key: PartitionKey) -> int:
        return self._log(key).last_flush_ms

    def apply_retention(self, key: PartitionKey, *, now_ms: int, retention_ms: int, retention_bytes: int) -> int:
        try:
            return self._log(key).apply_retention(now_ms, retention_ms, retention_bytes)
        except OSError as exc:
            raise StorageError(f"retention on {key} failed: {exc}") from exc

    def delete_records(self, key: PartitionKey, before_offset: int) -> int:
        return self._log(key).delete_records(before_offset)

    async def compact(self, key: PartitionKey, *, now_ms: int, delete_retention_ms: int,
                      min_compaction_lag_ms: int) -> int:
        """Compact the closed segments of ``key`` (cleaner.py); returns records removed. The
        rewriting runs in a worker thread; the swap happens here, on the event loop."""
        partition = self._log(key)
        segments = list(partition.segments)
        if len(segments) < 2:
            return 0
        loop = asyncio.get_running_loop()
        try:
            plan = await loop.run_in_executor(
                None, lambda: plan_compaction(segments, segments[-1].size, now_ms=now_ms,
                                              delete_retention_ms=delete_retention_ms,
                                              min_compaction_lag_ms=min_compaction_lag_ms))
        except OSError as exc:
            raise StorageError(f"compaction of {key} failed: {exc}") from exc
        if key not in self._logs or self._logs[key] is not partition:
            for _, path in plan.cleaned:
                path.unlink(missing_ok=True)
            return 0
        partition.replace_segments(commit(partition.segments, plan))
        if plan.records_removed:
            log.info("compacted %s: %d records removed, %d -> %d bytes", key, plan.records_removed,
                     plan.bytes_before, plan.bytes_after)
        return plan.records_removed

    async def flush(self, keys: Sequence[PartitionKey] | None = None) -> None:
        """fsync the partitions in ``keys`` (all when None) that have unflushed appends. A
        caller arriving while a flush runs waits for it and then runs one more round (its
        appends may have missed the first); rounds never overlap, so each partition's flush
        marks are taken and retired in order."""
        while self._flushing is not None:
            await asyncio.shield(self._flushing)
        loop = asyncio.get_running_loop()
        self._flushing = loop.create_future()
        try:
            # Snapshot in the loop thread what this round makes durable; appends that land
            # while the fsyncs run belong to the next round.
            chosen = self._logs.values() if keys is None else [self._logs[k] for k in keys if k in self._logs]
            rounds = [(p, p.begin_flush()) for p in chosen if p.unflushed]
            if rounds:
                await loop.run_in_executor(None, _sync_all, rounds)
                for partition, mark in rounds:
                    partition.end_flush(mark)
        except OSError as exc:
            raise StorageError(f"flush failed: {exc}") from exc
        finally:
            done, self._flushing = self._flushing, None
            done.set_result(None)


def _sync_all(rounds: list[tuple[PartitionLog, FlushMark]]) -> None:
    for partition, mark in rounds:
        partition.sync(mark)
