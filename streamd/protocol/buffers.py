"""A value for a ``records`` field made of several buffers, written without joining them.

The generated writers append a ``records`` value to their chunk list as it is; when that value
is a ``BufferList`` the connection writes its parts one after another (``writelines``), so a
fetch of many stored batches costs no copy in Python.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["BufferList", "FileRegion", "flatten"]


class BufferList:
    __slots__ = ("parts", "size")

    def __init__(self, parts: Sequence[Any], size: int | None = None) -> None:
        self.parts = list(parts)
        self.size = sum(len(p) for p in self.parts) if size is None else size

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        return b"".join(bytes(p) for p in self.parts)


class FileRegion:
    """``size`` bytes of an open file from ``offset``, to be sent with sendfile(2).

    The region owns a duplicate of the file descriptor, so the bytes stay readable even if
    retention or compaction deletes the segment before the response is written. The
    connection closes it after sending; ``__del__`` closes it if the response is dropped.
    """

    __slots__ = ("fd", "offset", "size")

    def __init__(self, fd: int, offset: int, size: int) -> None:
        self.fd = os.dup(fd)
        self.offset = offset
        self.size = size

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        return os.pread(self.fd, self.size, self.offset)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def __del__(self) -> None:
        self.close()


def flatten(chunks: Sequence[Any]) -> Iterator[Any]:
    for chunk in chunks:
        if isinstance(chunk, BufferList):
            yield from chunk.parts
        else:
            yield chunk
