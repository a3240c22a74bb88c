"""One log segment: a file of record batches stored verbatim, and its sparse indexes.

Layout (Kafka's, LogSegment.java): ``<base offset, 20 digits>.log`` holds batches back to back;
``.index`` holds (int32 offset relative to the base, int32 file position) pairs, one every
``index.interval.bytes`` of log; ``.timeindex`` holds (int64 max timestamp so far, int32
relative offset) pairs added when an indexed batch raises the segment's max timestamp. Both
indexes are sparse: a lookup finds the nearest entry at or below the target and scans batch
headers forward from there.

The indexes live in memory (``array``s). New entries collect in a small buffer that is appended
to the index files when it fills, on flush and on close, each time with an open-append-close:
a segment holds one file descriptor (its log), as Kafka's does (it mmaps its indexes and closes
them), so 10,000 partitions need 10,000 descriptors rather than 30,000. Recovery rebuilds the
indexes from the log when they are missing or stale; a short index (entries not yet written)
only makes lookups scan further.
"""

from __future__ import annotations

import bisect
import os
import struct
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["BatchLocation", "Segment", "segment_name"]

_HEAD = struct.Struct(">qi")  # base offset, batch length: the first 12 bytes of a batch
_LAST_DELTA = struct.Struct(">i")  # lastOffsetDelta at byte 23
_MAX_TIMESTAMP = struct.Struct(">q")  # maxTimestamp at byte 35
_INDEX_ENTRY = struct.Struct(">ii")
_TIME_ENTRY = struct.Struct(">qi")
HEADER_PEEK = 61  # the whole v2 batch header
INDEX_WRITE_BYTES = 8192  # buffered index bytes written at once (a buffered file's default)
LOG_OVERHEAD = 12


def segment_name(base_offset: int) -> str:
    return f"{base_offset:020d}"


@dataclass(frozen=True, slots=True)
class BatchLocation:
    base_offset: int
    last_offset: int
    max_timestamp: int
    position: int
    size: int


def parse_location(header: bytes, position: int) -> BatchLocation:
    base_offset, length = _HEAD.unpack_from(header, 0)
    (delta,) = _LAST_DELTA.unpack_from(header, 23)
    (max_ts,) = _MAX_TIMESTAMP.unpack_from(header, 35)
    return BatchLocation(base_offset, base_offset + delta, max_ts, position, length + LOG_OVERHEAD)


