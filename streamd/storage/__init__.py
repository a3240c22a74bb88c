"""Storage engines behind one interface, chosen by URL scheme."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from streamd.storage.base import (
    AppendConflict,
    BatchInfo,
    LogRange,
    PartitionKey,
    ReadResult,
    StorageEngine,
    StorageError,
    UnknownPartition,
)

__all__ = [
    "AppendConflict",
    "BatchInfo",
    "LogRange",
    "PartitionKey",
    "ReadResult",
    "StorageEngine",
    "StorageError",
    "UnknownPartition",
    "UnsupportedStorageURL",
    "open_storage",
]


class UnsupportedStorageURL(ValueError):
    """The URL names no engine this build provides."""


def open_storage(
    url: str,
    *,
    data_dir: Path | None = None,
    segment_bytes: int = 1 << 30,
    segment_ms: int = 7 * 24 * 3600 * 1000,
    index_interval_bytes: int = 4096,
) -> StorageEngine:
    """Build (but do not open) the engine a URL names.

    ``memory://`` is the in-process engine; ``file:///path`` (or ``file://`` with ``data_dir``)
    the durable file engine, with the broker's log.segment.bytes, log.roll.ms and
    log.index.interval.bytes. Anything else fails loudly.
    """
    parsed = urlparse(url)
    if parsed.scheme == "memory":
        from streamd.storage.memory import MemoryEngine

        return MemoryEngine(url)
    if parsed.scheme == "file":
        from urllib.parse import parse_qs

        from streamd.storage.file import FileEngine

        # file:///path?sendfile=0 serves fetches with positional reads instead of sendfile(2).
        query = parse_qs(parsed.query)
        zero_copy = query.get("sendfile", ["1"])[0] not in ("0", "false", "no")

        path = Path(parsed.netloc + parsed.path) if (parsed.netloc or parsed.path) else data_dir
        if path is None:
            raise UnsupportedStorageURL("file:// needs a path (file:///var/lib/streamd) or --data-dir")
        return FileEngine(path.expanduser().resolve(), url=url, segment_bytes=segment_bytes, segment_ms=segment_ms,
                          index_interval_bytes=index_interval_bytes, zero_copy=zero_copy)
    raise UnsupportedStorageURL(f"unsupported storage URL {url!r}: this build provides memory:// and file://")
