# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetFetchRequest (request, api key 9): versions 1-10, flexible 6+."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    INT32_ARRAYS as _INT32_ARRAYS,
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
    "OffsetFetchRequest",
    "OffsetFetchRequestTopic",
    "OffsetFetchRequestGroup",
    "OffsetFetchRequestTopics",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 10
FLEXIBLE_MIN = 6  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>?')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchRequest:
    """OffsetFetchRequest, all versions (1-10; flexible 6+)."""

    #: versions 0-7. The group to fetch offsets for.
    group_id: str = ''
    #: versions 0-7; nullable 2-7. Each topic we would like to fetch offsets for, or null to fetch offsets
    #: for all topics.
    topics: list[OffsetFetchRequestTopic] | None = field(default_factory=list)
    #: versions 8+. Each group we would like to fetch offsets for.
    groups: list[OffsetFetchRequestGroup] = field(default_factory=list)
    #: versions 7+. Whether broker should hold on returning unstable offsets but set a retriable error code
    #: for the partitions.
    require_stable: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        topics: list[OffsetFetchRequestTopic] | None = FACTORY,
        groups: list[OffsetFetchRequestGroup] = FACTORY,
        require_stable: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.topics = [] if topics is FACTORY else topics
        self.groups = [] if groups is FACTORY else groups
        self.require_stable = require_stable
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, topics={self.topics!r}, '
                f'groups={self.groups!r}, require_stable={self.require_stable!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.topics, self.groups, self.require_stable, self.unknown_tags,
            ) == (
                other.group_id, other.topics, other.groups, other.require_stable, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchRequestTopic:
    """OffsetFetchRequestTopic (OffsetFetchRequest)."""

    #: versions 0-7. The topic name.
    name: str = ''
    #: versions 0-7. The partition indexes we would like to fetch offsets for.
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


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchRequestGroup:
    """OffsetFetchRequestGroup (OffsetFetchRequest)."""

    #: versions 8+. The group ID.
    group_id: str = ''
    #: versions 9+; nullable 9+. The member id.
    member_id: str | None = None
    #: versions 9+. The member epoch if using the new consumer protocol (KIP-848).
    member_epoch: int = -1
    #: versions 8+; nullable 8+. Each topic we would like to fetch offsets for, or null to fetch offsets
    #: for all topics.
    topics: list[OffsetFetchRequestTopics] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        member_id: str | None = None,
        member_epoch: int = -1,
        topics: list[OffsetFetchRequestTopics] | None = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.member_id = member_id
        self.member_epoch = member_epoch
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'member_id={self.member_id!r}, member_epoch={self.member_epoch!r}, '
                f'topics={self.topics!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.member_id, self.member_epoch, self.topics, self.unknown_tags,
            ) == (
                other.group_id, other.member_id, other.member_epoch, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchRequestTopics:
    """OffsetFetchRequestTopics (OffsetFetchRequest)."""

    #: versions 8-9. The topic name.
    name: str = ''
    #: versions 10+. The topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 8+. The partition indexes we would like to fetch offsets for.
    partition_indexes: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partition_indexes: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.partition_indexes = [] if partition_indexes is FACTORY else partition_indexes
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'partition_indexes={self.partition_indexes!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.partition_indexes, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.partition_indexes, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
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
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('PartitionIndexes is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
            else:
                v1_partition_indexes = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            a0.append(OffsetFetchRequestTopic(v1_name, v1_partition_indexes))
        v0_topics = a0
    return OffsetFetchRequest(v0_group_id, v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_indexes
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
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
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('PartitionIndexes is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
            else:
                v1_partition_indexes = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            a0.append(OffsetFetchRequestTopic(v1_name, v1_partition_indexes))
        v0_topics = a0
    return OffsetFetchRequest(v0_group_id, v0_topics), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
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
            a1 = o1.partition_indexes
            out += _I32p(len(a1))
            out += _INT32_ARRAYS[len(a1)].pack(*a1)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
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
            a0.append(OffsetFetchRequestTopic(v1_name, v1_partition_indexes, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchRequest(v0_group_id, v0_topics, [], False, u0), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
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


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
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
            a0.append(OffsetFetchRequestTopic(v1_name, v1_partition_indexes, u1))
        v0_topics = a0
    (v0_require_stable,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchRequest(v0_group_id, v0_topics, [], v0_require_stable, u0), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
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
    out += _S0p(o0.require_stable)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
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
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                v1_topics = None
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('PartitionIndexes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
                    else:
                        v2_partition_indexes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchRequestTopics(v2_name, ZERO_UUID, v2_partition_indexes, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchRequestGroup(v1_group_id, None, -1, v1_topics, u1))
        v0_groups = a0
    (v0_require_stable,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchRequest('', [], v0_groups, v0_require_stable, u0), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.topics
        if a1 is None:
            out += b'\x00'
        else:
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            for o2 in a1:
                s2 = o2.name
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
                a2 = o2.partition_indexes
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
    out += _S0p(o0.require_stable)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
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
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
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
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_member_id = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('MemberId runs past the end of the buffer')
                v1_member_id = data[pos:e1].decode()
                pos = e1
            (v1_member_epoch,) = _I32u(data, pos)
            pos += 4
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                v1_topics = None
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('PartitionIndexes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
                    else:
                        v2_partition_indexes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchRequestTopics(v2_name, ZERO_UUID, v2_partition_indexes, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchRequestGroup(v1_group_id, v1_member_id, v1_member_epoch, v1_topics, u1))
        v0_groups = a0
    (v0_require_stable,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchRequest('', [], v0_groups, v0_require_stable, u0), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.member_id
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
        out += _I32p(o1.member_epoch)
        a1 = o1.topics
        if a1 is None:
            out += b'\x00'
        else:
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            for o2 in a1:
                s2 = o2.name
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
                a2 = o2.partition_indexes
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
    out += _S0p(o0.require_stable)
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
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
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
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_member_id = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('MemberId runs past the end of the buffer')
                v1_member_id = data[pos:e1].decode()
                pos = e1
            (v1_member_epoch,) = _I32u(data, pos)
            pos += 4
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                v1_topics = None
            elif c1 > blen - pos:
                raise DecodeError('Topics count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    r2 = data[pos:pos + 16]
                    v2_topic_id = UUIDS.get(r2) or read_uuid(r2)
                    pos += 16
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('PartitionIndexes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('PartitionIndexes count exceeds the remaining bytes')
                    else:
                        v2_partition_indexes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchRequestTopics('', v2_topic_id, v2_partition_indexes, u2))
                v1_topics = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchRequestGroup(v1_group_id, v1_member_id, v1_member_epoch, v1_topics, u1))
        v0_groups = a0
    (v0_require_stable,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchRequest('', [], v0_groups, v0_require_stable, u0), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.member_id
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
        out += _I32p(o1.member_epoch)
        a1 = o1.topics
        if a1 is None:
            out += b'\x00'
        else:
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            for o2 in a1:
                out += o2.topic_id.bytes
                a2 = o2.partition_indexes
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
    out += _S0p(o0.require_stable)
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
    6: _read_v6,
    7: _read_v7,
    8: _read_v8,
    9: _read_v9,
    10: _read_v10,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v2,
    6: _write_v6,
    7: _write_v7,
    8: _write_v8,
    9: _write_v9,
    10: _write_v10,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetFetchRequest, int]:
    """Decode one OffsetFetchRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-10, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'OffsetFetchRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'OffsetFetchRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'OffsetFetchRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: OffsetFetchRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'OffsetFetchRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode OffsetFetchRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
