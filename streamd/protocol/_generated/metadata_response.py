# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""MetadataResponse (response, api key 3): versions 0-13, flexible 9+."""

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
    "MetadataResponse",
    "MetadataResponseBroker",
    "MetadataResponseTopic",
    "MetadataResponsePartition",
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
_S0 = struct.Struct('>hii')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>?')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>hiii')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class MetadataResponse:
    """MetadataResponse, all versions (0-13; flexible 9+)."""

    #: versions 3+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. A list of brokers present in the cluster.
    brokers: list[MetadataResponseBroker] = field(default_factory=list)
    #: versions 2+; nullable 2+. The cluster ID that responding broker belongs to.
    cluster_id: str | None = None
    #: versions 1+. The ID of the controller broker.
    controller_id: int = -1
    #: versions 0+. Each topic in the response.
    topics: list[MetadataResponseTopic] = field(default_factory=list)
    #: versions 8-10. 32-bit bitfield to represent authorized operations for this cluster.
    cluster_authorized_operations: int = -2147483648
    #: versions 13+. The top-level error code, or 0 if there was no error.
    error_code: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        brokers: list[MetadataResponseBroker] = FACTORY,
        cluster_id: str | None = None,
        controller_id: int = -1,
        topics: list[MetadataResponseTopic] = FACTORY,
        cluster_authorized_operations: int = -2147483648,
        error_code: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.brokers = [] if brokers is FACTORY else brokers
        self.cluster_id = cluster_id
        self.controller_id = controller_id
        self.topics = [] if topics is FACTORY else topics
        self.cluster_authorized_operations = cluster_authorized_operations
        self.error_code = error_code
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'brokers={self.brokers!r}, cluster_id={self.cluster_id!r}, '
                f'controller_id={self.controller_id!r}, topics={self.topics!r}, '
                f'cluster_authorized_operations={self.cluster_authorized_operations!r}, '
                f'error_code={self.error_code!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.brokers, self.cluster_id, self.controller_id, self.topics,
                self.cluster_authorized_operations, self.error_code, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.brokers, other.cluster_id, other.controller_id, other.topics,
                other.cluster_authorized_operations, other.error_code, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class MetadataResponseBroker:
    """MetadataResponseBroker (MetadataResponse)."""

    #: versions 0+. The broker ID.
    node_id: int = 0
    #: versions 0+. The broker hostname.
    host: str = ''
    #: versions 0+. The broker port.
    port: int = 0
    #: versions 1+; nullable 1+. The rack of the broker, or null if it has not been assigned to a rack.
    rack: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        node_id: int = 0,
        host: str = '',
        port: int = 0,
        rack: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.node_id = node_id
        self.host = host
        self.port = port
        self.rack = rack
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(node_id={self.node_id!r}, host={self.host!r}, '
                f'port={self.port!r}, rack={self.rack!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.node_id, self.host, self.port, self.rack, self.unknown_tags,
            ) == (
                other.node_id, other.host, other.port, other.rack, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class MetadataResponseTopic:
    """MetadataResponseTopic (MetadataResponse)."""

    #: versions 0+. The topic error, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 12+. The topic name. Null for non-existing topics queried by ID. This is never
    #: null when ErrorCode is zero. One of Name and TopicId is always populated.
    name: str | None = ''
    #: versions 10+. The topic id. Zero for non-existing topics queried by name. This is never zero when
    #: ErrorCode is zero. One of Name and TopicId is always populated.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 1+. True if the topic is internal.
    is_internal: bool = False
    #: versions 0+. Each partition in the topic.
    partitions: list[MetadataResponsePartition] = field(default_factory=list)
    #: versions 8+. 32-bit bitfield to represent authorized operations for this topic.
    topic_authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        name: str | None = '',
        topic_id: uuid.UUID = ZERO_UUID,
        is_internal: bool = False,
        partitions: list[MetadataResponsePartition] = FACTORY,
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
class MetadataResponsePartition:
    """MetadataResponsePartition (MetadataResponse)."""

    #: versions 0+. The partition error, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The ID of the leader broker.
    leader_id: int = 0
    #: versions 7+. The leader epoch of this partition.
    leader_epoch: int = -1
    #: versions 0+. The set of all nodes that host this partition.
    replica_nodes: list[int] = field(default_factory=list)
    #: versions 0+. The set of nodes that are in sync with the leader for this partition.
    isr_nodes: list[int] = field(default_factory=list)
    #: versions 5+. The set of offline replicas of this partition.
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
        offline_replicas: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.partition_index = partition_index
        self.leader_id = leader_id
        self.leader_epoch = leader_epoch
        self.replica_nodes = [] if replica_nodes is FACTORY else replica_nodes
        self.isr_nodes = [] if isr_nodes is FACTORY else isr_nodes
        self.offline_replicas = [] if offline_replicas is FACTORY else offline_replicas
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'partition_index={self.partition_index!r}, leader_id={self.leader_id!r}, '
                f'leader_epoch={self.leader_epoch!r}, replica_nodes={self.replica_nodes!r}, '
                f'isr_nodes={self.isr_nodes!r}, offline_replicas={self.offline_replicas!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.partition_index, self.leader_id, self.leader_epoch,
                self.replica_nodes, self.isr_nodes, self.offline_replicas, self.unknown_tags,
            ) == (
                other.error_code, other.partition_index, other.leader_id, other.leader_epoch,
                other.replica_nodes, other.isr_nodes, other.offline_replicas, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port))
        v0_brokers = a0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Topics is null')
    elif c0 > blen - pos:
        raise DecodeError('Topics count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
                    v2_error_code, v2_partition_index, v2_leader_id = _S0u(data, pos)
                    pos += 10
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, -1, v2_replica_nodes, v2_isr_nodes
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(v1_error_code, v1_name, ZERO_UUID, False, v1_partitions))
        v0_topics = a0
    return MetadataResponse(0, v0_brokers, None, -1, v0_topics), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.error_code, o2.partition_index, o2.leader_id)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id = _S0u(data, pos)
                    pos += 10
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, -1, v2_replica_nodes, v2_isr_nodes
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions
            ))
        v0_topics = a0
    return MetadataResponse(0, v0_brokers, None, v0_controller_id, v0_topics), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.error_code, o2.partition_index, o2.leader_id)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id = _S0u(data, pos)
                    pos += 10
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, -1, v2_replica_nodes, v2_isr_nodes
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions
            ))
        v0_topics = a0
    return MetadataResponse(0, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    s0 = o0.cluster_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.error_code, o2.partition_index, o2.leader_id)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id = _S0u(data, pos)
                    pos += 10
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, -1, v2_replica_nodes, v2_isr_nodes
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions
            ))
        v0_topics = a0
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    s0 = o0.cluster_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.error_code, o2.partition_index, o2.leader_id)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id = _S0u(data, pos)
                    pos += 10
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('OfflineReplicas is null')
                    elif c2 > blen - pos:
                        raise DecodeError('OfflineReplicas count exceeds the remaining bytes')
                    else:
                        v2_offline_replicas = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, -1, v2_replica_nodes, v2_isr_nodes,
                        v2_offline_replicas
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions
            ))
        v0_topics = a0
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    s0 = o0.cluster_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.error_code, o2.partition_index, o2.leader_id)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.offline_replicas
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
                    pos += 14
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('OfflineReplicas is null')
                    elif c2 > blen - pos:
                        raise DecodeError('OfflineReplicas count exceeds the remaining bytes')
                    else:
                        v2_offline_replicas = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas
                    ))
                v1_partitions = a1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions
            ))
        v0_topics = a0
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics
    ), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    s0 = o0.cluster_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.offline_replicas
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack))
        v0_brokers = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
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
            (v1_is_internal,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Partitions is null')
            elif c1 > blen - pos:
                raise DecodeError('Partitions count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
                    pos += 14
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('ReplicaNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('ReplicaNodes count exceeds the remaining bytes')
                    else:
                        v2_replica_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('IsrNodes is null')
                    elif c2 > blen - pos:
                        raise DecodeError('IsrNodes count exceeds the remaining bytes')
                    else:
                        v2_isr_nodes = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('OfflineReplicas is null')
                    elif c2 > blen - pos:
                        raise DecodeError('OfflineReplicas count exceeds the remaining bytes')
                    else:
                        v2_offline_replicas = [*_INT32_ARRAYS[c2].unpack_from(data, pos)]
                        pos += 4 * c2
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations
            ))
        v0_topics = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics,
        v0_cluster_authorized_operations
    ), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    s0 = o0.cluster_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
            a2 = o2.replica_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.isr_nodes
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
            a2 = o2.offline_replicas
            out += _I32p(len(a2))
            out += _INT32_ARRAYS[len(a2)].pack(*a2)
        out += _I32p(o1.topic_authorized_operations)
    out += _I32p(o0.cluster_authorized_operations)
    return out


