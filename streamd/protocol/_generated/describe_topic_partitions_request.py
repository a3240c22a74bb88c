# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeTopicPartitionsRequest (request, api key 75): versions 0, flexible 0+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
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
    "Cursor",
    "DescribeTopicPartitionsRequest",
    "TopicRequest",
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
class Cursor:
    """Cursor (DescribeTopicPartitionsRequest)."""

    #: versions 0+. The name for the first topic to process.
    topic_name: str = ''
    #: versions 0+. The partition index to start with.
    partition_index: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic_name: str = '',
        partition_index: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic_name = topic_name
        self.partition_index = partition_index
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic_name={self.topic_name!r}, '
                f'partition_index={self.partition_index!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic_name, self.partition_index, self.unknown_tags,
            ) == (
                other.topic_name, other.partition_index, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeTopicPartitionsRequest:
    """DescribeTopicPartitionsRequest, all versions (0; flexible 0+)."""

    #: versions 0+. The topics to fetch details for.
    topics: list[TopicRequest] = field(default_factory=list)
    #: versions 0+. The maximum number of partitions included in the response.
    response_partition_limit: int = 2000
    #: versions 0+; nullable 0+. The first topic and partition index to fetch details for.
    cursor: Cursor | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[TopicRequest] = FACTORY,
        response_partition_limit: int = 2000,
        cursor: Cursor | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.response_partition_limit = response_partition_limit
        self.cursor = cursor
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'response_partition_limit={self.response_partition_limit!r}, cursor={self.cursor!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.response_partition_limit, self.cursor, self.unknown_tags,
            ) == (
                other.topics, other.response_partition_limit, other.cursor, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicRequest:
    """TopicRequest (DescribeTopicPartitionsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.unknown_tags,
            ) == (
                other.name, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Topics is null')
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicRequest(v1_name, u1))
        v0_topics = a0
    (v0_response_partition_limit,) = _I32u(data, pos)
    pos += 4
    m0 = data[pos]
    pos += 1
    if m0 >= 128:
        v0_cursor = None
    else:
        n1 = data[pos]
        if n1 < 128:
            pos += 1
        else:
            n1, pos = read_uvarint(data, pos)
        n1 -= 1
        if n1 < 0:
            raise DecodeError('TopicName is null')
        else:
            e1 = pos + n1
            if e1 > blen:
                raise DecodeError('TopicName runs past the end of the buffer')
            v1_topic_name = data[pos:e1].decode()
            pos = e1
        (v1_partition_index,) = _I32u(data, pos)
        pos += 4
        if data[pos]:
            u1, pos = read_unknown_tags(data, pos)
        else:
            u1 = None
            pos += 1
        v0_cursor = Cursor(v1_topic_name, v1_partition_index, u1)
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeTopicPartitionsRequest(v0_topics, v0_response_partition_limit, v0_cursor, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
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
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.response_partition_limit)
    o1 = o0.cursor
    if o1 is None:
        out += b'\xff'
    else:
        out += b'\x01'
        s1 = o1.topic_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.partition_index)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeTopicPartitionsRequest, int]:
    """Decode one DescribeTopicPartitionsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeTopicPartitionsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeTopicPartitionsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeTopicPartitionsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeTopicPartitionsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeTopicPartitionsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeTopicPartitionsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
