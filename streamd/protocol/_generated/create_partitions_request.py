# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreatePartitionsRequest (request, api key 37): versions 0-3, flexible 2+."""

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
    "CreatePartitionsRequest",
    "CreatePartitionsTopic",
    "CreatePartitionsAssignment",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 3
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>i?')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatePartitionsRequest:
    """CreatePartitionsRequest, all versions (0-3; flexible 2+)."""

    #: versions 0+. Each topic that we want to create new partitions inside.
    topics: list[CreatePartitionsTopic] = field(default_factory=list)
    #: versions 0+. The time in ms to wait for the partitions to be created.
    timeout_ms: int = 0
    #: versions 0+. If true, then validate the request, but don't actually increase the number of
    #: partitions.
    validate_only: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topics: list[CreatePartitionsTopic] = FACTORY,
        timeout_ms: int = 0,
        validate_only: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topics = [] if topics is FACTORY else topics
        self.timeout_ms = timeout_ms
        self.validate_only = validate_only
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topics={self.topics!r}, '
                f'timeout_ms={self.timeout_ms!r}, validate_only={self.validate_only!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topics, self.timeout_ms, self.validate_only, self.unknown_tags,
            ) == (
                other.topics, other.timeout_ms, other.validate_only, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatePartitionsTopic:
    """CreatePartitionsTopic (CreatePartitionsRequest)."""

    #: versions 0+. The topic name.
    name: str = ''
    #: versions 0+. The new partition count.
    count: int = 0
    #: versions 0+; nullable 0+. The new partition assignments.
    assignments: list[CreatePartitionsAssignment] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        count: int = 0,
        assignments: list[CreatePartitionsAssignment] | None = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.count = count
        self.assignments = [] if assignments is FACTORY else assignments
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, count={self.count!r}, '
                f'assignments={self.assignments!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.count, self.assignments, self.unknown_tags,
            ) == (
                other.name, other.count, other.assignments, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreatePartitionsAssignment:
    """CreatePartitionsAssignment (CreatePartitionsRequest)."""

    #: versions 0+. The assigned broker IDs.
    broker_ids: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        broker_ids: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.broker_ids = [] if broker_ids is FACTORY else broker_ids
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(broker_ids={self.broker_ids!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.broker_ids, self.unknown_tags,
            ) == (
                other.broker_ids, other.unknown_tags,
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
            (v1_count,) = _I32u(data, pos)
            pos += 4
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                v1_assignments = None
            elif c1 > blen - pos:
                raise DecodeError('Assignments count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('BrokerIds is null')
                    elif c2 > blen - pos:
                        raise DecodeError('BrokerIds count exceeds the remaining bytes')
                    else:
                        v2_broker_ids = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(CreatePartitionsAssignment(v2_broker_ids))
                v1_assignments = a1
            a0.append(CreatePartitionsTopic(v1_name, v1_count, v1_assignments))
        v0_topics = a0
    v0_timeout_ms, v0_validate_only = _S0u(data, pos)
    pos += 5
    return CreatePartitionsRequest(v0_topics, v0_timeout_ms, v0_validate_only), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.count)
        a1 = o1.assignments
        if a1 is None:
            out += b'\xff\xff\xff\xff'
        else:
            out += _I32p(len(a1))
            for o2 in a1:
                a2 = o2.broker_ids
                out += _I32p(len(a2))
                out += _INT32_ARRAYS[len(a2)].pack(*a2)
    out += _S0p(o0.timeout_ms, o0.validate_only)
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
            (v1_count,) = _I32u(data, pos)
            pos += 4
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                v1_assignments = None
            elif c1 > blen - pos:
                raise DecodeError('Assignments count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('BrokerIds is null')
                    elif c2 > blen - pos:
                        raise DecodeError('BrokerIds count exceeds the remaining bytes')
                    else:
                        v2_broker_ids = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(CreatePartitionsAssignment(v2_broker_ids, u2))
                v1_assignments = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(CreatePartitionsTopic(v1_name, v1_count, v1_assignments, u1))
        v0_topics = a0
    v0_timeout_ms, v0_validate_only = _S0u(data, pos)
    pos += 5
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return CreatePartitionsRequest(v0_topics, v0_timeout_ms, v0_validate_only, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
        out += _I32p(o1.count)
        a1 = o1.assignments
        if a1 is None:
            out += b'\x00'
        else:
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            for o2 in a1:
                a2 = o2.broker_ids
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += _INT32_ARRAYS[len(a2)].pack(*a2)
                if o2.unknown_tags:
                    write_tags(out, [], o2.unknown_tags)
                else:
                    out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _S0p(o0.timeout_ms, o0.validate_only)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v2,
    3: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
    3: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[CreatePartitionsRequest, int]:
    """Decode one CreatePartitionsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'CreatePartitionsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'CreatePartitionsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'CreatePartitionsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: CreatePartitionsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'CreatePartitionsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode CreatePartitionsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
