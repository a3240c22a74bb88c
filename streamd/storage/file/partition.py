"""One partition's log on disk: a directory of segments plus two small checkpoint files.

``log-start-offset`` holds the log start (moved by DeleteRecords and retention) and
``recovery-point`` the offset below which everything was fsynced. Both are written atomically
(write a temporary file, fsync, rename). On an unclean start, segments holding offsets at or
above the recovery point are scanned, CRC-checked and truncated at the first invalid batch;
segments below it are trusted with their index files.
"""

from __future__ import annotations

import bisect
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from streamd.protocol.buffers import FileRegion
from streamd.records.batch import stored_pieces
from streamd.storage.base import AppendConflict, BatchInfo, LogRange, ReadResult, retention_cut
from streamd.storage.file.segment import BatchLocation, Segment

__all__ = ["FlushMark", "PartitionLog", "write_atomically"]

LOG_START_FILE = "log-start-offset"
RECOVERY_POINT_FILE = "recovery-point"


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@dataclass(frozen=True, slots=True)
class FlushMark:
    """One flush round of a partition, snapshotted in the loop thread (``begin_flush``): the
    log end offset it makes durable, the appends and records it accounts for, the segments to
    fsync and how many of them (the first ``rolled``) are finished ones."""

    end_offset: int
    appends: int
    records: int
    segments: tuple[Segment, ...]
    rolled: int


def _read_int(path: Path, default: int) -> int:
    try:
        return int(path.read_text().strip())
    except (FileNotFoundError, ValueError):
        return default


