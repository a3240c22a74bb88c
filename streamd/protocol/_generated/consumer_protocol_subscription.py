# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ConsumerProtocolSubscription (data): versions 0-3, flexible none."""

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
)

__all__ = [
    "ConsumerProtocolSubscription",
    "TopicPartition",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 3
FLEXIBLE_MIN = 1000  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ConsumerProtocolSubscription:
    """ConsumerProtocolSubscription, all versions (0-3; flexible none)."""

    #: versions 0+. The topics that the member wants to consume.
    topics: list[str] = field(default_factory=list)
    #: versions 0+; nullable 0+. User data that will be passed back to the consumer.
    user_data: bytes | None = None
    #: versions 1+. The partitions that the member owns.
    owned_partitions: list[TopicPartition] = field(default_factory=list)
    #: versions 2+. The generation id of the member.
    generation_id: int = -1
    #: versions 3+; nullable 3+. The rack id of the member.
    rack_id: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[str] = FACTORY,
        user_data: bytes | None = None,
        owned_partitions: list[TopicPartition] = FACTORY,
        generation_id: int = -1,
        rack_id: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.user_data = user_data
        self.owned_partitions = [] if owned_partitions is FACTORY else owned_partitions
        self.generation_id = generation_id
        self.rack_id = rack_id
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, user_data={self.user_data!r}, '
                f'owned_partitions={self.owned_partitions!r}, generation_id={self.generation_id!r}, '
                f'rack_id={self.rack_id!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.user_data, self.owned_partitions, self.generation_id, self.rack_id,
                self.unknown_tags,
            ) == (
                other.topics, other.user_data, other.owned_partitions, other.generation_id, other.rack_id,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicPartition:
    """TopicPartition (ConsumerProtocolSubscription)."""

    #: versions 1+. The topic name.
    topic: str = ''
    #: versions 1+. The partition ids.
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


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Topics is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Topics runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topics = a0
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        v0_user_data = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('UserData runs past the end of the buffer')
        v0_user_data = data[pos:e0]
        pos = e0
    return ConsumerProtocolSubscription(v0_topics, v0_user_data), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.user_data
    if s0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(s0))
        out += s0
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Topics is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Topics runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topics = a0
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        v0_user_data = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('UserData runs past the end of the buffer')
        v0_user_data = data[pos:e0]
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('OwnedPartitions is null')
    elif c0 > blen - pos:
        raise DecodeError('OwnedPartitions count exceeds the remaining bytes')
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
            a0.append(TopicPartition(v1_topic, v1_partitions))
        v0_owned_partitions = a0
    return ConsumerProtocolSubscription(v0_topics, v0_user_data, v0_owned_partitions), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.user_data
    if s0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(s0))
        out += s0
    a0 = o0.owned_partitions
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
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Topics is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Topics runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topics = a0
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        v0_user_data = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('UserData runs past the end of the buffer')
        v0_user_data = data[pos:e0]
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('OwnedPartitions is null')
    elif c0 > blen - pos:
        raise DecodeError('OwnedPartitions count exceeds the remaining bytes')
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
            a0.append(TopicPartition(v1_topic, v1_partitions))
        v0_owned_partitions = a0
    (v0_generation_id,) = _I32u(data, pos)
    pos += 4
    return ConsumerProtocolSubscription(v0_topics, v0_user_data, v0_owned_partitions, v0_generation_id), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.user_data
    if s0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(s0))
        out += s0
    a0 = o0.owned_partitions
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    out += _I32p(o0.generation_id)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Topics is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Topics runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topics = a0
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        v0_user_data = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('UserData runs past the end of the buffer')
        v0_user_data = data[pos:e0]
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('OwnedPartitions is null')
    elif c0 > blen - pos:
        raise DecodeError('OwnedPartitions count exceeds the remaining bytes')
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
            a0.append(TopicPartition(v1_topic, v1_partitions))
        v0_owned_partitions = a0
    (v0_generation_id,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_rack_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    return ConsumerProtocolSubscription(
        v0_topics, v0_user_data, v0_owned_partitions, v0_generation_id, v0_rack_id
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.user_data
    if s0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(s0))
        out += s0
    a0 = o0.owned_partitions
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    out += _I32p(o0.generation_id)
    s0 = o0.rack_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v2,
    3: _read_v3,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v2,
    3: _write_v3,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ConsumerProtocolSubscription, int]:
    """Decode one ConsumerProtocolSubscription of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ConsumerProtocolSubscription has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ConsumerProtocolSubscription v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ConsumerProtocolSubscription v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ConsumerProtocolSubscription, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ConsumerProtocolSubscription has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ConsumerProtocolSubscription v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