def _read_v9(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack, u1))
        v0_brokers = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            (v1_is_internal,) = _S1u(data, pos)
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
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
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas, u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, ZERO_UUID, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics,
        v0_cluster_authorized_operations, 0, u0
    ), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
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
    s0 = o0.cluster_id
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
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
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
    out += _I32p(o0.cluster_authorized_operations)
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
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack, u1))
        v0_brokers = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
            (v1_is_internal,) = _S1u(data, pos)
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
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
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas, u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, v1_topic_id, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    (v0_cluster_authorized_operations,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics,
        v0_cluster_authorized_operations, 0, u0
    ), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
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
    s0 = o0.cluster_id
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
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += o1.topic_id.bytes
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
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
    out += _I32p(o0.cluster_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v11(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack, u1))
        v0_brokers = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
                pos = e1
            r1 = data[pos:pos + 16]
            v1_topic_id = UUIDS.get(r1) or read_uuid(r1)
            pos += 16
            (v1_is_internal,) = _S1u(data, pos)
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
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
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas, u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, v1_topic_id, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics, -2147483648, 0, u0
    ), pos


def _write_v11(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
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
    s0 = o0.cluster_id
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
    out += _I32p(o0.controller_id)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += o1.topic_id.bytes
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v12(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack, u1))
        v0_brokers = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_is_internal,) = _S1u(data, pos)
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
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
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas, u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, v1_topic_id, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics, -2147483648, 0, u0
    ), pos


