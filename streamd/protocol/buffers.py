"""A value for a ``records`` field made of several buffers, written without joining them.

The generated writers append a ``records`` value to their chunk list as it is; when that value
is a ``BufferList`` the connection writes its parts one after another (``writelines``), so a
fetch of many stored batches costs no copy in Python.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

__all__ = ["BufferList", "flatten"]


class BufferList:
    __slots__ = ("parts", "size")

    def __init__(self, parts: Sequence[Any], size: int | None = None) -> None:
        self.parts = list(parts)
        self.size = sum(len(p) for p in self.parts) if size is None else size

    def __len__(self) -> int:
        return self.size

    def __bytes__(self) -> bytes:
        return b"".join(bytes(p) for p in self.parts)


def flatten(chunks: Sequence[Any]) -> Iterator[Any]:
    for chunk in chunks:
        if isinstance(chunk, BufferList):
            yield from chunk.parts
        else:
            yield chunk
