# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ProduceResponse (response, api key 0): versions 3-13, flexible 9+."""

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
    "ProduceResponse",
    "TopicProduceResponse",
    "LeaderIdAndEpoch",
    "PartitionProduceResponse",
    "BatchIndexAndErrorMessage",
    "NodeEndpoint",
    "read",
    "write",
]

MIN_VERSION = 3
MAX_VERSION = 13
FLEXIBLE_MIN = 9  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ihqq')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ihqqq')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>ii')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ProduceResponse:
    """ProduceResponse, all versions (3-13; flexible 9+)."""

    #: versions 0+. Each produce response.
    responses: list[TopicProduceResponse] = field(default_factory=list)
    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 10+; tag 0 in 10+. Endpoints for all current-leaders enumerated in
    #: PartitionProduceResponses, with errors NOT_LEADER_OR_FOLLOWER.
    node_endpoints: list[NodeEndpoint] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        responses: list[TopicProduceResponse] = FACTORY,
        throttle_time_ms: int = 0,
        node_endpoints: list[NodeEndpoint] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.responses = [] if responses is FACTORY else responses
        self.throttle_time_ms = throttle_time_ms
        self.node_endpoints = [] if node_endpoints is FACTORY else node_endpoints
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(responses={self.responses!r}, '
                f'throttle_time_ms={self.throttle_time_ms!r}, node_endpoints={self.node_endpoints!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.responses, self.throttle_time_ms, self.node_endpoints, self.unknown_tags,
            ) == (
                other.responses, other.throttle_time_ms, other.node_endpoints, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class TopicProduceResponse:
    """TopicProduceResponse (ProduceResponse)."""

    #: versions 0-12. The topic name.
    name: str = ''
    #: versions 13+. The unique topic ID
    topic_id: uuid.UUID = ZERO_UUID
    #: versions 0+. Each partition that we produced to within the topic.
    partition_responses: list[PartitionProduceResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        topic_id: uuid.UUID = ZERO_UUID,
        partition_responses: list[PartitionProduceResponse] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.topic_id = topic_id
        self.partition_responses = [] if partition_responses is FACTORY else partition_responses
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, topic_id={self.topic_id!r}, '
                f'partition_responses={self.partition_responses!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.topic_id, self.partition_responses, self.unknown_tags,
            ) == (
                other.name, other.topic_id, other.partition_responses, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class LeaderIdAndEpoch:
    """LeaderIdAndEpoch (ProduceResponse)."""

    #: versions 10+. The ID of the current leader or -1 if the leader is unknown.
    leader_id: int = -1
    #: versions 10+. The latest known leader epoch.
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
class PartitionProduceResponse:
    """PartitionProduceResponse (ProduceResponse)."""

    #: versions 0+. The partition index.
    index: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The base offset.
    base_offset: int = 0
    #: versions 2+. The timestamp returned by broker after appending the messages. If CreateTime is used
    #: for the topic, the timestamp will be -1. If LogAppendTime is used for the topic, the timestamp will
    #: be the broker local time when the messages are appended.
    log_append_time_ms: int = -1
    #: versions 5+. The log start offset.
    log_start_offset: int = -1
    #: versions 8+. The batch indices of records that caused the batch to be dropped.
    record_errors: list[BatchIndexAndErrorMessage] = field(default_factory=list)
    #: versions 8+; nullable 8+. The global error message summarizing the common root cause of the records
    #: that caused the batch to be dropped.
    error_message: str | None = None
    #: versions 10+; tag 0 in 10+. The leader broker that the producer should use for future requests.
    current_leader: LeaderIdAndEpoch = field(default_factory=LeaderIdAndEpoch)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        index: int = 0,
        error_code: int = 0,
        base_offset: int = 0,
        log_append_time_ms: int = -1,
        log_start_offset: int = -1,
        record_errors: list[BatchIndexAndErrorMessage] = FACTORY,
        error_message: str | None = None,
        current_leader: LeaderIdAndEpoch = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.index = index
        self.error_code = error_code
        self.base_offset = base_offset
        self.log_append_time_ms = log_append_time_ms
        self.log_start_offset = log_start_offset
        self.record_errors = [] if record_errors is FACTORY else record_errors
        self.error_message = error_message
        self.current_leader = LeaderIdAndEpoch() if current_leader is FACTORY else current_leader
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(index={self.index!r}, error_code={self.error_code!r}, '
                f'base_offset={self.base_offset!r}, log_append_time_ms={self.log_append_time_ms!r}, '
                f'log_start_offset={self.log_start_offset!r}, record_errors={self.record_errors!r}, '
                f'error_message={self.error_message!r}, current_leader={self.current_leader!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.index, self.error_code, self.base_offset, self.log_append_time_ms,
                self.log_start_offset, self.record_errors, self.error_message, self.current_leader,
                self.unknown_tags,
            ) == (
                other.index, other.error_code, other.base_offset, other.log_append_time_ms,
                other.log_start_offset, other.record_errors, other.error_message, other.current_leader,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class BatchIndexAndErrorMessage:
    """BatchIndexAndErrorMessage (ProduceResponse)."""

    #: versions 8+. The batch index of the record that caused the batch to be dropped.
    batch_index: int = 0
    #: versions 8+; nullable 8+. The error message of the record that caused the batch to be dropped.
    batch_index_error_message: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        batch_index: int = 0,
        batch_index_error_message: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.batch_index = batch_index
        self.batch_index_error_message = batch_index_error_message
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(batch_index={self.batch_index!r}, '
                f'batch_index_error_message={self.batch_index_error_message!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.batch_index, self.batch_index_error_message, self.unknown_tags,
            ) == (
                other.batch_index, other.batch_index_error_message, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class NodeEndpoint:
    """NodeEndpoint (ProduceResponse)."""

    #: versions 10+. The ID of the associated node.
    node_id: int = 0
    #: versions 10+. The node's hostname.
    host: str = ''
    #: versions 10+. The node's port.
    port: int = 0
    #: versions 10+; nullable 10+. The rack of the node, or null if it has not been assigned to a rack.
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


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms = _S0u(data, pos)
                    pos += 22
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms
                    ))
                v1_partition_responses = a1
            a0.append(TopicProduceResponse(v1_name, ZERO_UUID, v1_partition_responses))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    return ProduceResponse(v0_responses, v0_throttle_time_ms), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_responses
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S0p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms)
    out += _I32p(o0.throttle_time_ms)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset = _S1u(
                        data, pos
                    )
                    pos += 30
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset
                    ))
                v1_partition_responses = a1
            a0.append(TopicProduceResponse(v1_name, ZERO_UUID, v1_partition_responses))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    return ProduceResponse(v0_responses, v0_throttle_time_ms), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_responses
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S1p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms, o2.log_start_offset)
    out += _I32p(o0.throttle_time_ms)
    return out


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset = _S1u(
                        data, pos
                    )
                    pos += 30
                    (c2,) = _I32u(data, pos)
                    pos += 4
                    if c2 < 0:
                        raise DecodeError('RecordErrors is null')
                    elif c2 > blen - pos:
                        raise DecodeError('RecordErrors count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_batch_index,) = _I32u(data, pos)
                            pos += 4
                            (n3,) = _I16u(data, pos)
                            pos += 2
                            if n3 < 0:
                                v3_batch_index_error_message = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('BatchIndexErrorMessage runs past the end of the buffer')
                                v3_batch_index_error_message = data[pos:e3].decode()
                                pos = e3
                            a2.append(BatchIndexAndErrorMessage(
                                v3_batch_index, v3_batch_index_error_message
                            ))
                        v2_record_errors = a2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_error_message = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ErrorMessage runs past the end of the buffer')
                        v2_error_message = data[pos:e2].decode()
                        pos = e2
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset,
                        v2_record_errors, v2_error_message
                    ))
                v1_partition_responses = a1
            a0.append(TopicProduceResponse(v1_name, ZERO_UUID, v1_partition_responses))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    return ProduceResponse(v0_responses, v0_throttle_time_ms), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.partition_responses
        out += _I32p(len(a1))
        for o2 in a1:
            out += _S1p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms, o2.log_start_offset)
            a2 = o2.record_errors
            out += _I32p(len(a2))
            for o3 in a2:
                out += _I32p(o3.batch_index)
                s3 = o3.batch_index_error_message
                if s3 is None:
                    out += b'\xff\xff'
                else:
                    r3 = s3.encode()
                    out += _I16p(len(r3))
                    out += r3
            s2 = o2.error_message
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    out += _I32p(o0.throttle_time_ms)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset = _S1u(
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
                        raise DecodeError('RecordErrors is null')
                    elif c2 > blen - pos:
                        raise DecodeError('RecordErrors count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_batch_index,) = _I32u(data, pos)
                            pos += 4
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_batch_index_error_message = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('BatchIndexErrorMessage runs past the end of the buffer')
                                v3_batch_index_error_message = data[pos:e3].decode()
                                pos = e3
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(BatchIndexAndErrorMessage(
                                v3_batch_index, v3_batch_index_error_message, u3
                            ))
                        v2_record_errors = a2
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
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset,
                        v2_record_errors, v2_error_message, LeaderIdAndEpoch(), u2
                    ))
                v1_partition_responses = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicProduceResponse(v1_name, ZERO_UUID, v1_partition_responses, u1))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ProduceResponse(v0_responses, v0_throttle_time_ms, [], u0), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
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
        a1 = o1.partition_responses
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S1p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms, o2.log_start_offset)
            a2 = o2.record_errors
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _I32p(o3.batch_index)
                s3 = o3.batch_index_error_message
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
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.throttle_time_ms)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset = _S1u(
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
                        raise DecodeError('RecordErrors is null')
                    elif c2 > blen - pos:
                        raise DecodeError('RecordErrors count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_batch_index,) = _I32u(data, pos)
                            pos += 4
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_batch_index_error_message = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('BatchIndexErrorMessage runs past the end of the buffer')
                                v3_batch_index_error_message = data[pos:e3].decode()
                                pos = e3
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(BatchIndexAndErrorMessage(
                                v3_batch_index, v3_batch_index_error_message, u3
                            ))
                        v2_record_errors = a2
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
                    v2_current_leader = LeaderIdAndEpoch()
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
                                v3_leader_id, v3_leader_epoch = _S2u(data, pos)
                                pos += 8
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_current_leader = LeaderIdAndEpoch(v3_leader_id, v3_leader_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field CurrentLeader has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = data[pos:te2]
                                pos = te2
                    else:
                        pos += 1
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset,
                        v2_record_errors, v2_error_message, v2_current_leader, u2
                    ))
                v1_partition_responses = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicProduceResponse(v1_name, ZERO_UUID, v1_partition_responses, u1))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                        a0.append(NodeEndpoint(v1_node_id, v1_host, v1_port, v1_rack, u1))
                    v0_node_endpoints = a0
                if pos != te0:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return ProduceResponse(v0_responses, v0_throttle_time_ms, v0_node_endpoints, u0), pos


