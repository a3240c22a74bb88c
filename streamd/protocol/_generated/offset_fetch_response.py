# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetFetchResponse (response, api key 9): versions 1-10, flexible 6+."""

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
    "OffsetFetchResponse",
    "OffsetFetchResponseTopic",
    "OffsetFetchResponsePartition",
    "OffsetFetchResponseGroup",
    "OffsetFetchResponseTopics",
    "OffsetFetchResponsePartitions",
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
_S0 = struct.Struct('>iq')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>iqi')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchResponse:
    """OffsetFetchResponse, all versions (1-10; flexible 6+)."""

    #: versions 3+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0-7. The responses per topic.
    topics: list[OffsetFetchResponseTopic] = field(default_factory=list)
    #: versions 2-7. The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 8+. The responses per group id.
    groups: list[OffsetFetchResponseGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        topics: list[OffsetFetchResponseTopic] = FACTORY,
        error_code: int = 0,
        groups: list[OffsetFetchResponseGroup] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.topics = [] if topics is FACTORY else topics
        self.error_code = error_code
        self.groups = [] if groups is FACTORY else groups
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'topics={self.topics!r}, error_code={self.error_code!r}, groups={self.groups!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.topics, self.error_code, self.groups, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.topics, other.error_code, other.groups, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchResponseTopic:
    """OffsetFetchResponseTopic (OffsetFetchResponse)."""

    #: versions 0-7. The topic name.
    name: str = ''
    #: versions 0-7. The responses per partition.
    partitions: list[OffsetFetchResponsePartition] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        partitions: list[OffsetFetchResponsePartition] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, partitions={self.partitions!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.partitions, self.unknown_tags,
            ) == (
                other.name, other.partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchResponsePartition:
    """OffsetFetchResponsePartition (OffsetFetchResponse)."""

    #: versions 0-7. The partition index.
    partition_index: int = 0
    #: versions 0-7. The committed message offset.
    committed_offset: int = 0
    #: versions 5-7. The leader epoch.
    committed_leader_epoch: int = -1
    #: versions 0-7; nullable 0-7. The partition metadata.
    metadata: str | None = ''
    #: versions 0-7. The error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        committed_offset: int = 0,
        committed_leader_epoch: int = -1,
        metadata: str | None = '',
        error_code: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.committed_offset = committed_offset
        self.committed_leader_epoch = committed_leader_epoch
        self.metadata = metadata
        self.error_code = error_code
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'committed_offset={self.committed_offset!r}, '
                f'committed_leader_epoch={self.committed_leader_epoch!r}, metadata={self.metadata!r}, '
                f'error_code={self.error_code!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.committed_offset, self.committed_leader_epoch, self.metadata,
                self.error_code, self.unknown_tags,
            ) == (
                other.partition_index, other.committed_offset, other.committed_leader_epoch, other.metadata,
                other.error_code, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchResponseGroup:
    """OffsetFetchResponseGroup (OffsetFetchResponse)."""

    #: versions 8+. The group ID.
    group_id: str = ''
    #: versions 8+. The responses per topic.
    topics: list[OffsetFetchResponseTopics] = field(default_factory=list)
    #: versions 8+. The group-level error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        topics: list[OffsetFetchResponseTopics] = FACTORY,
        error_code: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.topics = [] if topics is FACTORY else topics
        self.error_code = error_code
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, topics={self.topics!r}, '
                f'error_code={self.error_code!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.topics, self.error_code, self.unknown_tags,
            ) == (
                other.group_id, other.topics, other.error_code, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class OffsetFetchResponseTopics:
    """OffsetFetchResponseTopics (OffsetFetchResponse)."""

    #: versions 8-9. The topic name.
    name: str = ''
    #: versions 10+. The topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 8+. The responses per partition.
    partitions: list[OffsetFetchResponsePartitions] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partitions: list[OffsetFetchResponsePartitions] = FACTORY,
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
class OffsetFetchResponsePartitions:
    """OffsetFetchResponsePartitions (OffsetFetchResponse)."""

    #: versions 8+. The partition index.
    partition_index: int = 0
    #: versions 8+. The committed message offset.
    committed_offset: int = 0
    #: versions 8+. The leader epoch.
    committed_leader_epoch: int = -1
    #: versions 8+; nullable 8+. The partition metadata.
    metadata: str | None = ''
    #: versions 8+. The partition-level error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        committed_offset: int = 0,
        committed_leader_epoch: int = -1,
        metadata: str | None = '',
        error_code: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.committed_offset = committed_offset
        self.committed_leader_epoch = committed_leader_epoch
        self.metadata = metadata
        self.error_code = error_code
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'committed_offset={self.committed_offset!r}, '
                f'committed_leader_epoch={self.committed_leader_epoch!r}, metadata={self.metadata!r}, '
                f'error_code={self.error_code!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.committed_offset, self.committed_leader_epoch, self.metadata,
                self.error_code, self.unknown_tags,
            ) == (
                other.partition_index, other.committed_offset, other.committed_leader_epoch, other.metadata,
                other.error_code, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


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
                    v2_partition_index, v2_committed_offset = _S0u(data, pos)
                    pos += 12
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Metadata runs past the end of the buffer')
                        v2_metadata = data[pos:e2].decode()
                        pos = e2
                    (v2_error_code,) = _I16u(data, pos)
                    pos += 2
                    a1.append(OffsetFetchResponsePartition(
                        v2_partition_index, v2_committed_offset, -1, v2_metadata, v2_error_code
                    ))
                v1_partitions = a1
            a0.append(OffsetFetchResponseTopic(v1_name, v1_partitions))
        v0_topics = a0
    return OffsetFetchResponse(0, v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            out += _S0p(o2.partition_index, o2.committed_offset)
            s2 = o2.metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
            out += _I16p(o2.error_code)
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
                    v2_partition_index, v2_committed_offset = _S0u(data, pos)
                    pos += 12
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Metadata runs past the end of the buffer')
                        v2_metadata = data[pos:e2].decode()
                        pos = e2
                    (v2_error_code,) = _I16u(data, pos)
                    pos += 2
                    a1.append(OffsetFetchResponsePartition(
                        v2_partition_index, v2_committed_offset, -1, v2_metadata, v2_error_code
                    ))
                v1_partitions = a1
            a0.append(OffsetFetchResponseTopic(v1_name, v1_partitions))
        v0_topics = a0
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    return OffsetFetchResponse(0, v0_topics, v0_error_code), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
            out += _S0p(o2.partition_index, o2.committed_offset)
            s2 = o2.metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
            out += _I16p(o2.error_code)
    out += _I16p(o0.error_code)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                    v2_partition_index, v2_committed_offset = _S0u(data, pos)
                    pos += 12
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Metadata runs past the end of the buffer')
                        v2_metadata = data[pos:e2].decode()
                        pos = e2
                    (v2_error_code,) = _I16u(data, pos)
                    pos += 2
                    a1.append(OffsetFetchResponsePartition(
                        v2_partition_index, v2_committed_offset, -1, v2_metadata, v2_error_code
                    ))
                v1_partitions = a1
            a0.append(OffsetFetchResponseTopic(v1_name, v1_partitions))
        v0_topics = a0
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    return OffsetFetchResponse(v0_throttle_time_ms, v0_topics, v0_error_code), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
            out += _S0p(o2.partition_index, o2.committed_offset)
            s2 = o2.metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
            out += _I16p(o2.error_code)
    out += _I16p(o0.error_code)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S1u(data, pos)
                    pos += 16
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Metadata runs past the end of the buffer')
                        v2_metadata = data[pos:e2].decode()
                        pos = e2
                    (v2_error_code,) = _I16u(data, pos)
                    pos += 2
                    a1.append(OffsetFetchResponsePartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, v2_metadata,
                        v2_error_code
                    ))
                v1_partitions = a1
            a0.append(OffsetFetchResponseTopic(v1_name, v1_partitions))
        v0_topics = a0
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    return OffsetFetchResponse(v0_throttle_time_ms, v0_topics, v0_error_code), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
            out += _S1p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.metadata
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
            out += _I16p(o2.error_code)
    out += _I16p(o0.error_code)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                    v2_partition_index, v2_committed_offset, v2_committed_leader_epoch = _S1u(data, pos)
                    pos += 16
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_metadata = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Metadata runs past the end of the buffer')
                        v2_metadata = data[pos:e2].decode()
                        pos = e2
                    (v2_error_code,) = _I16u(data, pos)
                    pos += 2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchResponsePartition(
                        v2_partition_index, v2_committed_offset, v2_committed_leader_epoch, v2_metadata,
                        v2_error_code, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchResponseTopic(v1_name, v1_partitions, u1))
        v0_topics = a0
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchResponse(v0_throttle_time_ms, v0_topics, v0_error_code, [], u0), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
            out += _S1p(o2.partition_index, o2.committed_offset, o2.committed_leader_epoch)
            s2 = o2.metadata
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
            out += _I16p(o2.error_code)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I16p(o0.error_code)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                raise DecodeError('Topics is null')
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
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_committed_offset, v3_committed_leader_epoch = _S1u(
                                data, pos
                            )
                            pos += 16
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_metadata = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Metadata runs past the end of the buffer')
                                v3_metadata = data[pos:e3].decode()
                                pos = e3
                            (v3_error_code,) = _I16u(data, pos)
                            pos += 2
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(OffsetFetchResponsePartitions(
                                v3_partition_index, v3_committed_offset, v3_committed_leader_epoch,
                                v3_metadata, v3_error_code, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchResponseTopics(v2_name, ZERO_UUID, v2_partitions, u2))
                v1_topics = a1
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchResponseGroup(v1_group_id, v1_topics, v1_error_code, u1))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchResponse(v0_throttle_time_ms, [], 0, v0_groups, u0), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S1p(o3.partition_index, o3.committed_offset, o3.committed_leader_epoch)
                s3 = o3.metadata
                if s3 is None:
                    out += b'\x00'
                else:
                    r3 = s3.encode()
                    n3 = len(r3) + 1
                    if n3 < 128:
                        out.append(n3)
                    else:
                        write_uvarint(out, n3)
                    out += r3
                out += _I16p(o3.error_code)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I16p(o1.error_code)
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
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                raise DecodeError('Topics is null')
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
                        raise DecodeError('Partitions is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Partitions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_partition_index, v3_committed_offset, v3_committed_leader_epoch = _S1u(
                                data, pos
                            )
                            pos += 16
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_metadata = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('Metadata runs past the end of the buffer')
                                v3_metadata = data[pos:e3].decode()
                                pos = e3
                            (v3_error_code,) = _I16u(data, pos)
                            pos += 2
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(OffsetFetchResponsePartitions(
                                v3_partition_index, v3_committed_offset, v3_committed_leader_epoch,
                                v3_metadata, v3_error_code, u3
                            ))
                        v2_partitions = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(OffsetFetchResponseTopics('', v2_topic_id, v2_partitions, u2))
                v1_topics = a1
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(OffsetFetchResponseGroup(v1_group_id, v1_topics, v1_error_code, u1))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return OffsetFetchResponse(v0_throttle_time_ms, [], 0, v0_groups, u0), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
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
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += o2.topic_id.bytes
            a2 = o2.partitions
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S1p(o3.partition_index, o3.committed_offset, o3.committed_leader_epoch)
                s3 = o3.metadata
                if s3 is None:
                    out += b'\x00'
                else:
                    r3 = s3.encode()
                    n3 = len(r3) + 1
                    if n3 < 128:
                        out.append(n3)
                    else:
                        write_uvarint(out, n3)
                    out += r3
                out += _I16p(o3.error_code)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I16p(o1.error_code)
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
    3: _read_v3,
    4: _read_v3,
    5: _read_v5,
    6: _read_v6,
    7: _read_v6,
    8: _read_v8,
    9: _read_v8,
    10: _read_v10,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v3,
    4: _write_v3,
    5: _write_v5,
    6: _write_v6,
    7: _write_v6,
    8: _write_v8,
    9: _write_v8,
    10: _write_v10,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetFetchResponse, int]:
    """Decode one OffsetFetchResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-10, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'OffsetFetchResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'OffsetFetchResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'OffsetFetchResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: OffsetFetchResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'OffsetFetchResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode OffsetFetchResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
