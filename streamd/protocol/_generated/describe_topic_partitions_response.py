# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeTopicPartitionsResponse (response, api key 75): versions 0, flexible 0+."""

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
    "Cursor",
    "DescribeTopicPartitionsResponse",
    "DescribeTopicPartitionsResponseTopic",
    "DescribeTopicPartitionsResponsePartition",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>?')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>hiii')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class Cursor:
    """Cursor (DescribeTopicPartitionsResponse)."""

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
class DescribeTopicPartitionsResponse:
    """DescribeTopicPartitionsResponse, all versions (0; flexible 0+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. Each topic in the response.
    topics: list[DescribeTopicPartitionsResponseTopic] = field(default_factory=list)
    #: versions 0+; nullable 0+. The next topic and partition index to fetch details for.
    next_cursor: Cursor | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        topics: list[DescribeTopicPartitionsResponseTopic] = FACTORY,
        next_cursor: Cursor | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.topics = [] if topics is FACTORY else topics
        self.next_cursor = next_cursor
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'topics={self.topics!r}, next_cursor={self.next_cursor!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.topics, self.next_cursor, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.topics, other.next_cursor, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeTopicPartitionsResponseTopic:
    """DescribeTopicPartitionsResponseTopic (DescribeTopicPartitionsResponse)."""

    #: versions 0+. The topic error, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The topic name.
    name: str | None = ''
    #: versions 0+. The topic id.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. True if the topic is internal.
    is_internal: bool = False
    #: versions 0+. Each partition in the topic.
    partitions: list[DescribeTopicPartitionsResponsePartition] = field(default_factory=list)
    #: versions 0+. 32-bit bitfield to represent authorized operations for this topic.
    topic_authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        name: str | None = '',
        topic_id: uuid.UUID = ZERO_UUID,
        is_internal: bool = False,
        partitions: list[DescribeTopicPartitionsResponsePartition] = FACTORY,
        topic_authorized_operations: int = -2147483648,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.name = name
        self.topic_id = topic_id
        self.is_internal = is_internal
        self.partitions = [] if partitions is FACTORY else partitions
        self.topic_authorized_operations = topic_authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, name={self.name!r}, '
                f'topic_id={self.topic_id!r}, is_internal={self.is_internal!r}, '
                f'partitions={self.partitions!r}, '
                f'topic_authorized_operations={self.topic_authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.name, self.topic_id, self.is_internal, self.partitions,
                self.topic_authorized_operations, self.unknown_tags,
            ) == (
                other.error_code, other.name, other.topic_id, other.is_internal, other.partitions,
                other.topic_authorized_operations, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeTopicPartitionsResponsePartition:
    """DescribeTopicPartitionsResponsePartition (DescribeTopicPartitionsResponse)."""

    #: versions 0+. The partition error, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The ID of the leader broker.
    leader_id: int = 0
    #: versions 0+. The leader epoch of this partition.
    leader_epoch: int = -1
    #: versions 0+. The set of all nodes that host this partition.
    replica_nodes: list[int] = field(default_factory=list)
    #: versions 0+. The set of nodes that are in sync with the leader for this partition.
    isr_nodes: list[int] = field(default_factory=list)
    #: versions 0+; nullable 0+. The new eligible leader replicas otherwise.
    eligible_leader_replicas: list[int] | None = None
    #: versions 0+; nullable 0+. The last known ELR.
    last_known_elr: list[int] | None = None
    #: versions 0+. The set of offline replicas of this partition.
    offline_replicas: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        partition_index: int = 0,
        leader_id: int = 0,
        leader_epoch: int = -1,
        replica_nodes: list[int] = FACTORY,
        isr_nodes: list[int] = FACTORY,
        eligible_leader_replicas: list[int] | None = None,
        last_known_elr: list[int] | None = None,
        offline_replicas: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.partition_index = partition_index
        self.leader_id = leader_id
        self.leader_epoch = leader_epoch
        self.replica_nodes = [] if replica_nodes is FACTORY else replica_nodes
        self.isr_nodes = [] if isr_nodes is FACTORY else isr_nodes
        self.eligible_leader_replicas = eligible_leader_replicas
        self.last_known_elr = last_known_elr
        self.offline_replicas = [] if offline_replicas is FACTORY else offline_replicas
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'partition_index={self.partition_index!r}, leader_id={self.leader_id!r}, '
                f'leader_epoch={self.leader_epoch!r}, replica_nodes={self.replica_nodes!r}, '
                f'isr_nodes={self.isr_nodes!r}, '
                f'eligible_leader_replicas={self.eligible_leader_replicas!r}, '
                f'last_known_elr={self.last_known_elr!r}, offline_replicas={self.offline_replicas!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.partition_index, self.leader_id, self.leader_epoch,
                self.replica_nodes, self.isr_nodes, self.eligible_leader_replicas, self.last_known_elr,
                self.offline_replicas, self.unknown_tags,
            ) == (
                other.error_code, other.partition_index, other.leader_id, other.leader_epoch,
                other.replica_nodes, other.isr_nodes, other.eligible_leader_replicas, other.last_known_elr,
                other.offline_replicas, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S0u(data, pos)
            pos += 1
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S1u(data, pos)
                    pos += 14
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        v2_eligible_leader_replicas = None
                    elif c2 > blen - pos:
                        raise DecodeError('EligibleLeaderReplicas count exceeds the remaining bytes')
                    else:
                        v2_eligible_leader_replicas = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        v2_last_known_elr = None
                    elif c2 > blen - pos:
                        raise DecodeError('LastKnownElr count exceeds the remaining bytes')
                    else:
                        v2_last_known_elr = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('OfflineReplicas is null')
                    elif c2 > blen - pos:
                        raise DecodeError('OfflineReplicas count exceeds the remaining bytes')
                    else:
                        v2_offline_replicas = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribeTopicPartitionsResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_eligible_leader_replicas, v2_last_known_elr, v2_offline_replicas,
                        u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeTopicPartitionsResponseTopic(
                v1_error_code, v1_name, v1_topic_id, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    m0 = data[pos]
    pos += 1
    if m0 >= 128:
        v0_next_cursor = None
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
        v0_next_cursor = Cursor(v1_topic_name, v1_partition_index, u1)
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeTopicPartitionsResponse(v0_throttle_time_ms, v0_topics, v0_next_cursor, u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
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
        out += _S0p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S1p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
            a2 = o2.replica_nodes
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.eligible_leader_replicas
            if a2 is None:
                out += b'\x00'
            else:
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.last_known_elr
            if a2 is None:
                out += b'\x00'
            else:
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.offline_replicas
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
        out += _I32p(o1.topic_authorized_operations)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    o1 = o0.next_cursor
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


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeTopicPartitionsResponse, int]:
    """Decode one DescribeTopicPartitionsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeTopicPartitionsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeTopicPartitionsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeTopicPartitionsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeTopicPartitionsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeTopicPartitionsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeTopicPartitionsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
