# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetCommitRequest (request, api key 8): versions 2-10, flexible 8+."""

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
    "OffsetCommitRequest",
    "OffsetCommitRequestTopic",
    "OffsetCommitRequestPartition",
    "read",
    "write",
]

MIN_VERSION = 2
MAX_VERSION = 10
FLEXIBLE_MIN = 8  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>q')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>iq')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>iqi')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetCommitRequest:
    """OffsetCommitRequest, all versions (2-10; flexible 8+)."""

    #: versions 0+. The unique group identifier.
    group_id: str = ''
    #: versions 1+. The generation of the group if using the classic group protocol or the member epoch if
    #: using the consumer protocol.
    generation_id_or_member_epoch: int = -1
    #: versions 1+. The member ID assigned by the group coordinator.
    member_id: str = ''
    #: versions 7+; nullable 7+. The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: versions 2-4. The time period in ms to retain the offset.
    retention_time_ms: int = -1
    #: versions 0+. The topics to commit offsets for.
    topics: list[OffsetCommitRequestTopic] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        generation_id_or_member_epoch: int = -1,
        member_id: str = '',
        group_instance_id: str | None = None,
        retention_time_ms: int = -1,
        topics: list[OffsetCommitRequestTopic] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.generation_id_or_member_epoch = generation_id_or_member_epoch
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.retention_time_ms = retention_time_ms
        self.topics = [] if topics is FACTORY else topics
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'generation_id_or_member_epoch={self.generation_id_or_member_epoch!r}, '
                f'member_id={self.member_id!r}, group_instance_id={self.group_instance_id!r}, '
                f'retention_time_ms={self.retention_time_ms!r}, topics={self.topics!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.generation_id_or_member_epoch, self.member_id, self.group_instance_id,
                self.retention_time_ms, self.topics, self.unknown_tags,
            ) == (
                other.group_id, other.generation_id_or_member_epoch, other.member_id,
                other.group_instance_id, other.retention_time_ms, other.topics, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetCommitRequestTopic:
    """OffsetCommitRequestTopic (OffsetCommitRequest)."""

    #: versions 0-9. The topic name.
    name: str = ''
    #: versions 10+. The topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. Each partition to commit offsets for.
    partitions: list[OffsetCommitRequestPartition] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partitions: list[OffsetCommitRequestPartition] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'partitions={self.partitions!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.partitions, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetCommitRequestPartition:
    """OffsetCommitRequestPartition (OffsetCommitRequest)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The message offset to be committed.
    committed_offset: int = 0
    #: versions 6+. The leader epoch of this partition.
    committed_leader_epoch: int = -1
    #: versions 1. The timestamp of the commit.
    commit_timestamp: int = -1
    #: versions 0+; nullable 0+. Any associated metadata the client wants to keep.
    committed_metadata: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        committed_offset: int = 0,
        committed_leader_epoch: int = -1,
        commit_timestamp: int = -1,
        committed_metadata: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.committed_offset = committed_offset
        self.committed_leader_epoch = committed_leader_epoch
        self.commit_timestamp = commit_timestamp
        self.committed_metadata = committed_metadata
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'committed_offset={self.committed_offset!r}, '
                f'committed_leader_epoch={self.committed_leader_epoch!r}, '
                f'commit_timestamp={self.commit_timestamp!r}, '
                f'committed_metadata={self.committed_metadata!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.committed_offset, self.committed_leader_epoch,
                self.commit_timestamp, self.committed_metadata, self.unknown_tags,
            ) == (
                other.partition_index, other.committed_offset, other.committed_leader_epoch,
                other.commit_timestamp, other.committed_metadata, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    (v0_retention_time_ms,) = _S0u(data, pos)
    pos += 8
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
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset = _S1u(data, pos)
                    pos += 12
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, -1, -1, v2_committed_metadata
                    ))
                v1_partitions = a1
            a0.append(OffsetCommitRequestTopic(v1_name, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, None, v0_retention_time_ms, v0_topics
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.retention_time_ms)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S1p(o2.partition_index, o2.committed_offset)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
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
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset = _S1u(data, pos)
                    pos += 12
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, -1, -1, v2_committed_metadata
                    ))
                v1_partitions = a1
            a0.append(OffsetCommitRequestTopic(v1_name, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, None, -1, v0_topics
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
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
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S1p(o2.partition_index, o2.committed_offset)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
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
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S2u(data, pos)
                    pos += 16
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, -1,
                        v2_committed_metadata
                    ))
                v1_partitions = a1
            a0.append(OffsetCommitRequestTopic(v1_name, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, None, -1, v0_topics
    ), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
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
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
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
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S2u(data, pos)
                    pos += 16
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, -1,
                        v2_committed_metadata
                    ))
                v1_partitions = a1
            a0.append(OffsetCommitRequestTopic(v1_name, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, v0_group_instance_id, -1, v0_topics
    ), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\xff\xff'
    else:
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
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
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
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S2u(data, pos)
                    pos += 16
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, -1,
                        v2_committed_metadata, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetCommitRequestTopic(v1_name, ZERO_UUID, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, v0_group_instance_id, -1, v0_topics, u0
    ), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
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
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v10(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    (v0_generation_id_or_member_epoch,) = _I32u(data, pos)
    pos += 4
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
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
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
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
                a1 = []
                for _ in range(c1):
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S2u(data, pos)
                    pos += 16
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_committed_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('CommittedMetadata runs past the end of the buffer')
                        v2_committed_metadata = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetCommitRequestPartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, -1,
                        v2_committed_metadata, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetCommitRequestTopic('', v1_topic_id, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetCommitRequest(
        v0_group_id, v0_generation_id_or_member_epoch, v0_member_id, v0_group_instance_id, -1, v0_topics, u0
    ), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.generation_id_or_member_epoch)
    s0 = o0.member_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += o1.topic_id.bytes
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.committed_metadata
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
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
    2: _read_v2,
    3: _read_v2,
    4: _read_v2,
    5: _read_v5,
    6: _read_v6,
    7: _read_v7,
    8: _read_v8,
    9: _read_v8,
    10: _read_v10,
}
_WRITERS = {
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v5,
    6: _write_v6,
    7: _write_v7,
    8: _write_v8,
    9: _write_v8,
    10: _write_v10,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetCommitRequest, int]:
    """Decode one OffsetCommitRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 2-10, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'OffsetCommitRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'OffsetCommitRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'OffsetCommitRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: OffsetCommitRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'OffsetCommitRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode OffsetCommitRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