class Segment:
    def __init__(self, directory: Path, base_offset: int, index_interval_bytes: int) -> None:
        self.directory = directory
        self.base_offset = base_offset
        stem = segment_name(base_offset)
        self.log_path = directory / f"{stem}.log"
        self.index_path = directory / f"{stem}.index"
        self.time_index_path = directory / f"{stem}.timeindex"
        self.index_interval_bytes = index_interval_bytes
        self.fd = os.open(self.log_path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self.closed = False
        self.size = os.fstat(self.fd).st_size
        self.next_offset = base_offset
        self.max_timestamp = -1
        self.created_ms = int(os.stat(self.log_path).st_mtime * 1000)
        self._index_offsets = array("q")
        self._index_positions = array("q")
        self._time_stamps = array("q")
        self._time_offsets = array("q")
        self._bytes_since_index = 0
        self._pending_index = bytearray()  # entries not yet in index_path
        self._pending_time = bytearray()  # entries not yet in time_index_path

    # -- index maintenance ----------------------------------------------------------------
    def _start_index_files(self, truncate: bool) -> None:
        self._pending_index.clear()
        self._pending_time.clear()
        if truncate:
            for path in (self.index_path, self.time_index_path):
                path.write_bytes(b"")

    def write_pending_indexes(self) -> None:
        """Append the buffered index entries to the index files (to the OS, not fsynced)."""
        for path, pending in ((self.index_path, self._pending_index), (self.time_index_path, self._pending_time)):
            if pending:
                with open(path, "ab") as out:
                    out.write(pending)
                pending.clear()

    def _add_index_entry(self, location: BatchLocation) -> None:
        self._index_offsets.append(location.base_offset)
        self._index_positions.append(location.position)
        self._pending_index += _INDEX_ENTRY.pack(location.base_offset - self.base_offset, location.position)
        if not self._time_stamps or location.max_timestamp > self._time_stamps[-1]:
            self._time_stamps.append(location.max_timestamp)
            self._time_offsets.append(location.base_offset)
            self._pending_time += _TIME_ENTRY.pack(location.max_timestamp, location.base_offset - self.base_offset)
        if len(self._pending_index) + len(self._pending_time) >= INDEX_WRITE_BYTES:
            self.write_pending_indexes()

    def _track(self, location: BatchLocation) -> None:
        """Account for a batch now in the log (appended or found by recovery)."""
        if not self._index_offsets or self._bytes_since_index >= self.index_interval_bytes:
            self._add_index_entry(location)
            self._bytes_since_index = 0
        self._bytes_since_index += location.size
        self.next_offset = location.last_offset + 1
        if location.max_timestamp > self.max_timestamp:
            self.max_timestamp = location.max_timestamp

    def load_indexes(self) -> bool:
        """Load the index files of a segment closed cleanly; False if they look unusable."""
        try:
            raw_index = self.index_path.read_bytes()
            raw_time = self.time_index_path.read_bytes()
        except FileNotFoundError:
            return False
        if len(raw_index) % _INDEX_ENTRY.size or len(raw_time) % _TIME_ENTRY.size:
            return False
        if self.size and not raw_index:
            return False
        for rel, pos in _INDEX_ENTRY.iter_unpack(raw_index):
            if pos >= self.size:
                return False
            self._index_offsets.append(self.base_offset + rel)
            self._index_positions.append(pos)
        for ts, rel in _TIME_ENTRY.iter_unpack(raw_time):
            self._time_stamps.append(ts)
            self._time_offsets.append(self.base_offset + rel)
        # The last batch gives next_offset and the tail of the max timestamp.
        last: BatchLocation | None = None
        for location in self.scan(self._index_positions[-1] if self._index_positions else 0):
            last = location
        if last is not None:
            self.next_offset = last.last_offset + 1
            self._bytes_since_index = last.position + last.size - (
                self._index_positions[-1] if self._index_positions else 0)
        self.max_timestamp = max(self._time_stamps) if self._time_stamps else -1
        if last is not None and last.max_timestamp > self.max_timestamp:
            self.max_timestamp = last.max_timestamp
        self._start_index_files(truncate=False)
        return True

    def rebuild_indexes(self, validate: object = None) -> int:
        """Scan the whole log, rebuilding both indexes; truncate a torn or invalid tail.

        ``validate(bytes) -> bool`` checks a whole batch (length and CRC); with None only the
        framing is checked. Returns the number of bytes truncated.
        """
        self._index_offsets = array("q")
        self._index_positions = array("q")
        self._time_stamps = array("q")
        self._time_offsets = array("q")
        self._bytes_since_index = 0
        self.next_offset = self.base_offset
        self.max_timestamp = -1
        self._start_index_files(truncate=True)
        valid_end = 0
        for location in self.scan(0):
            if validate is not None:
                batch = os.pread(self.fd, location.size, location.position)
                if len(batch) != location.size or not validate(batch):  # type: ignore[operator]
                    break
            self._track(location)
            valid_end = location.position + location.size
        truncated = self.size - valid_end
        if truncated:
            os.ftruncate(self.fd, valid_end)
            self.size = valid_end
        return truncated

    # -- reading --------------------------------------------------------------------------
    def scan(self, position: int) -> Iterator[BatchLocation]:
        """Batch locations from ``position`` on, stopping at a torn or nonsensical header."""
        size = self.size
        previous_end = -1
        while position + HEADER_PEEK <= size:
            header = os.pread(self.fd, HEADER_PEEK, position)
            if len(header) < HEADER_PEEK:
                return
            location = parse_location(header, position)
            if location.size < HEADER_PEEK or position + location.size > size:
                return
            if location.last_offset < location.base_offset or location.base_offset <= previous_end:
                return
            previous_end = location.last_offset
            yield location
            position += location.size

    def headers(self, position: int) -> Iterator[bytes]:
        """The 61-byte headers of the batches from ``position`` on."""
        for location in self.scan(position):
            yield os.pread(self.fd, HEADER_PEEK, location.position)

    def locate(self, offset: int) -> Iterator[BatchLocation]:
        """Batches from the one containing ``offset`` (or the first after it) on."""
        slot = bisect.bisect_right(self._index_offsets, offset) - 1
        start = self._index_positions[slot] if slot >= 0 else 0
        for location in self.scan(start):
            if location.last_offset >= offset:
                yield location

    def locate_timestamp(self, timestamp: int) -> Iterator[BatchLocation]:
        """Batches from a position at or before the first one whose max timestamp reaches
        ``timestamp`` (the time index is monotonic, so earlier entries cannot qualify)."""
        slot = bisect.bisect_left(self._time_stamps, timestamp) - 1
        start_offset = self._time_offsets[slot] if slot >= 0 else self.base_offset
        return self.locate(start_offset)

    def read(self, position: int, size: int) -> bytes:
        return os.pread(self.fd, size, position)

    # -- writing --------------------------------------------------------------------------
    def append(self, pieces: Sequence[bytes | bytearray | memoryview], location: BatchLocation) -> None:
        """Write one batch, given in pieces (writev) of ``location.size`` bytes in all."""
        written = os.writev(self.fd, pieces)
        if written != location.size:
            # A short write on a regular file means the disk is full; undo the partial batch.
            os.ftruncate(self.fd, self.size)
            raise OSError(28, "short write to segment (disk full?)")
        self.size += written
        self._track(location)

    def sync(self) -> None:
        """fsync the log; safe from a worker thread, as it touches no Python-side state. A
        segment closed meanwhile (deleted by retention, replaced by compaction) needs none."""
        if not self.closed:
            os.fsync(self.fd)

    def close(self) -> None:
        if self.closed:
            return
        try:
            self.write_pending_indexes()
        finally:
            self.closed = True
            os.close(self.fd)

    def delete(self) -> None:
        self.close()
        for path in (self.log_path, self.index_path, self.time_index_path):
            path.unlink(missing_ok=True)
