# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FetchResponse (response, api key 1): versions 4-18, flexible 12+.

``records`` values decode as zero-copy memoryview slices of the input; on write each
is appended to the chunk list as it is (bytes, memoryview or any object with __len__).
"""

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
    as_views,
    read_unknown_tags,
    read_uuid,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "FetchResponse",
    "FetchableTopicResponse",
    "EpochEndOffset",
    "LeaderIdAndEpoch",
    "SnapshotId",
    "PartitionData",
    "AbortedTransaction",
    "NodeEndpoint",
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
_S0 = struct.Struct('>ihqq')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>qq')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>ihqqq')
_S2u = _S2.unpack_from
_S2p = _S2.pack
_S3 = struct.Struct('>ihi')
_S3u = _S3.unpack_from
_S3p = _S3.pack
_S4 = struct.Struct('>iq')
_S4u = _S4.unpack_from
_S4p = _S4.pack
_S5 = struct.Struct('>ii')
_S5u = _S5.unpack_from
_S5p = _S5.pack
_S6 = struct.Struct('>qi')
_S6u = _S6.unpack_from
_S6p = _S6.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class FetchResponse:
    """FetchResponse, all versions (4-18; flexible 12+)."""

    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 7+. The top level response error code.
    error_code: int = 0
    #: versions 7+. The fetch session ID, or 0 if this is not part of a fetch session.
    session_id: int = 0
    #: versions 0+. The response topics.
    responses: list[FetchableTopicResponse] = field(default_factory=list)
    #: versions 16+; tag 0 in 16+. Endpoints for all current-leaders enumerated in PartitionData, with
    #: errors NOT_LEADER_OR_FOLLOWER & FENCED_LEADER_EPOCH.
    node_endpoints: list[NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        session_id: int = 0,
        responses: list[FetchableTopicResponse] = FACTORY,
        node_endpoints: list[NodeEndpoint] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.session_id = session_id
        self.responses = [] if responses is FACTORY else responses
        self.node_endpoints = [] if node_endpoints is FACTORY else node_endpoints
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, session_id={self.session_id!r}, '
                f'responses={self.responses!r}, node_endpoints={self.node_endpoints!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.session_id, self.responses,
                self.node_endpoints, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.session_id, other.responses,
                other.node_endpoints, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class FetchableTopicResponse:
    """FetchableTopicResponse (FetchResponse)."""

    #: versions 0-12. The topic name.
    topic: str = ''
    #: versions 13+. The unique topic ID.
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. The topic partitions.
    partitions: list[PartitionData] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        topic: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partitions: list[PartitionData] = FACTORY,
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
class EpochEndOffset:
    """EpochEndOffset (FetchResponse)."""

    #: versions 12+. The largest epoch.
    epoch: int = -1
    #: versions 12+. The end offset of the epoch.
    end_offset: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        epoch: int = -1,
        end_offset: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.epoch = epoch
        self.end_offset = end_offset
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(epoch={self.epoch!r}, end_offset={self.end_offset!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.epoch, self.end_offset, self.unknown_tags,
            ) == (
                other.epoch, other.end_offset, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class LeaderIdAndEpoch:
    """LeaderIdAndEpoch (FetchResponse)."""

    #: versions 12+. The ID of the current leader or -1 if the leader is unknown.
    leader_id: int = -1
    #: versions 12+. The latest known leader epoch.
    leader_epoch: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        leader_id: int = -1,
        leader_epoch: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.leader_id = leader_id
        self.leader_epoch = leader_epoch
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(leader_id={self.leader_id!r}, '
                f'leader_epoch={self.leader_epoch!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.leader_id, self.leader_epoch, self.unknown_tags,
            ) == (
                other.leader_id, other.leader_epoch, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class SnapshotId:
    """SnapshotId (FetchResponse)."""

    #: versions 0+. The end offset of the epoch.
    end_offset: int = -1
    #: versions 0+. The largest epoch.
    epoch: int = -1
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        end_offset: int = -1,
        epoch: int = -1,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.end_offset = end_offset
        self.epoch = epoch
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(end_offset={self.end_offset!r}, epoch={self.epoch!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.end_offset, self.epoch, self.unknown_tags,
            ) == (
                other.end_offset, other.epoch, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class PartitionData:
    """PartitionData (FetchResponse)."""

    #: versions 0+. The partition index.
    partition_index: int = 0
    #: versions 0+. The error code, or 0 if there was no fetch error.
    error_code: int = 0
    #: versions 0+. The current high water mark.
    high_watermark: int = 0
    #: versions 4+. The last stable offset (or LSO) of the partition. This is the last offset such that the
    #: state of all transactional records prior to this offset have been decided (ABORTED or COMMITTED).
    last_stable_offset: int = -1
    #: versions 5+. The current log start offset.
    log_start_offset: int = -1
    #: versions 12+; tag 0 in 12+. In case divergence is detected based on the `LastFetchedEpoch` and
    #: `FetchOffset` in the request, this field indicates the largest epoch and its end offset such that
    #: subsequent records are known to diverge.
    diverging_epoch: EpochEndOffset = field(default_factory=EpochEndOffset)
    #: versions 12+; tag 1 in 12+. The current leader of the partition.
    current_leader: LeaderIdAndEpoch = field(default_factory=LeaderIdAndEpoch)
    #: versions 12+; tag 2 in 12+. In the case of fetching an offset less than the LogStartOffset, this is
    #: the end offset and epoch that should be used in the FetchSnapshot request.
    snapshot_id: SnapshotId = field(default_factory=SnapshotId)
    #: versions 4+; nullable 4+. The aborted transactions.
    aborted_transactions: list[AbortedTransaction] | None = field(default_factory=list)
    #: versions 11+. The preferred read replica for the consumer to use on its next fetch request.
    preferred_read_replica: int = -1
    #: versions 0+; nullable 0+. The record data.
    records: Any = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        partition_index: int = 0,
        error_code: int = 0,
        high_watermark: int = 0,
        last_stable_offset: int = -1,
        log_start_offset: int = -1,
        diverging_epoch: EpochEndOffset = FACTORY,
        current_leader: LeaderIdAndEpoch = FACTORY,
        snapshot_id: SnapshotId = FACTORY,
        aborted_transactions: list[AbortedTransaction] | None = FACTORY,
        preferred_read_replica: int = -1,
        records: Any = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.partition_index = partition_index
        self.error_code = error_code
        self.high_watermark = high_watermark
        self.last_stable_offset = last_stable_offset
        self.log_start_offset = log_start_offset
        self.diverging_epoch = EpochEndOffset() if diverging_epoch is FACTORY else diverging_epoch
        self.current_leader = LeaderIdAndEpoch() if current_leader is FACTORY else current_leader
        self.snapshot_id = SnapshotId() if snapshot_id is FACTORY else snapshot_id
        self.aborted_transactions = [] if aborted_transactions is FACTORY else aborted_transactions
        self.preferred_read_replica = preferred_read_replica
        self.records = records
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(partition_index={self.partition_index!r}, '
                f'error_code={self.error_code!r}, high_watermark={self.high_watermark!r}, '
                f'last_stable_offset={self.last_stable_offset!r}, '
                f'log_start_offset={self.log_start_offset!r}, '
                f'diverging_epoch={self.diverging_epoch!r}, current_leader={self.current_leader!r}, '
                f'snapshot_id={self.snapshot_id!r}, '
                f'aborted_transactions={self.aborted_transactions!r}, '
                f'preferred_read_replica={self.preferred_read_replica!r}, records={self.records!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.partition_index, self.error_code, self.high_watermark, self.last_stable_offset,
                self.log_start_offset, self.diverging_epoch, self.current_leader, self.snapshot_id,
                self.aborted_transactions, self.preferred_read_replica, self.records, self.unknown_tags,
            ) == (
                other.partition_index, other.error_code, other.high_watermark, other.last_stable_offset,
                other.log_start_offset, other.diverging_epoch, other.current_leader, other.snapshot_id,
                other.aborted_transactions, other.preferred_read_replica, other.records, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AbortedTransaction:
    """AbortedTransaction (FetchResponse)."""

    #: versions 4+. The producer id associated with the aborted transaction.
    producer_id: int = 0
    #: versions 4+. The first offset in the aborted transaction.
    first_offset: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        producer_id: int = 0,
        first_offset: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.producer_id = producer_id
        self.first_offset = first_offset
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(producer_id={self.producer_id!r}, '
                f'first_offset={self.first_offset!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.producer_id, self.first_offset, self.unknown_tags,
            ) == (
                other.producer_id, other.first_offset, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class NodeEndpoint:
    """NodeEndpoint (FetchResponse)."""

    #: versions 16+. The ID of the associated node.
    node_id: int = 0
    #: versions 16+. The node's hostname.
    host: str = ''
    #: versions 16+. The node's port.
    port: int = 0
    #: versions 16+; nullable 16+. The rack of the node, or null if it has not been assigned to a rack.
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


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
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
                v1_topic = str(data[pos:e1], 'utf-8')
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset = _S0u(
                        data, pos
                    )
                    pos += 22
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset))
                        v2_aborted_transactions = a2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, -1,
                        EpochEndOffset(), LeaderIdAndEpoch(), SnapshotId(), v2_aborted_transactions, -1,
                        v2_records
                    ))
                v1_partitions = a1
            a0.append(FetchableTopicResponse(v1_topic, ZERO_UUID, v1_partitions))
        v0_responses = a0
    return FetchResponse(v0_throttle_time_ms, 0, 0, v0_responses), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset)
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                out += _I32p(len(a2))
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
            s2 = o2.records
            if s2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                r2 = len(s2)
                out += _I32p(r2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
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
                v1_topic = str(data[pos:e1], 'utf-8')
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset))
                        v2_aborted_transactions = a2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, EpochEndOffset(), LeaderIdAndEpoch(), SnapshotId(),
                        v2_aborted_transactions, -1, v2_records
                    ))
                v1_partitions = a1
            a0.append(FetchableTopicResponse(v1_topic, ZERO_UUID, v1_partitions))
        v0_responses = a0
    return FetchResponse(v0_throttle_time_ms, 0, 0, v0_responses), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                out += _I32p(len(a2))
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
            s2 = o2.records
            if s2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                r2 = len(s2)
                out += _I32p(r2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_session_id = _S3u(data, pos)
    pos += 10
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
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
                v1_topic = str(data[pos:e1], 'utf-8')
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset))
                        v2_aborted_transactions = a2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, EpochEndOffset(), LeaderIdAndEpoch(), SnapshotId(),
                        v2_aborted_transactions, -1, v2_records
                    ))
                v1_partitions = a1
            a0.append(FetchableTopicResponse(v1_topic, ZERO_UUID, v1_partitions))
        v0_responses = a0
    return FetchResponse(v0_throttle_time_ms, v0_error_code, v0_session_id, v0_responses), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(o0.throttle_time_ms, o0.error_code, o0.session_id)
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                out += _I32p(len(a2))
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
            s2 = o2.records
            if s2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                r2 = len(s2)
                out += _I32p(r2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
    return out


def _read_v11(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_session_id = _S3u(data, pos)
    pos += 10
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
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
                v1_topic = str(data[pos:e1], 'utf-8')
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset))
                        v2_aborted_transactions = a2
                    (v2_preferred_read_replica,) = _I32u(data, pos)
                    pos += 4
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, EpochEndOffset(), LeaderIdAndEpoch(), SnapshotId(),
                        v2_aborted_transactions, v2_preferred_read_replica, v2_records
                    ))
                v1_partitions = a1
            a0.append(FetchableTopicResponse(v1_topic, ZERO_UUID, v1_partitions))
        v0_responses = a0
    return FetchResponse(v0_throttle_time_ms, v0_error_code, v0_session_id, v0_responses), pos


def _write_v11(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(o0.throttle_time_ms, o0.error_code, o0.session_id)
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.topic
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partitions
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                out += _I32p(len(a2))
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
            out += _I32p(o2.preferred_read_replica)
            s2 = o2.records
            if s2 is None:
                out += b'\xff\xff\xff\xff'
            else:
                r2 = len(s2)
                out += _I32p(r2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
    return out


def _read_v12(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_session_id = _S3u(data, pos)
    pos += 10
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
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
                v1_topic = str(data[pos:e1], 'utf-8')
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset, u3))
                        v2_aborted_transactions = a2
                    (v2_preferred_read_replica,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    v2_diverging_epoch = EpochEndOffset()
                    v2_current_leader = LeaderIdAndEpoch()
                    v2_snapshot_id = SnapshotId()
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
                                v3_epoch, v3_end_offset = _S4u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_diverging_epoch = EpochEndOffset(v3_epoch, v3_end_offset, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field DivergingEpoch has the wrong size')
                            elif tg2 == 1:
                                v3_leader_id, v3_leader_epoch = _S5u(data, pos)
                                pos += 8
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_current_leader = LeaderIdAndEpoch(v3_leader_id, v3_leader_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field CurrentLeader has the wrong size')
                            elif tg2 == 2:
                                v3_end_offset, v3_epoch = _S6u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_snapshot_id = SnapshotId(v3_end_offset, v3_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field SnapshotId has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = bytes(data[pos:te2])
                                pos = te2
                    else:
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, v2_diverging_epoch, v2_current_leader, v2_snapshot_id,
                        v2_aborted_transactions, v2_preferred_read_replica, v2_records, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchableTopicResponse(v1_topic, ZERO_UUID, v1_partitions, u1))
        v0_responses = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FetchResponse(v0_throttle_time_ms, v0_error_code, v0_session_id, v0_responses, [], u0), pos


def _write_v12(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(o0.throttle_time_ms, o0.error_code, o0.session_id)
    a0 = o0.responses
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
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\x00'
            else:
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
                    if o3.unknown_tags:
                        write_tags(out, [], o3.unknown_tags)
                    else:
                        out.append(0)
            out += _I32p(o2.preferred_read_replica)
            s2 = o2.records
            if s2 is None:
                out += b'\x00'
            else:
                r2 = len(s2)
                n2 = r2 + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
            tl2 = []
            if (x2 := o2.diverging_epoch).unknown_tags or x2.epoch != -1 or x2.end_offset != -1:
                tb2 = bytearray()
                o3 = o2.diverging_epoch
                tb2 += _S4p(o3.epoch, o3.end_offset)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((0, tb2))
            if (x2 := o2.current_leader).unknown_tags or x2.leader_id != -1 or x2.leader_epoch != -1:
                tb2 = bytearray()
                o3 = o2.current_leader
                tb2 += _S5p(o3.leader_id, o3.leader_epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((1, tb2))
            if (x2 := o2.snapshot_id).unknown_tags or x2.end_offset != -1 or x2.epoch != -1:
                tb2 = bytearray()
                o3 = o2.snapshot_id
                tb2 += _S6p(o3.end_offset, o3.epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((2, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0, 1, 2,))
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


def _read_v13(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_session_id = _S3u(data, pos)
    pos += 10
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            r1 = bytes(data[pos:pos + 16])
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset, u3))
                        v2_aborted_transactions = a2
                    (v2_preferred_read_replica,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    v2_diverging_epoch = EpochEndOffset()
                    v2_current_leader = LeaderIdAndEpoch()
                    v2_snapshot_id = SnapshotId()
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
                                v3_epoch, v3_end_offset = _S4u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_diverging_epoch = EpochEndOffset(v3_epoch, v3_end_offset, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field DivergingEpoch has the wrong size')
                            elif tg2 == 1:
                                v3_leader_id, v3_leader_epoch = _S5u(data, pos)
                                pos += 8
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_current_leader = LeaderIdAndEpoch(v3_leader_id, v3_leader_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field CurrentLeader has the wrong size')
                            elif tg2 == 2:
                                v3_end_offset, v3_epoch = _S6u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_snapshot_id = SnapshotId(v3_end_offset, v3_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field SnapshotId has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = bytes(data[pos:te2])
                                pos = te2
                    else:
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, v2_diverging_epoch, v2_current_leader, v2_snapshot_id,
                        v2_aborted_transactions, v2_preferred_read_replica, v2_records, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchableTopicResponse('', v1_topic_id, v1_partitions, u1))
        v0_responses = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FetchResponse(v0_throttle_time_ms, v0_error_code, v0_session_id, v0_responses, [], u0), pos


def _write_v13(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(o0.throttle_time_ms, o0.error_code, o0.session_id)
    a0 = o0.responses
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
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\x00'
            else:
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
                    if o3.unknown_tags:
                        write_tags(out, [], o3.unknown_tags)
                    else:
                        out.append(0)
            out += _I32p(o2.preferred_read_replica)
            s2 = o2.records
            if s2 is None:
                out += b'\x00'
            else:
                r2 = len(s2)
                n2 = r2 + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
            tl2 = []
            if (x2 := o2.diverging_epoch).unknown_tags or x2.epoch != -1 or x2.end_offset != -1:
                tb2 = bytearray()
                o3 = o2.diverging_epoch
                tb2 += _S4p(o3.epoch, o3.end_offset)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((0, tb2))
            if (x2 := o2.current_leader).unknown_tags or x2.leader_id != -1 or x2.leader_epoch != -1:
                tb2 = bytearray()
                o3 = o2.current_leader
                tb2 += _S5p(o3.leader_id, o3.leader_epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((1, tb2))
            if (x2 := o2.snapshot_id).unknown_tags or x2.end_offset != -1 or x2.epoch != -1:
                tb2 = bytearray()
                o3 = o2.snapshot_id
                tb2 += _S6p(o3.end_offset, o3.epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((2, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0, 1, 2,))
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


def _read_v16(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_session_id = _S3u(data, pos)
    pos += 10
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            r1 = bytes(data[pos:pos + 16])
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
                    v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset, v2_log_start_offset = _S2u(
                        data, pos
                    )
                    pos += 30
                    c2 = data[pos]
                    if c2 < 128:
                        pos += 1
                    else:
                        c2, pos = read_uvarint(data, pos)
                    c2 -= 1
                    if c2 < 0:
                        v2_aborted_transactions = None
                    elif c2 > blen - pos:
                        raise DecodeError('AbortedTransactions count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            v3_producer_id, v3_first_offset = _S1u(data, pos)
                            pos += 16
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(AbortedTransaction(v3_producer_id, v3_first_offset, u3))
                        v2_aborted_transactions = a2
                    (v2_preferred_read_replica,) = _I32u(data, pos)
                    pos += 4
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_records = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Records runs past the end of the buffer')
                        v2_records = buf[pos:e2]
                        pos = e2
                    v2_diverging_epoch = EpochEndOffset()
                    v2_current_leader = LeaderIdAndEpoch()
                    v2_snapshot_id = SnapshotId()
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
                                v3_epoch, v3_end_offset = _S4u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_diverging_epoch = EpochEndOffset(v3_epoch, v3_end_offset, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field DivergingEpoch has the wrong size')
                            elif tg2 == 1:
                                v3_leader_id, v3_leader_epoch = _S5u(data, pos)
                                pos += 8
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_current_leader = LeaderIdAndEpoch(v3_leader_id, v3_leader_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field CurrentLeader has the wrong size')
                            elif tg2 == 2:
                                v3_end_offset, v3_epoch = _S6u(data, pos)
                                pos += 12
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_snapshot_id = SnapshotId(v3_end_offset, v3_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field SnapshotId has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = bytes(data[pos:te2])
                                pos = te2
                    else:
                        pos += 1
                    a1.append(PartitionData(
                        v2_partition_index, v2_error_code, v2_high_watermark, v2_last_stable_offset,
                        v2_log_start_offset, v2_diverging_epoch, v2_current_leader, v2_snapshot_id,
                        v2_aborted_transactions, v2_preferred_read_replica, v2_records, u2
                    ))
                v1_partitions = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(FetchableTopicResponse('', v1_topic_id, v1_partitions, u1))
        v0_responses = a0
    v0_node_endpoints = []
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
                c0 = data[pos]
                if c0 < 128:
                    pos += 1
                else:
                    c0, pos = read_uvarint(data, pos)
                c0 -= 1
                if c0 < 0:
                    raise DecodeError('NodeEndpoints is null')
                elif c0 > blen - pos:
                    raise DecodeError('NodeEndpoints count exceeds the remaining bytes')
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
                            v1_host = str(data[pos:e1], 'utf-8')
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
                            v1_rack = str(data[pos:e1], 'utf-8')
                            pos = e1
                        if data[pos]:
                            u1, pos = read_unknown_tags(data, pos)
                        else:
                            u1 = None
                            pos += 1
                        a0.append(NodeEndpoint(v1_node_id, v1_host, v1_port, v1_rack, u1))
                    v0_node_endpoints = a0
                if pos != te0:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = bytes(data[pos:te0])
                pos = te0
    else:
        pos += 1
    return FetchResponse(
        v0_throttle_time_ms, v0_error_code, v0_session_id, v0_responses, v0_node_endpoints, u0
    ), pos


def _write_v16(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S3p(o0.throttle_time_ms, o0.error_code, o0.session_id)
    a0 = o0.responses
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
            out += _S2p(
                o2.partition_index, o2.error_code, o2.high_watermark, o2.last_stable_offset,
                o2.log_start_offset
            )
            a2 = o2.aborted_transactions
            if a2 is None:
                out += b'\x00'
            else:
                n2 = len(a2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                for o3 in a2:
                    out += _S1p(o3.producer_id, o3.first_offset)
                    if o3.unknown_tags:
                        write_tags(out, [], o3.unknown_tags)
                    else:
                        out.append(0)
            out += _I32p(o2.preferred_read_replica)
            s2 = o2.records
            if s2 is None:
                out += b'\x00'
            else:
                r2 = len(s2)
                n2 = r2 + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                if r2:
                    chunks.append(out)
                    chunks.append(s2)
                    out = bytearray()
            tl2 = []
            if (x2 := o2.diverging_epoch).unknown_tags or x2.epoch != -1 or x2.end_offset != -1:
                tb2 = bytearray()
                o3 = o2.diverging_epoch
                tb2 += _S4p(o3.epoch, o3.end_offset)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((0, tb2))
            if (x2 := o2.current_leader).unknown_tags or x2.leader_id != -1 or x2.leader_epoch != -1:
                tb2 = bytearray()
                o3 = o2.current_leader
                tb2 += _S5p(o3.leader_id, o3.leader_epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((1, tb2))
            if (x2 := o2.snapshot_id).unknown_tags or x2.end_offset != -1 or x2.epoch != -1:
                tb2 = bytearray()
                o3 = o2.snapshot_id
                tb2 += _S6p(o3.end_offset, o3.epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((2, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0, 1, 2,))
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    tl0 = []
    if o0.node_endpoints:
        tb0 = bytearray()
        a0 = o0.node_endpoints
        n0 = len(a0) + 1
        if n0 < 128:
            tb0.append(n0)
        else:
            write_uvarint(tb0, n0)
        for o1 in a0:
            tb0 += _I32p(o1.node_id)
            s1 = o1.host
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                tb0.append(n1)
            else:
                write_uvarint(tb0, n1)
            tb0 += r1
            tb0 += _I32p(o1.port)
            s1 = o1.rack
            if s1 is None:
                tb0 += b'\x00'
            else:
                r1 = s1.encode()
                n1 = len(r1) + 1
                if n1 < 128:
                    tb0.append(n1)
                else:
                    write_uvarint(tb0, n1)
                tb0 += r1
            if o1.unknown_tags:
                write_tags(tb0, [], o1.unknown_tags)
            else:
                tb0.append(0)
        tl0.append((0, tb0))
    if tl0 or o0.unknown_tags:
        write_tags(out, tl0, o0.unknown_tags, (0,))
    else:
        out.append(0)
    return out


_READERS = {
    4: _read_v4,
    5: _read_v5,
    6: _read_v5,
    7: _read_v7,
    8: _read_v7,
    9: _read_v7,
    10: _read_v7,
    11: _read_v11,
    12: _read_v12,
    13: _read_v13,
    14: _read_v13,
    15: _read_v13,
    16: _read_v16,
    17: _read_v16,
    18: _read_v16,
}
_WRITERS = {
    4: _write_v4,
    5: _write_v5,
    6: _write_v5,
    7: _write_v7,
    8: _write_v7,
    9: _write_v7,
    10: _write_v7,
    11: _write_v11,
    12: _write_v12,
    13: _write_v13,
    14: _write_v13,
    15: _write_v13,
    16: _write_v16,
    17: _write_v16,
    18: _write_v16,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[FetchResponse, int]:
    """Decode one FetchResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 4-18, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'FetchResponse has no version {version!r}')
    data, view = as_views(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'FetchResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'FetchResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: FetchResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'FetchResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode FetchResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