class PartitionLog:
    def __init__(
        self,
        directory: Path,
        *,
        segment_bytes: int,
        segment_ms: int,
        index_interval_bytes: int,
        validate_batch: Callable[[bytes], bool] | None,
    ) -> None:
        self.directory = directory
        self.segment_bytes = segment_bytes
        self.segment_ms = segment_ms
        self.index_interval_bytes = index_interval_bytes
        self._validate = validate_batch
        self.segments: list[Segment] = []
        self._bases: list[int] = []
        self.log_start_offset = 0
        self.recovery_point = 0
        self.unflushed = 0
        self.unflushed_records = 0
        self._rolled: list[Segment] = []  # finished segments not yet fsynced, oldest first
        self.rolled_unflushed = False  # set by a roll; the engine clears it and starts a flush
        self.zero_copy = False  # serve reads as FileRegions for sendfile(2) instead of bytes
        self.last_flush_ms = int(time.time() * 1000)

    # -- opening and recovery -----------------------------------------------------------------
    def open(self, clean_shutdown: bool) -> int:
        """Load the segments; return the number of bytes truncated by recovery."""
        self.directory.mkdir(parents=True, exist_ok=True)
        bases = sorted(int(p.stem) for p in self.directory.glob("*.log") if p.stem.isdigit())
        self.log_start_offset = _read_int(self.directory / LOG_START_FILE, 0)
        self.recovery_point = _read_int(self.directory / RECOVERY_POINT_FILE, 0)
        truncated = 0
        for i, base in enumerate(bases):
            segment = Segment(self.directory, base, self.index_interval_bytes)
            following = bases[i + 1] if i + 1 < len(bases) else None
            needs_scan = not clean_shutdown and (following is None or following > self.recovery_point)
            if needs_scan or not segment.load_indexes():
                truncated += segment.rebuild_indexes(self._validate if needs_scan else None)
            self.segments.append(segment)
        if truncated and len(self.segments) > 1:
            # A segment after a truncated one cannot be trusted to continue the offsets.
            for index in range(len(self.segments) - 1):
                if self.segments[index].next_offset != self.segments[index + 1].base_offset:
                    for dropped in self.segments[index + 1 :]:
                        truncated += dropped.size
                        dropped.delete()
                    del self.segments[index + 1 :]
                    break
        if not self.segments:
            self._roll(self.log_start_offset)
        self._index_bases()
        self.log_start_offset = min(max(self.log_start_offset, self.segments[0].base_offset), self.log_end_offset)
        self.recovery_point = self.log_end_offset
        return truncated

    # -- queries ------------------------------------------------------------------------------
    @property
    def log_end_offset(self) -> int:
        return self.segments[-1].next_offset

    def log_range(self) -> LogRange:
        return LogRange(self.log_start_offset, self.log_end_offset)

    def _segment_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._bases, offset) - 1, 0)

    def locations(self, start_offset: int) -> Iterator[BatchLocation]:
        start_offset = max(start_offset, self.log_start_offset)
        for index in range(self._segment_index(start_offset), len(self.segments)):
            segment = self.segments[index]
            yield from segment.locate(start_offset) if segment.base_offset <= start_offset else segment.scan(0)

    def batches(self, start_offset: int) -> Iterator[BatchInfo]:
        for loc in self.locations(start_offset):
            yield BatchInfo(loc.base_offset, loc.last_offset, loc.max_timestamp, loc.position, loc.size)

    def first_batch_reaching(self, timestamp: int) -> BatchInfo | None:
        """The first batch whose max timestamp is >= ``timestamp``, via the time indexes."""
        for segment in self.segments:
            if segment.max_timestamp < timestamp:
                continue
            for loc in segment.locate_timestamp(timestamp):
                if loc.last_offset < self.log_start_offset:
                    continue
                if loc.max_timestamp >= timestamp:
                    return BatchInfo(loc.base_offset, loc.last_offset, loc.max_timestamp, loc.position, loc.size)
        return None

    def read_batch(self, info: BatchInfo) -> bytes:
        segment = self.segments[self._segment_index(info.base_offset)]
        return segment.read(info.position, info.size)

    def read(self, offset: int, max_bytes: int, min_one: bool, max_offset: int | None = None) -> ReadResult:
        """Contiguous batches from one segment, read with a single pread, stopping before the
        first batch at or after ``max_offset``."""
        start_offset = max(offset, self.log_start_offset)
        chunks: list[Any] = []
        total = 0
        index = self._segment_index(start_offset)
        # Compaction can leave a segment with no batch at or after an offset it covers; the
        # read then moves on to the next segment (Kafka's LocalLog.read does the same).
        while (
            index + 1 < len(self.segments)
            and start_offset < self.log_end_offset
            and next(self.segments[index].locate(start_offset), None) is None
        ):
            index += 1
        if start_offset < self.log_end_offset:
            segment = self.segments[index]
            first: int | None = None
            end = 0
            for loc in segment.locate(start_offset):
                if max_offset is not None and loc.base_offset >= max_offset:
                    break
                if first is None:
                    if loc.size > max_bytes and not min_one:
                        break
                    first = loc.position
                elif loc.position + loc.size - first > max_bytes:
                    break
                end = loc.position + loc.size
            if first is not None:
                if self.zero_copy:
                    chunks.append(FileRegion(segment.fd, first, end - first))
                    total = end - first
                else:
                    data = segment.read(first, end - first)
                    chunks.append(data)
                    total = len(data)
        return ReadResult(chunks, total, self.log_start_offset, self.log_end_offset)

    def _index_bases(self) -> None:
        """Refresh the segment base offsets that reads bisect; after any change to ``segments``."""
        self._bases = [s.base_offset for s in self.segments]

    # -- writing ------------------------------------------------------------------------------
    def _roll(self, base_offset: int) -> Segment:
        segment = Segment(self.directory, base_offset, self.index_interval_bytes)
        try:
            segment.rebuild_indexes(None)
        except BaseException:
            segment.close()
            raise
        segment.created_ms = int(time.time() * 1000)
        self.segments.append(segment)
        self._index_bases()
        return segment

    def append(self, batch: bytes | bytearray | memoryview, last_offset_delta: int, max_timestamp: int,
               expected_offset: int | None) -> int:
        base_offset = self.log_end_offset
        if expected_offset is not None and expected_offset != base_offset:
            raise AppendConflict(expected_offset, base_offset)
        # The patched head and then the rest of the batch as it came, written together, so
        # the batch (a view of the request frame) is never copied in Python.
        stored = stored_pieces(batch, base_offset, 0)
        stored_bytes = len(batch)
        active = self.segments[-1]
        if active.size and (
            active.size + stored_bytes > self.segment_bytes
            or int(time.time() * 1000) - active.created_ms >= self.segment_ms
        ):
            # The finished segment is fsynced and the recovery point checkpointed by the next
            # flush, which the engine starts in the background at once, so that after a crash
            # only the active segment is scanned. Kafka too schedules that flush rather than
            # running it inside the append (UnifiedLog.roll, "flush-log"): an fsync of a whole
            # segment takes hundreds of milliseconds, and here it would stall the event loop.
            if self.unflushed:
                active.write_pending_indexes()
                self._rolled.append(active)
                self.rolled_unflushed = True
            active = self._roll(base_offset)
        location = BatchLocation(base_offset, base_offset + last_offset_delta, max_timestamp, active.size,
                                 stored_bytes)
        active.append(stored, location)
        self.unflushed += 1
        self.unflushed_records += last_offset_delta + 1
        return base_offset

    def headers(self, start_offset: int) -> Iterator[bytes]:
        start_offset = max(start_offset, self.log_start_offset)
        for index in range(self._segment_index(start_offset), len(self.segments)):
            yield from self.segments[index].headers(0)

    def apply_retention(self, now_ms: int, retention_ms: int, retention_bytes: int) -> int:
        """Kafka's deleteRetentionMsBreachedSegments and deleteRetentionSizeBreachedSegments:
        whole closed segments go, oldest first; the active segment always stays."""
        units = [(segment.size, segment.max_timestamp) for segment in self.segments]
        doomed = retention_cut(units, now_ms=now_ms, retention_ms=retention_ms, retention_bytes=retention_bytes)
        if doomed:
            self.delete_records(self.segments[doomed].base_offset)
        return self.log_start_offset

    def replace_segments(self, segments: list[Segment]) -> None:
        """Install the segment list the cleaner produced (same base offsets)."""
        self.segments = segments
        self._index_bases()

    def delete_records(self, before_offset: int) -> int:
        new_start = min(max(before_offset, self.log_start_offset), self.log_end_offset)
        if new_start != self.log_start_offset:
            self.log_start_offset = new_start
            write_atomically(self.directory / LOG_START_FILE, str(new_start).encode())
            # Whole segments below the new start go; the active segment always stays.
            while len(self.segments) > 1 and self.segments[1].base_offset <= new_start:
                self.segments.pop(0).delete()
            self._index_bases()
        return new_start

    def begin_flush(self) -> FlushMark:
        """What a flush starting now covers. Runs in the loop thread, which owns the index
        buffers, so the buffered index entries are handed to the OS here."""
        segments = (*self._rolled, self.segments[-1])
        for segment in segments:
            segment.write_pending_indexes()
        return FlushMark(self.log_end_offset, self.unflushed, self.unflushed_records, segments, len(self._rolled))

    def sync(self, mark: FlushMark) -> None:
        """fsync what ``mark`` covers; safe in a worker thread. After a roll the recovery point
        is checkpointed too, so that recovery skips the rolled segments."""
        for segment in mark.segments:
            segment.sync()
        if mark.rolled:
            write_atomically(self.directory / RECOVERY_POINT_FILE,
                             str(max(self.recovery_point, mark.end_offset)).encode())

    def end_flush(self, mark: FlushMark) -> None:
        self.unflushed -= mark.appends
        self.unflushed_records -= mark.records
        del self._rolled[: mark.rolled]
        self.last_flush_ms = int(time.time() * 1000)
        # Between rolls the checkpoint file is written at close only (Kafka checkpoints it
        # every minute): a stale one merely makes recovery scan more.
        self.recovery_point = max(self.recovery_point, mark.end_offset)

    def flush(self) -> None:
        """Synchronous flush, for close."""
        if self.unflushed or self._rolled:
            mark = self.begin_flush()
            self.sync(mark)
            self.end_flush(mark)

    def close(self) -> None:
        self.flush()
        write_atomically(self.directory / RECOVERY_POINT_FILE, str(self.recovery_point).encode())
        for segment in self.segments:
            segment.close()

    def delete(self) -> None:
        for segment in self.segments:
            segment.delete()
        for name in (LOG_START_FILE, RECOVERY_POINT_FILE):
            (self.directory / name).unlink(missing_ok=True)
        for leftover in self.directory.iterdir():
            leftover.unlink()
        self.directory.rmdir()