def _write_v12(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
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
    s0 = o0.cluster_id
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
    out += _I32p(o0.controller_id)
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
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v13(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Brokers is null')
    elif c0 > blen - pos:
        raise DecodeError('Brokers count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            (v1_port,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_rack = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Rack runs past the end of the buffer')
                v1_rack = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseBroker(v1_node_id, v1_host, v1_port, v1_rack, u1))
        v0_brokers = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_cluster_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ClusterId runs past the end of the buffer')
        v0_cluster_id = data[pos:e0].decode()
        pos = e0
    (v0_controller_id,) = _I32u(data, pos)
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
            (v1_is_internal,) = _S1u(data, pos)
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
                    v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch = _S2u(data, pos)
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
                    a1.append(MetadataResponsePartition(
                        v2_error_code, v2_partition_index, v2_leader_id, v2_leader_epoch, v2_replica_nodes,
                        v2_isr_nodes, v2_offline_replicas, u2
                    ))
                v1_partitions = a1
            (v1_topic_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MetadataResponseTopic(
                v1_error_code, v1_name, v1_topic_id, v1_is_internal, v1_partitions,
                v1_topic_authorized_operations, u1
            ))
        v0_topics = a0
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return MetadataResponse(
        v0_throttle_time_ms, v0_brokers, v0_cluster_id, v0_controller_id, v0_topics, -2147483648,
        v0_error_code, u0
    ), pos


def _write_v13(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.brokers
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.port)
        s1 = o1.rack
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
    s0 = o0.cluster_id
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
    out += _I32p(o0.controller_id)
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
        out += _S1p(o1.is_internal)
        a1 = o1.partitions
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S2p(o2.error_code, o2.partition_index, o2.leader_id, o2.leader_epoch)
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
    out += _I16p(o0.error_code)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v2,
    3: _read_v3,
    4: _read_v3,
    5: _read_v5,
    6: _read_v5,
    7: _read_v7,
    8: _read_v8,
    9: _read_v9,
    10: _read_v10,
    11: _read_v11,
    12: _read_v12,
    13: _read_v13,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v2,
    3: _write_v3,
    4: _write_v3,
    5: _write_v5,
    6: _write_v5,
    7: _write_v7,
    8: _write_v8,
    9: _write_v9,
    10: _write_v10,
    11: _write_v11,
    12: _write_v12,
    13: _write_v13,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[MetadataResponse, int]:
    """Decode one MetadataResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-13, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'MetadataResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'MetadataResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'MetadataResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: MetadataResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'MetadataResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode MetadataResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
