# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeLogDirsRequest (request, api key 35): versions 1-5, flexible 2+."""

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
    "DescribeLogDirsRequest",
    "DescribableLogDirTopic",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 5
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeLogDirsRequest:
    """DescribeLogDirsRequest, all versions (1-5; flexible 2+)."""

    #: versions 0+; nullable 0+. Each topic that we want to describe log directories for, or null for all
    #: topics.
    topics: list[DescribableLogDirTopic] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[DescribableLogDirTopic] | None = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.unknown_tags,
            ) == (
                other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribableLogDirTopic:
    """DescribableLogDirTopic (DescribeLogDirsRequest)."""

    #: versions 0+. The topic name.
    topic: str = ''
    #: versions 0+. The partition indexes.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.partitions, self.unknown_tags,
            ) == (
                other.topic, other.partitions, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        v0_topics = None
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            a0.append(DescribableLogDirTopic(v1_topic, v1_partitions))
        v0_topics = a0
    return DescribeLogDirsRequest(v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    if a0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(a0))
        for o1 in a0:
            s1 = o1.topic
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
            a1 = o1.partitions
            out += _I32p(len(a1))
            out += _INT32_ARRAYS[len(a1)].pack(*a1)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribableLogDirTopic(v1_topic, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeLogDirsRequest(v0_topics, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            s1 = o1.topic
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
            a1 = o1.partitions
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
    1: _read_v1,
    2: _read_v2,
    3: _read_v2,
    4: _read_v2,
    5: _read_v2,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeLogDirsRequest, int]:
    """Decode one DescribeLogDirsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeLogDirsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeLogDirsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeLogDirsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeLogDirsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeLogDirsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeLogDirsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
