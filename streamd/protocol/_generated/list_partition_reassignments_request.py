# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListPartitionReassignmentsRequest (request, api key 46): versions 0, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT32_ARRAYS as _INT32_ARRAYS,
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
    "ListPartitionReassignmentsRequest",
    "ListPartitionReassignmentsTopics",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListPartitionReassignmentsRequest:
    """ListPartitionReassignmentsRequest, all versions (0; flexible 0+)."""

    #: versions 0+. The time in ms to wait for the request to complete.
    timeout_ms: int = 60000
    #: versions 0+; nullable 0+. The topics to list partition reassignments for, or null to list
    #: everything.
    topics: list[ListPartitionReassignmentsTopics] | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        timeout_ms: int = 60000,
        topics: list[ListPartitionReassignmentsTopics] | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.timeout_ms = timeout_ms
        self.topics = topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(timeout_ms={self.timeout_ms!r}, '
                f'topics={self.topics!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.timeout_ms, self.topics, self.unknown_tags,
            ) == (
                other.timeout_ms, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListPartitionReassignmentsTopics:
    """ListPartitionReassignmentsTopics (ListPartitionReassignmentsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The partitions to list partition reassignments for.
    partition_indexes: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partition_indexes: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.partition_indexes = [] if partition_indexes is FACTORY else partition_indexes
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'partition_indexes={self.partition_indexes!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.partition_indexes, self.unknown_tags,
            ) == (
                other.name, other.partition_indexes, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        v0_topics = None
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('PartitionIndexes is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
            else:
                v1_partition_indexes = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListPartitionReassignmentsTopics(v1_name, v1_partition_indexes, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListPartitionReassignmentsRequest(v0_timeout_ms, v0_topics, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.timeout_ms)
    a0 = o0.topics
    if a0 is None:
        out += b'\x00'
    else:
        n0 = len(a0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
            a1 = o1.partition_indexes
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += _INT32_ARRAYS[len(a1)].pack(*a1)
            if o1.unknown_tags:
                write_tags(out, [], o1.unknown_tags)
            else:
                out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
}
_WRITERS = {
    0: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListPartitionReassignmentsRequest, int]:
    """Decode one ListPartitionReassignmentsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListPartitionReassignmentsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListPartitionReassignmentsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListPartitionReassignmentsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListPartitionReassignmentsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListPartitionReassignmentsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListPartitionReassignmentsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
