# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeQuorumResponse (response, api key 55), versions 0-2."""

from __future__ import annotations

import struct
import uuid
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    I8,
    I16,
    I32,
    ZERO_UUID,
    DecodeError,
    UnsupportedVersionError,
    check_count,
    check_length,
    read_uvarint,
    skip_tags,
    write_uvarint,
)

__all__ = ['DescribeQuorumResponse', 'Listener', 'Node', 'PartitionData', 'ReplicaState', 'TopicData', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>ihiiq')
_S2 = struct.Struct('>iq')
_S3 = struct.Struct('>iqqq')
_S4 = struct.Struct('>ih')
_S5 = struct.Struct('>iiq')
_S6 = struct.Struct('>i')
_S7 = struct.Struct('>qqq')
_S8 = struct.Struct('>H')

@dataclass(slots=True)
class ReplicaState:
    replica_id: int = 0
    replica_directory_id: uuid.UUID = ZERO_UUID
    log_end_offset: int = 0
    last_fetch_timestamp: int = -1
    last_caught_up_timestamp: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class PartitionData:
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = ''
    leader_id: int = 0
    leader_epoch: int = 0
    high_watermark: int = 0
    current_voters: list[ReplicaState] = field(default_factory=list)
    observers: list[ReplicaState] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TopicData:
    topic_name: str = ''
    partitions: list[PartitionData] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class Listener:
    name: str = ''
    host: str = ''
    port: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class Node:
    node_id: int = 0
    listeners: list[Listener] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeQuorumResponse:
    error_code: int = 0
    error_message: str | None = ''
    topics: list[TopicData] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeQuorumResponse_v0(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TopicData_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeQuorumResponse(error_code=v_error_code, topics=v_topics, unknown_tags=unknown), pos


def _write_DescribeQuorumResponse_v0(o: DescribeQuorumResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicData_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicData_v0(buf: memoryview, pos: int) -> tuple[TopicData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicName was null')
    else:
        end = check_length(buf, pos, n)
        v_topic_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_PartitionData_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicData(topic_name=v_topic_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicData_v0(o: TopicData, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v0(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_leader_id, v_leader_epoch, v_high_watermark = _S1.unpack_from(buf, pos)
    pos += 22
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field CurrentVoters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_current_voters = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v0(buf, pos)
            v_current_voters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Observers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_observers = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v0(buf, pos)
            v_observers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, leader_id=v_leader_id, leader_epoch=v_leader_epoch, high_watermark=v_high_watermark, current_voters=v_current_voters, observers=v_observers, unknown_tags=unknown), pos


def _write_PartitionData_v0(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark)
    items = o.current_voters
    if items is None:
        raise ValueError('non-nullable field CurrentVoters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v0(item, out, chunks)
    items = o.observers
    if items is None:
        raise ValueError('non-nullable field Observers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReplicaState_v0(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_log_end_offset = _S2.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, log_end_offset=v_log_end_offset, unknown_tags=unknown), pos


def _write_ReplicaState_v0(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.log_end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeQuorumResponse_v1(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TopicData_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeQuorumResponse(error_code=v_error_code, topics=v_topics, unknown_tags=unknown), pos


def _write_DescribeQuorumResponse_v1(o: DescribeQuorumResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicData_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicData_v1(buf: memoryview, pos: int) -> tuple[TopicData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicName was null')
    else:
        end = check_length(buf, pos, n)
        v_topic_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_PartitionData_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicData(topic_name=v_topic_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicData_v1(o: TopicData, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v1(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_leader_id, v_leader_epoch, v_high_watermark = _S1.unpack_from(buf, pos)
    pos += 22
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field CurrentVoters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_current_voters = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v1(buf, pos)
            v_current_voters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Observers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_observers = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v1(buf, pos)
            v_observers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, leader_id=v_leader_id, leader_epoch=v_leader_epoch, high_watermark=v_high_watermark, current_voters=v_current_voters, observers=v_observers, unknown_tags=unknown), pos


def _write_PartitionData_v1(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code, o.leader_id, o.leader_epoch, o.high_watermark)
    items = o.current_voters
    if items is None:
        raise ValueError('non-nullable field CurrentVoters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v1(item, out, chunks)
    items = o.observers
    if items is None:
        raise ValueError('non-nullable field Observers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReplicaState_v1(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_log_end_offset, v_last_fetch_timestamp, v_last_caught_up_timestamp = _S3.unpack_from(buf, pos)
    pos += 28
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, log_end_offset=v_log_end_offset, last_fetch_timestamp=v_last_fetch_timestamp, last_caught_up_timestamp=v_last_caught_up_timestamp, unknown_tags=unknown), pos


def _write_ReplicaState_v1(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.log_end_offset, o.last_fetch_timestamp, o.last_caught_up_timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeQuorumResponse_v2(buf: memoryview, pos: int) -> tuple[DescribeQuorumResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TopicData_v2(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Nodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_nodes = []
        for _ in range(n):
            item, pos = _read_Node_v2(buf, pos)
            v_nodes.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeQuorumResponse(error_code=v_error_code, error_message=v_error_message, topics=v_topics, nodes=v_nodes, unknown_tags=unknown), pos


def _write_DescribeQuorumResponse_v2(o: DescribeQuorumResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicData_v2(item, out, chunks)
    items = o.nodes
    if items is None:
        raise ValueError('non-nullable field Nodes is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_Node_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicData_v2(buf: memoryview, pos: int) -> tuple[TopicData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicName was null')
    else:
        end = check_length(buf, pos, n)
        v_topic_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_PartitionData_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicData(topic_name=v_topic_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicData_v2(o: TopicData, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v2(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code = _S4.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    v_leader_id, v_leader_epoch, v_high_watermark = _S5.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field CurrentVoters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_current_voters = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v2(buf, pos)
            v_current_voters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Observers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_observers = []
        for _ in range(n):
            item, pos = _read_ReplicaState_v2(buf, pos)
            v_observers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, error_message=v_error_message, leader_id=v_leader_id, leader_epoch=v_leader_epoch, high_watermark=v_high_watermark, current_voters=v_current_voters, observers=v_observers, unknown_tags=unknown), pos


def _write_PartitionData_v2(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.partition_index, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S5.pack(o.leader_id, o.leader_epoch, o.high_watermark)
    items = o.current_voters
    if items is None:
        raise ValueError('non-nullable field CurrentVoters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v2(item, out, chunks)
    items = o.observers
    if items is None:
        raise ValueError('non-nullable field Observers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaState_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReplicaState_v2(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, = _S6.unpack_from(buf, pos)
    pos += 4
    end = check_length(buf, pos, 16)
    v_replica_directory_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    v_log_end_offset, v_last_fetch_timestamp, v_last_caught_up_timestamp = _S7.unpack_from(buf, pos)
    pos += 24
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, replica_directory_id=v_replica_directory_id, log_end_offset=v_log_end_offset, last_fetch_timestamp=v_last_fetch_timestamp, last_caught_up_timestamp=v_last_caught_up_timestamp, unknown_tags=unknown), pos


def _write_ReplicaState_v2(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.replica_id)
    out += o.replica_directory_id.bytes
    out += _S7.pack(o.log_end_offset, o.last_fetch_timestamp, o.last_caught_up_timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Node_v2(buf: memoryview, pos: int) -> tuple[Node, int]:
    v_node_id, = _S6.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Listeners was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_listeners = []
        for _ in range(n):
            item, pos = _read_Listener_v2(buf, pos)
            v_listeners.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Node(node_id=v_node_id, listeners=v_listeners, unknown_tags=unknown), pos


def _write_Node_v2(o: Node, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.node_id)
    items = o.listeners
    if items is None:
        raise ValueError('non-nullable field Listeners is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_Listener_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Listener_v2(buf: memoryview, pos: int) -> tuple[Listener, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S8.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Listener(name=v_name, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_Listener_v2(o: Listener, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S8.pack(o.port)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DescribeQuorumResponse_v0, 1: _read_DescribeQuorumResponse_v1, 2: _read_DescribeQuorumResponse_v2}
_WRITERS = {0: _write_DescribeQuorumResponse_v0, 1: _write_DescribeQuorumResponse_v1, 2: _write_DescribeQuorumResponse_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeQuorumResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeQuorumResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeQuorumResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeQuorumResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeQuorumResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
