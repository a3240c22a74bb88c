# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteTopicsRequest (request, api key 20): versions 1-6, flexible 4+."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    UUIDS,
    ZERO_UUID,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uuid,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "DeleteTopicsRequest",
    "DeleteTopicState",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 6
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DeleteTopicsRequest:
    """DeleteTopicsRequest, all versions (1-6; flexible 4+)."""

    #: versions 6+. The name or topic ID of the topic.
    topics: list[DeleteTopicState] = field(default_factory=list)
    #: versions 0-5. The names of the topics to delete.
    topic_names: list[str] = field(default_factory=list)
    #: versions 0+. The length of time in milliseconds to wait for the deletions to complete.
    timeout_ms: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[DeleteTopicState] = FACTORY,
        topic_names: list[str] = FACTORY,
        timeout_ms: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.topic_names = [] if topic_names is FACTORY else topic_names
        self.timeout_ms = timeout_ms
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'topic_names={self.topic_names!r}, timeout_ms={self.timeout_ms!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.topic_names, self.timeout_ms, self.unknown_tags,
            ) == (
                other.topics, other.topic_names, other.timeout_ms, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DeleteTopicState:
    """DeleteTopicState (DeleteTopicsRequest)."""

    #: versions 6+; nullable 6+. The topic name.
    name: str | None = None
    #: versions 6+. The unique topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str | None = None,
        topic_id: uuid.UUID = ZERO_UUID,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('TopicNames is null')
    elif c0 > blen - pos:
        raise DecodeError('TopicNames count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('TopicNames is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('TopicNames runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topic_names = a0
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    return DeleteTopicsRequest([], v0_topic_names, v0_timeout_ms), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topic_names
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.timeout_ms)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('TopicNames is null')
    elif c0 > blen - pos:
        raise DecodeError('TopicNames count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n0 = data[pos]
            if n0 < 128:
                pos += 1
            else:
                n0, pos = read_uvarint(data, pos)
            n0 -= 1
            if n0 < 0:
                raise DecodeError('TopicNames is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('TopicNames runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_topic_names = a0
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DeleteTopicsRequest([], v0_topic_names, v0_timeout_ms, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topic_names
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _I32p(o0.timeout_ms)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
                v1_name = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DeleteTopicState(v1_name, v1_topic_id, u1))
        v0_topics = a0
    (v0_timeout_ms,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DeleteTopicsRequest(v0_topics, [], v0_timeout_ms, u0), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        out += o1.topic_id.bytes
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.timeout_ms)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    1: _read_v1,
    2: _read_v1,
    3: _read_v1,
    4: _read_v4,
    5: _read_v4,
    6: _read_v6,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v1,
    3: _write_v1,
    4: _write_v4,
    5: _write_v4,
    6: _write_v6,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteTopicsRequest, int]:
    """Decode one DeleteTopicsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DeleteTopicsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DeleteTopicsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DeleteTopicsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DeleteTopicsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DeleteTopicsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DeleteTopicsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
