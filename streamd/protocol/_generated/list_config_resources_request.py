# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListConfigResourcesRequest (request, api key 74): versions 0-1, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT8_ARRAYS as _INT8_ARRAYS,
    FACTORY,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "ListConfigResourcesRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 0  # 1000 when no version is flexible



@dataclass(slots=True, init=False, repr=False, eq=False)
class ListConfigResourcesRequest:
    """ListConfigResourcesRequest, all versions (0-1; flexible 0+)."""

    #: versions 1+. The list of resource type. If the list is empty, it uses default supported config
    #: resource types.
    resource_types: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_types: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_types = [] if resource_types is FACTORY else resource_types
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_types={self.resource_types!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_types, self.unknown_tags,
            ) == (
                other.resource_types, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListConfigResourcesRequest([], u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ResourceTypes is null')
    elif c0 > blen - pos:
        raise DecodeError('ResourceTypes count exceeds the remaining bytes')
    else:
        v0_resource_types = [*_INT8_ARRAYS[c0].unpack_from(data, pos)]
        pos += c0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListConfigResourcesRequest(v0_resource_types, u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.resource_types
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += _INT8_ARRAYS[len(a0)].pack(*a0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListConfigResourcesRequest, int]:
    """Decode one ListConfigResourcesRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-1, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListConfigResourcesRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListConfigResourcesRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListConfigResourcesRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListConfigResourcesRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListConfigResourcesRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListConfigResourcesRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