def _write_v10(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
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
        a1 = o1.partition_responses
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S1p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms, o2.log_start_offset)
            a2 = o2.record_errors
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _I32p(o3.batch_index)
                s3 = o3.batch_index_error_message
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
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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
            tl2 = []
            if (x2 := o2.current_leader).unknown_tags or x2.leader_id != -1 or x2.leader_epoch != -1:
                tb2 = bytearray()
                o3 = o2.current_leader
                tb2 += _S2p(o3.leader_id, o3.leader_epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((0, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0,))
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.throttle_time_ms)
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


def _read_v13(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
                raise DecodeError('PartitionResponses is null')
            elif c1 > blen - pos:
                raise DecodeError('PartitionResponses count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset = _S1u(
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
                        raise DecodeError('RecordErrors is null')
                    elif c2 > blen - pos:
                        raise DecodeError('RecordErrors count exceeds the remaining bytes')
                    else:
                        a2 = []
                        for _ in range(c2):
                            (v3_batch_index,) = _I32u(data, pos)
                            pos += 4
                            n3 = data[pos]
                            if n3 < 128:
                                pos += 1
                            else:
                                n3, pos = read_uvarint(data, pos)
                            n3 -= 1
                            if n3 < 0:
                                v3_batch_index_error_message = None
                            else:
                                e3 = pos + n3
                                if e3 > blen:
                                    raise DecodeError('BatchIndexErrorMessage runs past the end of the buffer')
                                v3_batch_index_error_message = data[pos:e3].decode()
                                pos = e3
                            if data[pos]:
                                u3, pos = read_unknown_tags(data, pos)
                            else:
                                u3 = None
                                pos += 1
                            a2.append(BatchIndexAndErrorMessage(
                                v3_batch_index, v3_batch_index_error_message, u3
                            ))
                        v2_record_errors = a2
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
                    v2_current_leader = LeaderIdAndEpoch()
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
                                v3_leader_id, v3_leader_epoch = _S2u(data, pos)
                                pos += 8
                                if data[pos]:
                                    u3, pos = read_unknown_tags(data, pos)
                                else:
                                    u3 = None
                                    pos += 1
                                v2_current_leader = LeaderIdAndEpoch(v3_leader_id, v3_leader_epoch, u3)
                                if pos != te2:
                                    raise DecodeError('tagged field CurrentLeader has the wrong size')
                            else:
                                if u2 is None:
                                    u2 = {}
                                u2[tg2] = data[pos:te2]
                                pos = te2
                    else:
                        pos += 1
                    a1.append(PartitionProduceResponse(
                        v2_index, v2_error_code, v2_base_offset, v2_log_append_time_ms, v2_log_start_offset,
                        v2_record_errors, v2_error_message, v2_current_leader, u2
                    ))
                v1_partition_responses = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(TopicProduceResponse('', v1_topic_id, v1_partition_responses, u1))
        v0_responses = a0
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
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
                        a0.append(NodeEndpoint(v1_node_id, v1_host, v1_port, v1_rack, u1))
                    v0_node_endpoints = a0
                if pos != te0:
                    raise DecodeError('tagged field NodeEndpoints has the wrong size')
            else:
                if u0 is None:
                    u0 = {}
                u0[tg0] = data[pos:te0]
                pos = te0
    else:
        pos += 1
    return ProduceResponse(v0_responses, v0_throttle_time_ms, v0_node_endpoints, u0), pos


def _write_v13(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.responses
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += o1.topic_id.bytes
        a1 = o1.partition_responses
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            out += _S1p(o2.index, o2.error_code, o2.base_offset, o2.log_append_time_ms, o2.log_start_offset)
            a2 = o2.record_errors
            n2 = len(a2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            for o3 in a2:
                out += _I32p(o3.batch_index)
                s3 = o3.batch_index_error_message
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
                if o3.unknown_tags:
                    write_tags(out, [], o3.unknown_tags)
                else:
                    out.append(0)
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
            tl2 = []
            if (x2 := o2.current_leader).unknown_tags or x2.leader_id != -1 or x2.leader_epoch != -1:
                tb2 = bytearray()
                o3 = o2.current_leader
                tb2 += _S2p(o3.leader_id, o3.leader_epoch)
                if o3.unknown_tags:
                    write_tags(tb2, [], o3.unknown_tags)
                else:
                    tb2.append(0)
                tl2.append((0, tb2))
            if tl2 or o2.unknown_tags:
                write_tags(out, tl2, o2.unknown_tags, (0,))
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _I32p(o0.throttle_time_ms)
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
    3: _read_v3,
    4: _read_v3,
    5: _read_v5,
    6: _read_v5,
    7: _read_v5,
    8: _read_v8,
    9: _read_v9,
    10: _read_v10,
    11: _read_v10,
    12: _read_v10,
    13: _read_v13,
}
_WRITERS = {
    3: _write_v3,
    4: _write_v3,
    5: _write_v5,
    6: _write_v5,
    7: _write_v5,
    8: _write_v8,
    9: _write_v9,
    10: _write_v10,
    11: _write_v10,
    12: _write_v10,
    13: _write_v13,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ProduceResponse, int]:
    """Decode one ProduceResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 3-13, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ProduceResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ProduceResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ProduceResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ProduceResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ProduceResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ProduceResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
