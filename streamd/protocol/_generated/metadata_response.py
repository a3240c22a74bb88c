# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""MetadataResponse (response, api key 3), versions 0-13."""

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

__all__ = ['MetadataResponse', 'MetadataResponseBroker', 'MetadataResponsePartition', 'MetadataResponseTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>hii')
_S3 = struct.Struct('>?')
_S4 = struct.Struct('>hiii')

@dataclass(slots=True)
class MetadataResponseBroker:
    node_id: int = 0
    host: str = ''
    port: int = 0
    rack: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class MetadataResponsePartition:
    error_code: int = 0
    partition_index: int = 0
    leader_id: int = 0
    leader_epoch: int = -1
    replica_nodes: list[int] = field(default_factory=list)
    isr_nodes: list[int] = field(default_factory=list)
    offline_replicas: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class MetadataResponseTopic:
    error_code: int = 0
    name: str | None = ''
    topic_id: uuid.UUID = ZERO_UUID
    is_internal: bool = False
    partitions: list[MetadataResponsePartition] = field(default_factory=list)
    topic_authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class MetadataResponse:
    throttle_time_ms: int = 0
    brokers: list[MetadataResponseBroker] = field(default_factory=list)
    cluster_id: str | None = None
    controller_id: int = -1
    topics: list[MetadataResponseTopic] = field(default_factory=list)
    cluster_authorized_operations: int = -2147483648
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_MetadataResponse_v0(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v0(buf, pos)
            v_brokers.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(brokers=v_brokers, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v0(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v0(item, out, chunks)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v0(item, out, chunks)


def _read_MetadataResponseBroker_v0(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v0(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)


def _read_MetadataResponseTopic_v0(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v0(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v0(item, out, chunks)


def _read_MetadataResponsePartition_v0(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v0(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v1(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v1(buf, pos)
            v_brokers.append(item)
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(brokers=v_brokers, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v1(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v1(item, out, chunks)
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v1(item, out, chunks)


def _read_MetadataResponseBroker_v1(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v1(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v1(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v1(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v1(item, out, chunks)


def _read_MetadataResponsePartition_v1(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v1(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v2(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v2(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v2(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v2(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v2(item, out, chunks)


def _read_MetadataResponseBroker_v2(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v2(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v2(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v2(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v2(item, out, chunks)


def _read_MetadataResponsePartition_v2(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v2(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v3(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v3(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v3(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v3(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v3(item, out, chunks)


def _read_MetadataResponseBroker_v3(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v3(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v3(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v3(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v3(item, out, chunks)


def _read_MetadataResponsePartition_v3(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v3(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v4(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v4(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v4(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v4(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v4(item, out, chunks)


def _read_MetadataResponseBroker_v4(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v4(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v4(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v4(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v4(item, out, chunks)


def _read_MetadataResponsePartition_v4(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v4(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v5(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v5(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v5(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v5(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v5(item, out, chunks)


def _read_MetadataResponseBroker_v5(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v5(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v5(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v5(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v5(item, out, chunks)


def _read_MetadataResponsePartition_v5(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OfflineReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_offline_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v5(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.offline_replicas
    if items is None:
        raise ValueError('non-nullable field OfflineReplicas is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v6(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v6(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v6(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v6(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v6(item, out, chunks)


def _read_MetadataResponseBroker_v6(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v6(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v6(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v6(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v6(item, out, chunks)


def _read_MetadataResponsePartition_v6(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id = _S2.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OfflineReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_offline_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v6(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.error_code, o.partition_index, o.leader_id)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.offline_replicas
    if items is None:
        raise ValueError('non-nullable field OfflineReplicas is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v7(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v7(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v7(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v7(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v7(item, out, chunks)


def _read_MetadataResponseBroker_v7(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v7(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v7(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v7(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v7(item, out, chunks)


def _read_MetadataResponsePartition_v7(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
    pos += 14
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OfflineReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_offline_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v7(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.offline_replicas
    if items is None:
        raise ValueError('non-nullable field OfflineReplicas is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v8(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v8(buf, pos)
            v_brokers.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataResponseTopic_v8(buf, pos)
            v_topics.append(item)
    v_cluster_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponse_v8(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseBroker_v8(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponseTopic_v8(item, out, chunks)
    out += _S0.pack(o.cluster_authorized_operations)


def _read_MetadataResponseBroker_v8(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v8(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataResponseTopic_v8(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_MetadataResponsePartition_v8(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v8(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataResponsePartition_v8(item, out, chunks)
    out += _S0.pack(o.topic_authorized_operations)


def _read_MetadataResponsePartition_v8(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
    pos += 14
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field IsrNodes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_isr_nodes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OfflineReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_offline_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v8(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
    items = o.replica_nodes
    if items is None:
        raise ValueError('non-nullable field ReplicaNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.isr_nodes
    if items is None:
        raise ValueError('non-nullable field IsrNodes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)
    items = o.offline_replicas
    if items is None:
        raise ValueError('non-nullable field OfflineReplicas is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_MetadataResponse_v9(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v9(buf, pos)
            v_brokers.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponseTopic_v9(buf, pos)
            v_topics.append(item)
    v_cluster_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponse_v9(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseBroker_v9(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseTopic_v9(item, out, chunks)
    out += _S0.pack(o.cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseBroker_v9(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
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
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v9(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseTopic_v9(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
    v_is_internal, = _S3.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponsePartition_v9(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v9(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponsePartition_v9(item, out, chunks)
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


def _read_MetadataResponsePartition_v9(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
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
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v9(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
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


def _read_MetadataResponse_v10(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v10(buf, pos)
            v_brokers.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponseTopic_v10(buf, pos)
            v_topics.append(item)
    v_cluster_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, cluster_authorized_operations=v_cluster_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponse_v10(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseBroker_v10(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseTopic_v10(item, out, chunks)
    out += _S0.pack(o.cluster_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseBroker_v10(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
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
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v10(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseTopic_v10(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponsePartition_v10(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, topic_id=v_topic_id, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v10(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponsePartition_v10(item, out, chunks)
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


def _read_MetadataResponsePartition_v10(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
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
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v10(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
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


def _read_MetadataResponse_v11(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v11(buf, pos)
            v_brokers.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponseTopic_v11(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v11(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseBroker_v11(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseTopic_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseBroker_v11(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
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
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v11(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseTopic_v11(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    v_is_internal, = _S3.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponsePartition_v11(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, topic_id=v_topic_id, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v11(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponsePartition_v11(item, out, chunks)
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


def _read_MetadataResponsePartition_v11(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
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
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v11(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
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


def _read_MetadataResponse_v12(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v12(buf, pos)
            v_brokers.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponseTopic_v12(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataResponse_v12(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseBroker_v12(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseTopic_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseBroker_v12(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
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
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v12(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseTopic_v12(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
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
    v_is_internal, = _S3.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponsePartition_v12(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, topic_id=v_topic_id, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v12(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponsePartition_v12(item, out, chunks)
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


def _read_MetadataResponsePartition_v12(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
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
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v12(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
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


def _read_MetadataResponse_v13(buf: memoryview, pos: int) -> tuple[MetadataResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Brokers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_brokers = []
        for _ in range(n):
            item, pos = _read_MetadataResponseBroker_v13(buf, pos)
            v_brokers.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_cluster_id = None
    else:
        end = check_length(buf, pos, n)
        v_cluster_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_controller_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponseTopic_v13(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponse(throttle_time_ms=v_throttle_time_ms, brokers=v_brokers, cluster_id=v_cluster_id, controller_id=v_controller_id, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_MetadataResponse_v13(o: MetadataResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.brokers
    if items is None:
        raise ValueError('non-nullable field Brokers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseBroker_v13(item, out, chunks)
    v = o.cluster_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.controller_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponseTopic_v13(item, out, chunks)
    out += _S1.pack(o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseBroker_v13(buf: memoryview, pos: int) -> tuple[MetadataResponseBroker, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
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
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseBroker(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_MetadataResponseBroker_v13(o: MetadataResponseBroker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataResponseTopic_v13(buf: memoryview, pos: int) -> tuple[MetadataResponseTopic, int]:
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
    v_is_internal, = _S3.unpack_from(buf, pos)
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
            item, pos = _read_MetadataResponsePartition_v13(buf, pos)
            v_partitions.append(item)
    v_topic_authorized_operations, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataResponseTopic(error_code=v_error_code, name=v_name, topic_id=v_topic_id, is_internal=v_is_internal, partitions=v_partitions, topic_authorized_operations=v_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataResponseTopic_v13(o: MetadataResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
    out += _S3.pack(o.is_internal)
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataResponsePartition_v13(item, out, chunks)
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


def _read_MetadataResponsePartition_v13(buf: memoryview, pos: int) -> tuple[MetadataResponsePartition, int]:
    v_error_code, v_partition_index, v_leader_id, v_leader_epoch = _S4.unpack_from(buf, pos)
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
    return MetadataResponsePartition(error_code=v_error_code, partition_index=v_partition_index, leader_id=v_leader_id, leader_epoch=v_leader_epoch, replica_nodes=v_replica_nodes, isr_nodes=v_isr_nodes, offline_replicas=v_offline_replicas, unknown_tags=unknown), pos


def _write_MetadataResponsePartition_v13(o: MetadataResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.error_code, o.partition_index, o.leader_id, o.leader_epoch)
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


_READERS = {0: _read_MetadataResponse_v0, 1: _read_MetadataResponse_v1, 2: _read_MetadataResponse_v2, 3: _read_MetadataResponse_v3, 4: _read_MetadataResponse_v4, 5: _read_MetadataResponse_v5, 6: _read_MetadataResponse_v6, 7: _read_MetadataResponse_v7, 8: _read_MetadataResponse_v8, 9: _read_MetadataResponse_v9, 10: _read_MetadataResponse_v10, 11: _read_MetadataResponse_v11, 12: _read_MetadataResponse_v12, 13: _read_MetadataResponse_v13}
_WRITERS = {0: _write_MetadataResponse_v0, 1: _write_MetadataResponse_v1, 2: _write_MetadataResponse_v2, 3: _write_MetadataResponse_v3, 4: _write_MetadataResponse_v4, 5: _write_MetadataResponse_v5, 6: _write_MetadataResponse_v6, 7: _write_MetadataResponse_v7, 8: _write_MetadataResponse_v8, 9: _write_MetadataResponse_v9, 10: _write_MetadataResponse_v10, 11: _write_MetadataResponse_v11, 12: _write_MetadataResponse_v12, 13: _write_MetadataResponse_v13}
MIN_VERSION = 0
MAX_VERSION = 13
FLEXIBLE_MIN = 9


def read(buf: memoryview, pos: int, version: int) -> tuple[MetadataResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('MetadataResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode MetadataResponse v%d: %s' % (version, exc)) from None


def write(obj: MetadataResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('MetadataResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
