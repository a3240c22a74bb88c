# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FetchRequest (request, api key 1): versions 4-18, flexible 12+."""

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
    "ReplicaState",
    "FetchRequest",
    "FetchTopic",
    "FetchPartition",
    "ForgottenTopic",
    "read",
    "write",
]

MIN_VERSION = 4
MAX_VERSION = 18
FLEXIBLE_MIN = 12  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>iiiib')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>iqi')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>iqqi')
_S2u = _S2.unpack_from
_S2p = _S2.pack
_S3 = struct.Struct('>iiiibii')
_S3u = _S3.unpack_from
_S3p = _S3.pack
_S4 = struct.Struct('>iiqqi')
_S4u = _S4.unpack_from
_S4p = _S4.pack
_S5 = struct.Struct('>iiqiqi')
_S5u = _S5.unpack_from
_S5p = _S5.pack
_S6 = struct.Struct('>iiibii')
_S6u = _S6.unpack_from
_S6p = _S6.pack
_S7 = struct.Struct('>iq')
_S7u = _S7.unpack_from
_S7p = _S7.pack
_S8 = struct.Struct('>q')
_S8u = _S8.unpack_from
_S8p = _S8.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ReplicaState:
    """ReplicaState (FetchRequest)."""

    #: versions 15+. The replica ID of the follower, or -1 if this request is from a consumer.
    replica_id: int = -1
    #: versions 15+. The epoch of this follower, or -1 if not available.
    replica_epoch: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        replica_id: int = -1,
        replica_epoch: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.replica_id = replica_id
        self.replica_epoch = replica_epoch
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(replica_id={self.replica_id!r}, '
                f'replica_epoch={self.replica_epoch!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.replica_id, self.replica_epoch, self.unknown_tags,
            ) == (
                other.replica_id, other.replica_epoch, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FetchRequest:
    """FetchRequest, all versions (4-18; flexible 12+)."""

    #: versions 12+; nullable 12+; tag 0 in 12+. The clusterId if known. This is used to validate metadata
    #: fetches prior to broker registration.
    cluster_id: str | None = None
    #: versions 0-14. The broker ID of the follower, of -1 if this request is from a consumer.
    replica_id: int = -1
    #: versions 15+; tag 1 in 15+. The state of the replica in the follower.
    replica_state: ReplicaState = field(default_factory=ReplicaState)
    #: versions 0+. The maximum time in milliseconds to wait for the response.
    max_wait_ms: int = 0
    #: versions 0+. The minimum bytes to accumulate in the response.
    min_bytes: int = 0
    #: versions 3+. The maximum bytes to fetch. See KIP-74 for cases where this limit may not be honored.
    max_bytes: int = 2147483647
    #: versions 4+. This setting controls the visibility of transactional records. Using READ_UNCOMMITTED
    #: (isolation_level = 0) makes all records visible. With READ_COMMITTED (isolation_level = 1), non-
    #: transactional and COMMITTED transactional records are visible. To be more concrete, READ_COMMITTED
    #: returns all data from offsets smaller than the current LSO (last stable offset), and enables the
    #: inclusion of the list of aborted transactions in the result, which allows consumers to discard
    #: ABORTED transactional records.
    isolation_level: int = 0
    #: versions 7+. The fetch session ID.
    session_id: int = 0
    #: versions 7+. The fetch session epoch, which is used for ordering requests in a session.
    session_epoch: int = -1
    #: versions 0+. The topics to fetch.
    topics: list[FetchTopic] = field(default_factory=list)
    #: versions 7+. In an incremental fetch request, the partitions to remove.
    forgotten_topics_data: list[ForgottenTopic] = field(default_factory=list)
    #: versions 11+. Rack ID of the consumer making this request.
    rack_id: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        cluster_id: str | None = None,
        replica_id: int = -1,
        replica_state: ReplicaState = FACTORY,
        max_wait_ms: int = 0,
        min_bytes: int = 0,
        max_bytes: int = 2147483647,
        isolation_level: int = 0,
        session_id: int = 0,
        session_epoch: int = -1,
        topics: list[FetchTopic] = FACTORY,
        forgotten_topics_data: list[ForgottenTopic] = FACTORY,
        rack_id: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.cluster_id = cluster_id
        self.replica_id = replica_id
        self.replica_state = ReplicaState() if replica_state is FACTORY else replica_state
        self.max_wait_ms = max_wait_ms
        self.min_bytes = min_bytes
        self.max_bytes = max_bytes
        self.isolation_level = isolation_level
        self.session_id = session_id
        self.session_epoch = session_epoch
        self.topics = [] if topics is FACTORY else topics
        self.forgotten_topics_data = [] if forgotten_topics_data is FACTORY else forgotten_topics_data
        self.rack_id = rack_id
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(cluster_id={self.cluster_id!r}, '
                f'replica_id={self.replica_id!r}, replica_state={self.replica_state!r}, '
                f'max_wait_ms={self.max_wait_ms!r}, min_bytes={self.min_bytes!r}, '
                f'max_bytes={self.max_bytes!r}, isolation_level={self.isolation_level!r}, '
                f'session_id={self.session_id!r}, session_epoch={self.session_epoch!r}, '
                f'topics={self.topics!r}, forgotten_topics_data={self.forgotten_topics_data!r}, '
                f'rack_id={self.rack_id!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.cluster_id, self.replica_id, self.replica_state, self.max_wait_ms, self.min_bytes,
                self.max_bytes, self.isolation_level, self.session_id, self.session_epoch, self.topics,
                self.forgotten_topics_data, self.rack_id, self.unknown_tags,
            ) == (
                other.cluster_id, other.replica_id, other.replica_state, other.max_wait_ms, other.min_bytes,
                other.max_bytes, other.isolation_level, other.session_id, other.session_epoch, other.topics,
                other.forgotten_topics_data, other.rack_id, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FetchTopic:
    """FetchTopic (FetchRequest)."""

    #: versions 0-12. The name of the topic to fetch.
    topic: str = ''
    #: versions 13+. The unique topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. The partitions to fetch.
    partitions: list[FetchPartition] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partitions: list[FetchPartition] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.topic_id = topic_id
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, topic_id={self.topic_id!r}, '
                f'partitions={self.partitions!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.topic_id, self.partitions, self.unknown_tags,
            ) == (
                other.topic, other.topic_id, other.partitions, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FetchPartition:
    """FetchPartition (FetchRequest)."""

    #: versions 0+. The partition index.
    partition: int = 0
    #: versions 9+. The current leader epoch of the partition.
    current_leader_epoch: int = -1
    #: versions 0+. The message offset.
    fetch_offset: int = 0
    #: versions 12+. The epoch of the last fetched record or -1 if there is none.
    last_fetched_epoch: int = -1
    #: versions 5+. The earliest available offset of the follower replica. The field is only used when the
    #: request is sent by the follower.
    log_start_offset: int = -1
    #: versions 0+. The maximum bytes to fetch from this partition. See KIP-74 for cases where this limit
    #: may not be honored.
    partition_max_bytes: int = 0
    #: versions 17+; tag 0 in 17+. The directory id of the follower fetching.
    replica_directory_id: uuid.UUID = ZERO_UUID
    #: versions 18+; tag 1 in 18+. The high-watermark known by the replica. -1 if the high-watermark is not
    #: known and 9223372036854775807 if the feature is not supported.
    high_watermark: int = 9223372036854775807
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition: int = 0,
        current_leader_epoch: int = -1,
        fetch_offset: int = 0,
        last_fetched_epoch: int = -1,
        log_start_offset: int = -1,
        partition_max_bytes: int = 0,
        replica_directory_id: uuid.UUID = ZERO_UUID,
        high_watermark: int = 9223372036854775807,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition = partition
        self.current_leader_epoch = current_leader_epoch
        self.fetch_offset = fetch_offset
        self.last_fetched_epoch = last_fetched_epoch
        self.log_start_offset = log_start_offset
        self.partition_max_bytes = partition_max_bytes
        self.replica_directory_id = replica_directory_id
        self.high_watermark = high_watermark
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition={self.partition!r}, '
                f'current_leader_epoch={self.current_leader_epoch!r}, '
                f'fetch_offset={self.fetch_offset!r}, last_fetched_epoch={self.last_fetched_epoch!r}, '
                f'log_start_offset={self.log_start_offset!r}, '
                f'partition_max_bytes={self.partition_max_bytes!r}, '
                f'replica_directory_id={self.replica_directory_id!r}, '
                f'high_watermark={self.high_watermark!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition, self.current_leader_epoch, self.fetch_offset, self.last_fetched_epoch,
                self.log_start_offset, self.partition_max_bytes, self.replica_directory_id,
                self.high_watermark, self.unknown_tags,
            ) == (
                other.partition, other.current_leader_epoch, other.fetch_offset, other.last_fetched_epoch,
                other.log_start_offset, other.partition_max_bytes, other.replica_directory_id,
                other.high_watermark, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ForgottenTopic:
    """ForgottenTopic (FetchRequest)."""

    #: versions 7-12. The topic name.
    topic: str = ''
    #: versions 13+. The unique topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 7+. The partitions indexes to forget.
    partitions: list[int] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partitions: list[int] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.topic = topic
        self.topic_id = topic_id
        self.partitions = [] if partitions is FACTORY else partitions
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(topic={self.topic!r}, topic_id={self.topic_id!r}, '
                f'partitions={self.partitions!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.topic, self.topic_id, self.partitions, self.unknown_tags,
            ) == (
                other.topic, other.topic_id, other.partitions, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level = _S0u(data, pos)
    pos += 17
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
                a1 = []
                for _ in range(c1):
                    v2_partition, v2_fetch_offset, v2_partition_max_bytes = _S1u(data, pos)
                    pos += 16
                    a1.append(FetchPartition(
                        v2_partition, -1, v2_fetch_offset, -1, -1, v2_partition_max_bytes
                    ))
                v1_partitions = a1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return FetchRequest(
        None, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        0, -1, v0_topics
    ), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S1p(o2.partition, o2.fetch_offset, o2.partition_max_bytes)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level = _S0u(data, pos)
    pos += 17
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
                a1 = []
                for _ in range(c1):
                    v2_partition, v2_fetch_offset, v2_log_start_offset, v2_partition_max_bytes = _S2u(
                        data, pos
                    )
                    pos += 24
                    a1.append(FetchPartition(
                        v2_partition, -1, v2_fetch_offset, -1, v2_log_start_offset, v2_partition_max_bytes
                    ))
                v1_partitions = a1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_topics = a0
    return FetchRequest(
        None, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        0, -1, v0_topics
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level)
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.partition, o2.fetch_offset, o2.log_start_offset, o2.partition_max_bytes)
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S3u(
        data, pos
    )
    pos += 25
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
                a1 = []
                for _ in range(c1):
                    v2_partition, v2_fetch_offset, v2_log_start_offset, v2_partition_max_bytes = _S2u(
                        data, pos
                    )
                    pos += 24
                    a1.append(FetchPartition(
                        v2_partition, -1, v2_fetch_offset, -1, v2_log_start_offset, v2_partition_max_bytes
                    ))
                v1_partitions = a1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_topics = a0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
            a0.append(ForgottenTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_forgotten_topics_data = a0
    return FetchRequest(
        None, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data
    ), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(
        o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id,
        o0.session_epoch
    )
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(o2.partition, o2.fetch_offset, o2.log_start_offset, o2.partition_max_bytes)
    a0 = o0.forgotten_topics_data
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


def _read_v9(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S3u(
        data, pos
    )
    pos += 25
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
                a1 = []
                for _ in range(c1):
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_log_start_offset, v2_partition_max_bytes = _S4u(
                        data, pos
                    )
                    pos += 28
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, -1, v2_log_start_offset,
                        v2_partition_max_bytes
                    ))
                v1_partitions = a1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_topics = a0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
            a0.append(ForgottenTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_forgotten_topics_data = a0
    return FetchRequest(
        None, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data
    ), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(
        o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id,
        o0.session_epoch
    )
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S4p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.log_start_offset,
                o2.partition_max_bytes
            )
    a0 = o0.forgotten_topics_data
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


def _read_v11(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S3u(
        data, pos
    )
    pos += 25
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
                a1 = []
                for _ in range(c1):
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_log_start_offset, v2_partition_max_bytes = _S4u(
                        data, pos
                    )
                    pos += 28
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, -1, v2_log_start_offset,
                        v2_partition_max_bytes
                    ))
                v1_partitions = a1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_topics = a0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
            a0.append(ForgottenTopic(v1_topic, ZERO_UUID, v1_partitions))
        v0_forgotten_topics_data = a0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    return FetchRequest(
        None, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data, v0_rack_id
    ), pos


def _write_v11(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(
        o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id,
        o0.session_epoch
    )
    a0 = o0.topics
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S4p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.log_start_offset,
                o2.partition_max_bytes
            )
    a0 = o0.forgotten_topics_data
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
    s0 = o0.rack_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    return out


def _read_v12(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S3u(
        data, pos
    )
    pos += 25
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
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
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
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch, v2_log_start_offset, v2_partition_max_bytes = _S5u(
                        data, pos
                    )
                    pos += 32
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch,
                        v2_log_start_offset, v2_partition_max_bytes, ZERO_UUID, 9223372036854775807, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchTopic(v1_topic, ZERO_UUID, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
                raise DecodeError('Topic is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Topic runs past the end of the buffer')
                v1_topic = data[pos:e1].decode()
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ForgottenTopic(v1_topic, ZERO_UUID, v1_partitions, u1))
        v0_forgotten_topics_data = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    v0_cluster_id = None
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
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
                if pos != te0:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return FetchRequest(
        v0_cluster_id, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes,
        v0_isolation_level, v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data,
        v0_rack_id, u0
    ), pos


def _write_v12(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(
        o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id,
        o0.session_epoch
    )
    a0 = o0.topics
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.topic
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
            out += _S5p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.last_fetched_epoch,
                o2.log_start_offset, o2.partition_max_bytes
            )
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.forgotten_topics_data
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.topic
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    s0 = o0.rack_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    tl0 = []
    if o0.cluster_id is not None:
        tb0 = bytearray()
        s0 = o0.cluster_id
        if s0 is None:
            tb0 += b'\x00'
        else:
            r0 = s0.encode()
            n0 = len(r0) + 1
            if n0 < 128:
                tb0.append(n0)
            else:
                write_uvarint(tb0, n0)
            tb0 += r0
        tl0.append((0, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0,))
    else:
        out.append(0)
    return out


def _read_v13(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_replica_id, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S3u(
        data, pos
    )
    pos += 25
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
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch, v2_log_start_offset, v2_partition_max_bytes = _S5u(
                        data, pos
                    )
                    pos += 32
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch,
                        v2_log_start_offset, v2_partition_max_bytes, ZERO_UUID, 9223372036854775807, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchTopic('', v1_topic_id, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ForgottenTopic('', v1_topic_id, v1_partitions, u1))
        v0_forgotten_topics_data = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    v0_cluster_id = None
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
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
                if pos != te0:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return FetchRequest(
        v0_cluster_id, v0_replica_id, ReplicaState(), v0_max_wait_ms, v0_min_bytes, v0_max_bytes,
        v0_isolation_level, v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data,
        v0_rack_id, u0
    ), pos


def _write_v13(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(
        o0.replica_id, o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id,
        o0.session_epoch
    )
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
            out += _S5p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.last_fetched_epoch,
                o2.log_start_offset, o2.partition_max_bytes
            )
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.forgotten_topics_data
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    s0 = o0.rack_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    tl0 = []
    if o0.cluster_id is not None:
        tb0 = bytearray()
        s0 = o0.cluster_id
        if s0 is None:
            tb0 += b'\x00'
        else:
            r0 = s0.encode()
            n0 = len(r0) + 1
            if n0 < 128:
                tb0.append(n0)
            else:
                write_uvarint(tb0, n0)
            tb0 += r0
        tl0.append((0, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0,))
    else:
        out.append(0)
    return out


def _read_v15(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S6u(
        data, pos
    )
    pos += 21
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
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch, v2_log_start_offset, v2_partition_max_bytes = _S5u(
                        data, pos
                    )
                    pos += 32
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch,
                        v2_log_start_offset, v2_partition_max_bytes, ZERO_UUID, 9223372036854775807, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchTopic('', v1_topic_id, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ForgottenTopic('', v1_topic_id, v1_partitions, u1))
        v0_forgotten_topics_data = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    v0_cluster_id = None
    v0_replica_state = ReplicaState()
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
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
                if pos != te0:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tg0 == 1:
                v1_replica_id, v1_replica_epoch = _S7u(data, pos)
                pos += 12
                if data[pos]:
                    u1, pos = read_unknown_tags(data, pos)
                else:
                    u1 = None
                    pos += 1
                v0_replica_state = ReplicaState(v1_replica_id, v1_replica_epoch, u1)
                if pos != te0:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return FetchRequest(
        v0_cluster_id, -1, v0_replica_state, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data, v0_rack_id, u0
    ), pos


def _write_v15(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S6p(
        o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id, o0.session_epoch
    )
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
            out += _S5p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.last_fetched_epoch,
                o2.log_start_offset, o2.partition_max_bytes
            )
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.forgotten_topics_data
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    s0 = o0.rack_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    tl0 = []
    if o0.cluster_id is not None:
        tb0 = bytearray()
        s0 = o0.cluster_id
        if s0 is None:
            tb0 += b'\x00'
        else:
            r0 = s0.encode()
            n0 = len(r0) + 1
            if n0 < 128:
                tb0.append(n0)
            else:
                write_uvarint(tb0, n0)
            tb0 += r0
        tl0.append((0, tb0))
    if (x0 := o0.replica_state).unknown_tags or x0.replica_id != -1 or x0.replica_epoch != -1:
        tb0 = bytearray()
        o1 = o0.replica_state
        tb0 += _S7p(o1.replica_id, o1.replica_epoch)
        if o1.unknown_tags:
            write_tags(tb0, [], o1.unknown_tags)
        else:
            tb0.append(0)
        tl0.append((1, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0, 1,))
    else:
        out.append(0)
    return out


def _read_v17(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S6u(
        data, pos
    )
    pos += 21
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
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch, v2_log_start_offset, v2_partition_max_bytes = _S5u(
                        data, pos
                    )
                    pos += 32
                    v2_replica_directory_id = ZERO_UUID
                    u2 = None
                    if data[pos]:
                        tn2, pos = read_uvarint(data, pos)
                        for _ in range(tn2):
                            tg2, pos = read_uvarint(data, pos)
                            tz2, pos = read_uvarint(data, pos)
                            te2 = pos + tz2
                            if te2 > blen:
                                raise DecodeError('tagged field runs past the end of the buffer')
                            if tg2 == 0:
                                r2 = data[pos:pos + 16]
                                v2_replica_directory_id = UUIDS.get(r2) or read_uuid(r2)
                                pos += 16
                                if pos != te2:
                                    raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = data[pos:te2]
                                pos = te2
                    else:
                        pos += 1
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch,
                        v2_log_start_offset, v2_partition_max_bytes, v2_replica_directory_id,
                        9223372036854775807, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchTopic('', v1_topic_id, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ForgottenTopic('', v1_topic_id, v1_partitions, u1))
        v0_forgotten_topics_data = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    v0_cluster_id = None
    v0_replica_state = ReplicaState()
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
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
                if pos != te0:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tg0 == 1:
                v1_replica_id, v1_replica_epoch = _S7u(data, pos)
                pos += 12
                if data[pos]:
                    u1, pos = read_unknown_tags(data, pos)
                else:
                    u1 = None
                    pos += 1
                v0_replica_state = ReplicaState(v1_replica_id, v1_replica_epoch, u1)
                if pos != te0:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return FetchRequest(
        v0_cluster_id, -1, v0_replica_state, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data, v0_rack_id, u0
    ), pos


def _write_v17(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S6p(
        o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id, o0.session_epoch
    )
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
            out += _S5p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.last_fetched_epoch,
                o2.log_start_offset, o2.partition_max_bytes
            )
            tl2 = []
            if o2.replica_directory_id != ZERO_UUID:
                tb2 = bytearray()
                tb2 += o2.replica_directory_id.bytes
                tl2.append((0, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0,))
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.forgotten_topics_data
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    s0 = o0.rack_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    tl0 = []
    if o0.cluster_id is not None:
        tb0 = bytearray()
        s0 = o0.cluster_id
        if s0 is None:
            tb0 += b'\x00'
        else:
            r0 = s0.encode()
            n0 = len(r0) + 1
            if n0 < 128:
                tb0.append(n0)
            else:
                write_uvarint(tb0, n0)
            tb0 += r0
        tl0.append((0, tb0))
    if (x0 := o0.replica_state).unknown_tags or x0.replica_id != -1 or x0.replica_epoch != -1:
        tb0 = bytearray()
        o1 = o0.replica_state
        tb0 += _S7p(o1.replica_id, o1.replica_epoch)
        if o1.unknown_tags:
            write_tags(tb0, [], o1.unknown_tags)
        else:
            tb0.append(0)
        tl0.append((1, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0, 1,))
    else:
        out.append(0)
    return out


def _read_v18(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level, v0_session_id, v0_session_epoch = _S6u(
        data, pos
    )
    pos += 21
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
                    v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch, v2_log_start_offset, v2_partition_max_bytes = _S5u(
                        data, pos
                    )
                    pos += 32
                    v2_replica_directory_id = ZERO_UUID
                    v2_high_watermark = 9223372036854775807
                    u2 = None
                    if data[pos]:
                        tn2, pos = read_uvarint(data, pos)
                        for _ in range(tn2):
                            tg2, pos = read_uvarint(data, pos)
                            tz2, pos = read_uvarint(data, pos)
                            te2 = pos + tz2
                            if te2 > blen:
                                raise DecodeError('tagged field runs past the end of the buffer')
                            if tg2 == 0:
                                r2 = data[pos:pos + 16]
                                v2_replica_directory_id = UUIDS.get(r2) or read_uuid(r2)
                                pos += 16
                                if pos != te2:
                                    raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
                            elif tg2 == 1:
                                (v2_high_watermark,) = _S8u(data, pos)
                                pos += 8
                                if pos != te2:
                                    raise DecodeError('tagged field HighWatermark has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = data[pos:te2]
                                pos = te2
                    else:
                        pos += 1
                    a1.append(FetchPartition(
                        v2_partition, v2_current_leader_epoch, v2_fetch_offset, v2_last_fetched_epoch,
                        v2_log_start_offset, v2_partition_max_bytes, v2_replica_directory_id,
                        v2_high_watermark, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchTopic('', v1_topic_id, v1_partitions, u1))
        v0_topics = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('ForgottenTopicsData is null')
    elif c0 > blen - pos:
        raise DecodeError('ForgottenTopicsData count exceeds the remaining bytes')
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
                v1_partitions = [*_INT32_ARRAYS[c1].unpack_from(data, pos)]
                pos += 4 * c1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ForgottenTopic('', v1_topic_id, v1_partitions, u1))
        v0_forgotten_topics_data = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('RackId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('RackId runs past the end of the buffer')
        v0_rack_id = data[pos:e0].decode()
        pos = e0
    v0_cluster_id = None
    v0_replica_state = ReplicaState()
    u0 = None
    if data[pos]:
        tn0, pos = read_uvarint(data, pos)
        for _ in range(tn0):
            tg0, pos = read_uvarint(data, pos)
            tz0, pos = read_uvarint(data, pos)
            te0 = pos + tz0
            if te0 > blen:
                raise DecodeError('tagged field runs past the end of the buffer')
            if tg0 == 0:
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
                if pos != te0:
                    raise DecodeError('tagged field ClusterId has the wrong size')
            elif tg0 == 1:
                v1_replica_id, v1_replica_epoch = _S7u(data, pos)
                pos += 12
                if data[pos]:
                    u1, pos = read_unknown_tags(data, pos)
                else:
                    u1 = None
                    pos += 1
                v0_replica_state = ReplicaState(v1_replica_id, v1_replica_epoch, u1)
                if pos != te0:
                    raise DecodeError('tagged field ReplicaState has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return FetchRequest(
        v0_cluster_id, -1, v0_replica_state, v0_max_wait_ms, v0_min_bytes, v0_max_bytes, v0_isolation_level,
        v0_session_id, v0_session_epoch, v0_topics, v0_forgotten_topics_data, v0_rack_id, u0
    ), pos


def _write_v18(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S6p(
        o0.max_wait_ms, o0.min_bytes, o0.max_bytes, o0.isolation_level, o0.session_id, o0.session_epoch
    )
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
            out += _S5p(
                o2.partition, o2.current_leader_epoch, o2.fetch_offset, o2.last_fetched_epoch,
                o2.log_start_offset, o2.partition_max_bytes
            )
            tl2 = []
            if o2.replica_directory_id != ZERO_UUID:
                tb2 = bytearray()
                tb2 += o2.replica_directory_id.bytes
                tl2.append((0, tb2))
            if o2.high_watermark != 9223372036854775807:
                tb2 = bytearray()
                tb2 += _S8p(o2.high_watermark)
                tl2.append((1, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0, 1,))
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    a0 = o0.forgotten_topics_data
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
        out += _INT32_ARRAYS[len(a1)].pack(*a1)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    s0 = o0.rack_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    tl0 = []
    if o0.cluster_id is not None:
        tb0 = bytearray()
        s0 = o0.cluster_id
        if s0 is None:
            tb0 += b'\x00'
        else:
            r0 = s0.encode()
            n0 = len(r0) + 1
            if n0 < 128:
                tb0.append(n0)
            else:
                write_uvarint(tb0, n0)
            tb0 += r0
        tl0.append((0, tb0))
    if (x0 := o0.replica_state).unknown_tags or x0.replica_id != -1 or x0.replica_epoch != -1:
        tb0 = bytearray()
        o1 = o0.replica_state
        tb0 += _S7p(o1.replica_id, o1.replica_epoch)
        if o1.unknown_tags:
            write_tags(tb0, [], o1.unknown_tags)
        else:
            tb0.append(0)
        tl0.append((1, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0, 1,))
    else:
        out.append(0)
    return out


_READERS = {
    4: _read_v4,
    5: _read_v5,
    6: _read_v5,
    7: _read_v7,
    8: _read_v7,
    9: _read_v9,
    10: _read_v9,
    11: _read_v11,
    12: _read_v12,
    13: _read_v13,
    14: _read_v13,
    15: _read_v15,
    16: _read_v15,
    17: _read_v17,
    18: _read_v18,
}
_WRITERS = {
    4: _write_v4,
    5: _write_v5,
    6: _write_v5,
    7: _write_v7,
    8: _write_v7,
    9: _write_v9,
    10: _write_v9,
    11: _write_v11,
    12: _write_v12,
    13: _write_v13,
    14: _write_v13,
    15: _write_v15,
    16: _write_v15,
    17: _write_v17,
    18: _write_v18,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[FetchRequest, int]:
    """Decode one FetchRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 4-18, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'FetchRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'FetchRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'FetchRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: FetchRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'FetchRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode FetchRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
