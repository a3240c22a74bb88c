# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""MetadataRequest (request, api key 3): versions 0-13, flexible 9+."""

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
    "MetadataRequest",
    "MetadataRequestTopic",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 13
FLEXIBLE_MIN = 9  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>???')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>??')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class MetadataRequest:
    """MetadataRequest, all versions (0-13; flexible 9+)."""

    #: versions 0+; nullable 1+. The topics to fetch metadata for.
    topics: list[MetadataRequestTopic] | None = field(default_factory=list)
    #: versions 4+. If this is true, the broker may auto-create topics that we requested which do not
    #: already exist, if it is configured to do so.
    allow_auto_topic_creation: bool = True
    #: versions 8-10. Whether to include cluster authorized operations.
    include_cluster_authorized_operations: bool = False
    #: versions 8+. Whether to include topic authorized operations.
    include_topic_authorized_operations: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[MetadataRequestTopic] | None = FACTORY,
        allow_auto_topic_creation: bool = True,
        include_cluster_authorized_operations: bool = False,
        include_topic_authorized_operations: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.allow_auto_topic_creation = allow_auto_topic_creation
        self.include_cluster_authorized_operations = include_cluster_authorized_operations
        self.include_topic_authorized_operations = include_topic_authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'allow_auto_topic_creation={self.allow_auto_topic_creation!r}, '
                f'include_cluster_authorized_operations={self.include_cluster_authorized_operations!r}, '
                f'include_topic_authorized_operations={self.include_topic_authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.allow_auto_topic_creation, self.include_cluster_authorized_operations,
                self.include_topic_authorized_operations, self.unknown_tags,
            ) == (
                other.topics, other.allow_auto_topic_creation, other.include_cluster_authorized_operations,
                other.include_topic_authorized_operations, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class MetadataRequestTopic:
    """MetadataRequestTopic (MetadataRequest)."""

    #: versions 10+. The topic id.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+; nullable 10+. The topic name.
    name: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic_id: uuid.UUID = ZERO_UUID,
        name: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic_id = topic_id
        self.name = name
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic_id={self.topic_id!r}, name={self.name!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic_id, self.name, self.unknown_tags,
            ) == (
                other.topic_id, other.name, other.unknown_tags,
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
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataRequestTopic(ZERO_UUID, v1_name))
        v0_topics = a0
    return MetadataRequest(v0_topics), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
    return out


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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataRequestTopic(ZERO_UUID, v1_name))
        v0_topics = a0
    return MetadataRequest(v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    if a0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(a0))
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataRequestTopic(ZERO_UUID, v1_name))
        v0_topics = a0
    (v0_allow_auto_topic_creation,) = _S0u(data, pos)
    pos += 1
    return MetadataRequest(v0_topics, v0_allow_auto_topic_creation), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    if a0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(a0))
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    out += _S0p(o0.allow_auto_topic_creation)
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataRequestTopic(ZERO_UUID, v1_name))
        v0_topics = a0
    v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations, v0_include_topic_authorized_operations = _S1u(
        data, pos
    )
    pos += 3
    return MetadataRequest(
        v0_topics, v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations,
        v0_include_topic_authorized_operations
    ), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    if a0 is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += _I32p(len(a0))
        for o1 in a0:
            s1 = o1.name
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    out += _S1p(
        o0.allow_auto_topic_creation, o0.include_cluster_authorized_operations,
        o0.include_topic_authorized_operations
    )
    return out


def _read_v9(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
            a0.append(MetadataRequestTopic(ZERO_UUID, v1_name, u1))
        v0_topics = a0
    v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations, v0_include_topic_authorized_operations = _S1u(
        data, pos
    )
    pos += 3
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataRequest(
        v0_topics, v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations,
        v0_include_topic_authorized_operations, u0
    ), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            if o1.unknown_tags:
                write_tags(out, [], o1.unknown_tags)
            else:
                out.append(0)
    out += _S1p(
        o0.allow_auto_topic_creation, o0.include_cluster_authorized_operations,
        o0.include_topic_authorized_operations
    )
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v10(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataRequestTopic(v1_topic_id, v1_name, u1))
        v0_topics = a0
    v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations, v0_include_topic_authorized_operations = _S1u(
        data, pos
    )
    pos += 3
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataRequest(
        v0_topics, v0_allow_auto_topic_creation, v0_include_cluster_authorized_operations,
        v0_include_topic_authorized_operations, u0
    ), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            out += o1.topic_id.bytes
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
            if o1.unknown_tags:
                write_tags(out, [], o1.unknown_tags)
            else:
                out.append(0)
    out += _S1p(
        o0.allow_auto_topic_creation, o0.include_cluster_authorized_operations,
        o0.include_topic_authorized_operations
    )
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v11(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataRequestTopic(v1_topic_id, v1_name, u1))
        v0_topics = a0
    v0_allow_auto_topic_creation, v0_include_topic_authorized_operations = _S2u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataRequest(
        v0_topics, v0_allow_auto_topic_creation, False, v0_include_topic_authorized_operations, u0
    ), pos


def _write_v11(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            out += o1.topic_id.bytes
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
            if o1.unknown_tags:
                write_tags(out, [], o1.unknown_tags)
            else:
                out.append(0)
    out += _S2p(o0.allow_auto_topic_creation, o0.include_topic_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
    3: _read_v1,
    4: _read_v4,
    5: _read_v4,
    6: _read_v4,
    7: _read_v4,
    8: _read_v8,
    9: _read_v9,
    10: _read_v10,
    11: _read_v11,
    12: _read_v11,
    13: _read_v11,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v1,
    4: _write_v4,
    5: _write_v4,
    6: _write_v4,
    7: _write_v4,
    8: _write_v8,
    9: _write_v9,
    10: _write_v10,
    11: _write_v11,
    12: _write_v11,
    13: _write_v11,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[MetadataRequest, int]:
    """Decode one MetadataRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-13, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'MetadataRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'MetadataRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'MetadataRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: MetadataRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'MetadataRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode MetadataRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
