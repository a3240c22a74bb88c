# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeQuorumResponse (response, api key 55): versions 0-2, flexible 0+."""

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
    "DescribeQuorumResponse",
    "TopicData",
    "PartitionData",
    "ReplicaState",
    "Node",
    "Listener",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ihiiq')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>iq')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>iqqq')
_S2u = _S2.unpack_from
_S2p = _S2.pack
_S3 = struct.Struct('>ih')
_S3u = _S3.unpack_from
_S3p = _S3.pack
_S4 = struct.Struct('>iiq')
_S4u = _S4.unpack_from
_S4p = _S4.pack
_S5 = struct.Struct('>qqq')
_S5u = _S5.unpack_from
_S5p = _S5.pack
_S6 = struct.Struct('>H')
_S6u = _S6.unpack_from
_S6p = _S6.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeQuorumResponse:
    """DescribeQuorumResponse, all versions (0-2; flexible 0+)."""

    #: versions 0+. The top level error code.
    error_code: int = 0
    #: versions 2+; nullable 2+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0+. The response from the describe quorum API.
    topics: list[TopicData] = field(default_factory=list)
    #: versions 2+. The nodes in the quorum.
    nodes: list[Node] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = '',
        topics: list[TopicData] = FACTORY,
        nodes: list[Node] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.topics = [] if topics is FACTORY else topics
        self.nodes = [] if nodes is FACTORY else nodes
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, topics={self.topics!r}, nodes={self.nodes!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.topics, self.nodes, self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.topics, other.nodes, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicData:
    """TopicData (DescribeQuorumResponse)."""

    #: versions 0+. The topic name.
    topic_name: str = ''
    #: versions 0+. The partition data.
    partitions: list[PartitionData] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic_name: str = '',
        partitions: list[PartitionData] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic_name = topic_name
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic_name={self.topic_name!r}, '
                f'partitions={self.partitions!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic_name, self.partitions, self.unknown_tags,
            ) == (
                other.topic_name, other.partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class PartitionData:
    """PartitionData (DescribeQuorumResponse)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The partition error code.
    error_code: int = 0
    #: versions 2+; nullable 2+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0+. The ID of the current leader or -1 if the leader is unknown.
    leader_id: int = 0
    #: versions 0+. The latest known leader epoch.
    leader_epoch: int = 0
    #: versions 0+. The high water mark.
    high_watermark: int = 0
    #: versions 0+. The current voters of the partition.
    current_voters: list[ReplicaState] = field(default_factory=list)
    #: versions 0+. The observers of the partition.
    observers: list[ReplicaState] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        error_code: int = 0,
        error_message: str | None = '',
        leader_id: int = 0,
        leader_epoch: int = 0,
        high_watermark: int = 0,
        current_voters: list[ReplicaState] = FACTORY,
        observers: list[ReplicaState] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.error_code = error_code
        self.error_message = error_message
        self.leader_id = leader_id
        self.leader_epoch = leader_epoch
        self.high_watermark = high_watermark
        self.current_voters = [] if current_voters is FACTORY else current_voters
        self.observers = [] if observers is FACTORY else observers
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'leader_id={self.leader_id!r}, leader_epoch={self.leader_epoch!r}, '
                f'high_watermark={self.high_watermark!r}, current_voters={self.current_voters!r}, '
                f'observers={self.observers!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.error_code, self.error_message, self.leader_id,
                self.leader_epoch, self.high_watermark, self.current_voters, self.observers,
                self.unknown_tags,
            ) == (
                other.partition_index, other.error_code, other.error_message, other.leader_id,
                other.leader_epoch, other.high_watermark, other.current_voters, other.observers,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ReplicaState:
    """ReplicaState (DescribeQuorumResponse)."""

    #: versions 0+. The ID of the replica.
    replica_id: int = 0
    #: versions 2+. The replica directory ID of the replica.
    replica_directory_id: uuid.UUID = ZERO_UUID
    #: versions 0+. The last known log end offset of the follower or -1 if it is unknown.
    log_end_offset: int = 0
    #: versions 1+. The last known leader wall clock time time when a follower fetched from the leader.
    #: This is reported as -1 both for the current leader or if it is unknown for a voter.
    last_fetch_timestamp: int = -1
    #: versions 1+. The leader wall clock append time of the offset for which the follower made the most
    #: recent fetch request. This is reported as the current time for the leader and -1 if unknown for a
    #: voter.
    last_caught_up_timestamp: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        replica_id: int = 0,
        replica_directory_id: uuid.UUID = ZERO_UUID,
        log_end_offset: int = 0,
        last_fetch_timestamp: int = -1,
        last_caught_up_timestamp: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.replica_id = replica_id
        self.replica_directory_id = replica_directory_id
        self.log_end_offset = log_end_offset
        self.last_fetch_timestamp = last_fetch_timestamp
        self.last_caught_up_timestamp = last_caught_up_timestamp
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(replica_id={self.replica_id!r}, '
                f'replica_directory_id={self.replica_directory_id!r}, '
                f'log_end_offset={self.log_end_offset!r}, '
                f'last_fetch_timestamp={self.last_fetch_timestamp!r}, '
                f'last_caught_up_timestamp={self.last_caught_up_timestamp!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.replica_id, self.replica_directory_id, self.log_end_offset, self.last_fetch_timestamp,
                self.last_caught_up_timestamp, self.unknown_tags,
            ) == (
                other.replica_id, other.replica_directory_id, other.log_end_offset,
                other.last_fetch_timestamp, other.last_caught_up_timestamp, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class Node:
    """Node (DescribeQuorumResponse)."""

    #: versions 2+. The ID of the associated node.
    node_id: int = 0
    #: versions 2+. The listeners of this controller.
    listeners: list[Listener] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        node_id: int = 0,
        listeners: list[Listener] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.node_id = node_id
        self.listeners = [] if listeners is FACTORY else listeners
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(node_id={self.node_id!r}, '
                f'listeners={self.listeners!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.node_id, self.listeners, self.unknown_tags,
            ) == (
                other.node_id, other.listeners, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class Listener:
    """Listener (DescribeQuorumResponse)."""

    #: versions 2+. The name of the endpoint.
    name: str = ''
    #: versions 2+. The hostname.
    host: str = ''
    #: versions 2+. The port.
    port: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        host: str = '',
        port: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.host = host
        self.port = port
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, host={self.host!r}, '
                f'port={self.port!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.host, self.port, self.unknown_tags,
            ) == (
                other.name, other.host, other.port, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
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
                raise DecodeError('TopicName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TopicName runs past the end of the buffer')
                v1_topic_name = data[pos:e1].decode()
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
                    v2_partition_index, v2_error_code, v2_leader_id, v2_leader_epoch, v2_high_watermark = _S0u(
                        data, pos
                    )
                    pos += 22
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('CurrentVoters is null')
                    elif c2 > blen - pos:
                        raise DecodeError('CurrentVoters count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_replica_id, v3_log_end_offset = _S1u(data, pos)
                            pos += 12
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(v3_replica_id, ZERO_UUID, v3_log_end_offset, -1, -1, u3))
                        v2_current_voters = a2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Observers is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Observers count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_replica_id, v3_log_end_offset = _S1u(data, pos)
                            pos += 12
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(v3_replica_id, ZERO_UUID, v3_log_end_offset, -1, -1, u3))
                        v2_observers = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, '', v2_leader_id, v2_leader_epoch,
                        v2_high_watermark, v2_current_voters, v2_observers, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicData(v1_topic_name, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeQuorumResponse(v0_error_code, '', v0_topics, [], u0), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.topic_name
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
            out += _S0p(o2.partition_index, o2.error_code, o2.leader_id, o2.leader_epoch, o2.high_watermark)
            a2 = o2.current_voters
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S1p(o3.replica_id, o3.log_end_offset)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            a2 = o2.observers
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S1p(o3.replica_id, o3.log_end_offset)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
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
                raise DecodeError('TopicName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TopicName runs past the end of the buffer')
                v1_topic_name = data[pos:e1].decode()
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
                    v2_partition_index, v2_error_code, v2_leader_id, v2_leader_epoch, v2_high_watermark = _S0u(
                        data, pos
                    )
                    pos += 22
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('CurrentVoters is null')
                    elif c2 > blen - pos:
                        raise DecodeError('CurrentVoters count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_replica_id, v3_log_end_offset, v3_last_fetch_timestamp, v3_last_caught_up_timestamp = _S2u(
                                data, pos
                            )
                            pos += 28
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(
                                v3_replica_id, ZERO_UUID, v3_log_end_offset, v3_last_fetch_timestamp,
                                v3_last_caught_up_timestamp, u3
                            ))
                        v2_current_voters = a2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Observers is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Observers count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_replica_id, v3_log_end_offset, v3_last_fetch_timestamp, v3_last_caught_up_timestamp = _S2u(
                                data, pos
                            )
                            pos += 28
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(
                                v3_replica_id, ZERO_UUID, v3_log_end_offset, v3_last_fetch_timestamp,
                                v3_last_caught_up_timestamp, u3
                            ))
                        v2_observers = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, '', v2_leader_id, v2_leader_epoch,
                        v2_high_watermark, v2_current_voters, v2_observers, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicData(v1_topic_name, v1_partitions, u1))
        v0_topics = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeQuorumResponse(v0_error_code, '', v0_topics, [], u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.topic_name
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
            out += _S0p(o2.partition_index, o2.error_code, o2.leader_id, o2.leader_epoch, o2.high_watermark)
            a2 = o2.current_voters
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S2p(
                    o3.replica_id, o3.log_end_offset, o3.last_fetch_timestamp, o3.last_caught_up_timestamp
                )
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            a2 = o2.observers
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _S2p(
                    o3.replica_id, o3.log_end_offset, o3.last_fetch_timestamp, o3.last_caught_up_timestamp
                )
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
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
                raise DecodeError('TopicName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('TopicName runs past the end of the buffer')
                v1_topic_name = data[pos:e1].decode()
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
                    v2_partition_index, v2_error_code = _S3u(data, pos)
                    pos += 6
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_error_message = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ErrorMessage runs past the end of the buffer')
                        v2_error_message = data[pos:e2].decode()
                        pos = e2
                    v2_leader_id, v2_leader_epoch, v2_high_watermark = _S4u(data, pos)
                    pos += 16
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('CurrentVoters is null')
                    elif c2 > blen - pos:
                        raise DecodeError('CurrentVoters count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_replica_id,) = _I32u(data, pos)
                            pos += 4
                            r3 = data[pos:pos + 16]
                            v3_replica_directory_id = UUIDS.get(r3) or read_uuid(r3)
                            pos += 16
                            v3_log_end_offset, v3_last_fetch_timestamp, v3_last_caught_up_timestamp = _S5u(
                                data, pos
                            )
                            pos += 24
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(
                                v3_replica_id, v3_replica_directory_id, v3_log_end_offset,
                                v3_last_fetch_timestamp, v3_last_caught_up_timestamp, u3
                            ))
                        v2_current_voters = a2
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        raise DecodeError('Observers is null')
                    elif c2 > blen - pos:
                        raise DecodeError('Observers count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_replica_id,) = _I32u(data, pos)
                            pos += 4
                            r3 = data[pos:pos + 16]
                            v3_replica_directory_id = UUIDS.get(r3) or read_uuid(r3)
                            pos += 16
                            v3_log_end_offset, v3_last_fetch_timestamp, v3_last_caught_up_timestamp = _S5u(
                                data, pos
                            )
                            pos += 24
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(ReplicaState(
                                v3_replica_id, v3_replica_directory_id, v3_log_end_offset,
                                v3_last_fetch_timestamp, v3_last_caught_up_timestamp, u3
                            ))
                        v2_observers = a2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_error_message, v2_leader_id, v2_leader_epoch,
                        v2_high_watermark, v2_current_voters, v2_observers, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicData(v1_topic_name, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Nodes is null')
    elif c0 > blen - pos:
        raise DecodeError('Nodes count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Listeners is null')
            elif c1 > blen - pos:
                raise DecodeError('Listeners count exceeds the remaining bytes')
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
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Host is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Host runs past the end of the buffer')
                        v2_host = data[pos:e2].decode()
                        pos = e2
                    (v2_port,) = _S6u(data, pos)
                    pos += 2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(Listener(v2_name, v2_host, v2_port, u2))
                v1_listeners = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(Node(v1_node_id, v1_listeners, u1))
        v0_nodes = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeQuorumResponse(v0_error_code, v0_error_message, v0_topics, v0_nodes, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    s0 = o0.error_message
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
        s1 = o1.topic_name
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
            out += _S3p(o2.partition_index, o2.error_code)
            s2 = o2.error_message
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
            out += _S4p(o2.leader_id, o2.leader_epoch, o2.high_watermark)
            a2 = o2.current_voters
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _I32p(o3.replica_id)
                out += o3.replica_directory_id.bytes
                out += _S5p(o3.log_end_offset, o3.last_fetch_timestamp, o3.last_caught_up_timestamp)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            a2 = o2.observers
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _I32p(o3.replica_id)
                out += o3.replica_directory_id.bytes
                out += _S5p(o3.log_end_offset, o3.last_fetch_timestamp, o3.last_caught_up_timestamp)
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.nodes
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I32p(o1.node_id)
        a1 = o1.listeners
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
            s2 = o2.host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            out += _S6p(o2.port)
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
    0: _read_v0,
    1: _read_v1,
    2: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeQuorumResponse, int]:
    """Decode one DescribeQuorumResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeQuorumResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeQuorumResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeQuorumResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeQuorumResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeQuorumResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeQuorumResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
