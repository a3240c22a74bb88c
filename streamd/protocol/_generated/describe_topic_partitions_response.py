# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeTopicPartitionsResponse (response, api key 75), versions 0-0."""

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

__all__ = ['Cursor', 'DescribeTopicPartitionsResponse', 'DescribeTopicPartitionsResponsePartition', 'DescribeTopicPartitionsResponseTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>?')
_S3 = struct.Struct('>hiii')

@dataclass(slots=True)
class Cursor:
    topic_name: str = ''
    partition_index: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeTopicPartitionsResponsePartition:
    error_code: int = 0
    partition_index: int = 0
    leader_id: int = 0
    leader_epoch: int = -1
    replica_nodes: list[int] = field(default_factory=list)
    isr_nodes: list[int] = field(default_factory=list)
    eligible_leader_replicas: list[int] | None = None
    last_known_elr: list[int] | None = None
    offline_replicas: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeTopicPartitionsResponseTopic:
    error_code: int = 0
    name: str | None = ''
    topic_id: uuid.UUID = ZERO_UUID
    is_internal: bool = False
    partitions: list[DescribeTopicPartitionsResponsePartition] = field(default_factory=list)
    topic_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeTopicPartitionsResponse:
    throttle_time_ms: int = 0
    topics: list[DescribeTopicPartitionsResponseTopic] = field(default_factory=list)
    next_cursor: Cursor | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeTopicPartitionsResponse_v0(buf: memoryview, pos: int) -> tuple[DescribeTopicPartitionsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
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
            item, pos = _read_DescribeTopicPartitionsResponseTopic_v0(buf, pos)
            v_topics.append(item)
    (marker,) = I8.unpack_from(buf, pos)
    pos += 1
    if marker < 0:
        v_next_cursor = None
    else:
        v_next_cursor, pos = _read_Cursor_v0(buf, pos)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeTopicPartitionsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, next_cursor=v_next_cursor, unknown_tags=unknown), pos


def _write_DescribeTopicPartitionsResponse_v0(o: DescribeTopicPartitionsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeTopicPartitionsResponseTopic_v0(item, out, chunks)
    if o.next_cursor is None:
        out += b'\xff'
    else:
        out += b'\x01'
        _write_Cursor_v0(o.next_cursor, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeTopicPartitionsResponseTopic_v0(buf: memoryview, pos: int) -> tuple[DescribeTopicPartitionsResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    v_is_internal, = _S2.unpack_from(buf, pos)
    pos += 1
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
            item, pos = _read_DescribeTopicPartitionsResponsePartition_v0(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeTopicPartitionsResponseTopic(error_code=v_error_code, name=v_name, topic_id=v_topic_id, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_DescribeTopicPartitionsResponseTopic_v0(o: DescribeTopicPartitionsResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    out += _S2.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeTopicPartitionsResponsePartition_v0(item, out, chunks)
    out += _S0.pack(o.topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeTopicPartitionsResponsePartition_v0(buf: memoryview, pos: int) -> tuple[DescribeTopicPartitionsResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 14
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_eligible_leader_replicas = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_eligible_leader_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_last_known_elr = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_last_known_elr = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field OfflineReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_offline_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeTopicPartitionsResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, eligible_leader_replicas=v_eligible_leader_replicas, last_known_elr=v_last_known_elr, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_DescribeTopicPartitionsResponsePartition_v0(o: DescribeTopicPartitionsResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.eligible_leader_replicas
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.last_known_elr
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.offline_replicas
    if items is None:
        raise ValueError('non-nullable field OfflineReplicas is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_Cursor_v0(buf: memoryview, pos: int) -> tuple[Cursor, int]:
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
    v_partition_index, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Cursor(topic_name=v_topic_name, partition_index=v_partition_index, unknown_tags=unknown), pos


def _write_Cursor_v0(o: Cursor, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.partition_index)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DescribeTopicPartitionsResponse_v0}
_WRITERS = {0: _write_DescribeTopicPartitionsResponse_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeTopicPartitionsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeTopicPartitionsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeTopicPartitionsResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeTopicPartitionsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeTopicPartitionsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
