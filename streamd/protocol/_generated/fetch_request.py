# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FetchRequest (request, api key 1), versions 4-18."""

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

__all__ = ['FetchPartition', 'FetchRequest', 'FetchTopic', 'ForgottenTopic', 'ReplicaState', "read", "write"]

_S0 = struct.Struct('>iiiib')
_S1 = struct.Struct('>iqi')
_S2 = struct.Struct('>iqqi')
_S3 = struct.Struct('>iiiibii')
_S4 = struct.Struct('>iiqqi')
_S5 = struct.Struct('>iiqiqi')
_S6 = struct.Struct('>iiibii')
_S7 = struct.Struct('>iq')
_S8 = struct.Struct('>q')

@dataclass(slots=True)
class FetchPartition:
    partition: int = 0
    current_leader_epoch: int = -1
    fetch_offset: int = 0
    last_fetched_epoch: int = -1
    log_start_offset: int = -1
    partition_max_bytes: int = 0
    replica_directory_id: uuid.UUID = ZERO_UUID
    high_watermark: int = 9223372036854775807
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ReplicaState:
    replica_id: int = -1
    replica_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FetchTopic:
    topic: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[FetchPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ForgottenTopic:
    topic: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FetchRequest:
    cluster_id: str | None = None
    replica_id: int = -1
    replica_state: ReplicaState = field(default_factory=ReplicaState)
    max_wait_ms: int = 0
    min_bytes: int = 0
    max_bytes: int = 2147483647
    isolation_level: int = 0
    session_id: int = 0
    session_epoch: int = -1
    topics: list[FetchTopic] = field(default_factory=list)
    forgotten_topics_data: list[ForgottenTopic] = field(default_factory=list)
    rack_id: str = ''
    unknown_tags: dict[int, bytes] | None = None


def _read_FetchRequest_v4(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level = _S0.unpack_from(buf, pos)
    pos += 17
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_FetchRequest_v4(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v4(item, out, chunks)


def _read_FetchTopic_v4(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v4(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v4(item, out, chunks)


def _read_FetchPartition_v4(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_fetch_offset, v_partition_max_bytes = _S1.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return FetchPartition(partition=v_partition, fetch_offset=v_fetch_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v4(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition, o.fetch_offset, o.partition_max_bytes)


def _read_FetchRequest_v5(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level = _S0.unpack_from(buf, pos)
    pos += 17
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_FetchRequest_v5(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v5(item, out, chunks)


def _read_FetchTopic_v5(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v5(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v5(item, out, chunks)


def _read_FetchPartition_v5(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S2.unpack_from(buf, pos)
    pos += 24
    unknown = None
    return FetchPartition(partition=v_partition, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v5(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_FetchRequest_v6(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level = _S0.unpack_from(buf, pos)
    pos += 17
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_FetchRequest_v6(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v6(item, out, chunks)


def _read_FetchTopic_v6(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v6(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v6(item, out, chunks)


def _read_FetchPartition_v6(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S2.unpack_from(buf, pos)
    pos += 24
    unknown = None
    return FetchPartition(partition=v_partition, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v6(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_FetchRequest_v7(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v7(buf, pos)
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v7(buf, pos)
            v_forgotten_topics_data.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, unknown_tags=unknown), pos


def _write_FetchRequest_v7(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v7(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ForgottenTopic_v7(item, out, chunks)


def _read_FetchTopic_v7(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v7(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v7(item, out, chunks)


def _read_FetchPartition_v7(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S2.unpack_from(buf, pos)
    pos += 24
    unknown = None
    return FetchPartition(partition=v_partition, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v7(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_ForgottenTopic_v7(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v7(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_FetchRequest_v8(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v8(buf, pos)
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v8(buf, pos)
            v_forgotten_topics_data.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, unknown_tags=unknown), pos


def _write_FetchRequest_v8(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v8(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ForgottenTopic_v8(item, out, chunks)


def _read_FetchTopic_v8(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v8(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v8(item, out, chunks)


def _read_FetchPartition_v8(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S2.unpack_from(buf, pos)
    pos += 24
    unknown = None
    return FetchPartition(partition=v_partition, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v8(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_ForgottenTopic_v8(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v8(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_FetchRequest_v9(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v9(buf, pos)
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v9(buf, pos)
            v_forgotten_topics_data.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, unknown_tags=unknown), pos


def _write_FetchRequest_v9(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v9(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ForgottenTopic_v9(item, out, chunks)


def _read_FetchTopic_v9(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v9(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v9(item, out, chunks)


def _read_FetchPartition_v9(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S4.unpack_from(buf, pos)
    pos += 28
    unknown = None
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v9(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_ForgottenTopic_v9(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v9(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_FetchRequest_v10(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v10(buf, pos)
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v10(buf, pos)
            v_forgotten_topics_data.append(item)
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, unknown_tags=unknown), pos


def _write_FetchRequest_v10(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v10(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ForgottenTopic_v10(item, out, chunks)


def _read_FetchTopic_v10(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v10(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v10(item, out, chunks)


def _read_FetchPartition_v10(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S4.unpack_from(buf, pos)
    pos += 28
    unknown = None
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v10(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_ForgottenTopic_v10(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v10(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_FetchRequest_v11(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_FetchTopic_v11(buf, pos)
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v11(buf, pos)
            v_forgotten_topics_data.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, unknown_tags=unknown), pos


def _write_FetchRequest_v11(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchTopic_v11(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ForgottenTopic_v11(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_FetchTopic_v11(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v11(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v11(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v11(item, out, chunks)


def _read_FetchPartition_v11(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_log_start_offset, v_partition_max_bytes = _S4.unpack_from(buf, pos)
    pos += 28
    unknown = None
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v11(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.log_start_offset, o.partition_max_bytes)


def _read_ForgottenTopic_v11(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v11(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_FetchRequest_v12(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
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
            item, pos = _read_FetchTopic_v12(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v12(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, unknown_tags=unknown), pos


def _write_FetchRequest_v12(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v12(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v12(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchTopic_v12(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_FetchPartition_v12(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v12(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_FetchPartition_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v12(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v12(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ForgottenTopic_v12(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v12(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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


def _read_FetchRequest_v13(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
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
            item, pos = _read_FetchTopic_v13(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v13(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, unknown_tags=unknown), pos


def _write_FetchRequest_v13(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v13(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v13(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchTopic_v13(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v13(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v13(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v13(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v13(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ForgottenTopic_v13(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v13(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


def _read_FetchRequest_v14(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_replica_id, v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S3.unpack_from(buf, pos)
    pos += 25
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
            item, pos = _read_FetchTopic_v14(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v14(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(replica_id=v_replica_id, max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, unknown_tags=unknown), pos


def _write_FetchRequest_v14(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.replica_id, o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v14(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v14(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchTopic_v14(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v14(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v14(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v14(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v14(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v14(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ForgottenTopic_v14(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v14(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


def _read_FetchRequest_v15(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S6.unpack_from(buf, pos)
    pos += 21
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
            item, pos = _read_FetchTopic_v15(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v15(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    v_replica_state = ReplicaState()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_replica_state, pos = _read_ReplicaState_v15(sub, pos)
            if pos != end:
                raise DecodeError('tagged field ReplicaState has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, replica_state=v_replica_state, unknown_tags=unknown), pos


def _write_FetchRequest_v15(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v15(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v15(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.replica_state != ReplicaState():
        tb = bytearray()
        _write_ReplicaState_v15(o.replica_state, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ReplicaState_v15(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_replica_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, replica_epoch=v_replica_epoch, unknown_tags=unknown), pos


def _write_ReplicaState_v15(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.replica_id, o.replica_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchTopic_v15(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v15(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v15(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v15(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v15(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v15(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ForgottenTopic_v15(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v15(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


def _read_FetchRequest_v16(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S6.unpack_from(buf, pos)
    pos += 21
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
            item, pos = _read_FetchTopic_v16(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v16(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    v_replica_state = ReplicaState()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_replica_state, pos = _read_ReplicaState_v16(sub, pos)
            if pos != end:
                raise DecodeError('tagged field ReplicaState has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, replica_state=v_replica_state, unknown_tags=unknown), pos


def _write_FetchRequest_v16(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v16(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v16(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.replica_state != ReplicaState():
        tb = bytearray()
        _write_ReplicaState_v16(o.replica_state, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ReplicaState_v16(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_replica_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, replica_epoch=v_replica_epoch, unknown_tags=unknown), pos


def _write_ReplicaState_v16(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.replica_id, o.replica_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchTopic_v16(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v16(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v16(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v16(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v16(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, unknown_tags=unknown), pos


def _write_FetchPartition_v16(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ForgottenTopic_v16(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v16(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


def _read_FetchRequest_v17(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S6.unpack_from(buf, pos)
    pos += 21
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
            item, pos = _read_FetchTopic_v17(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v17(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    v_replica_state = ReplicaState()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_replica_state, pos = _read_ReplicaState_v17(sub, pos)
            if pos != end:
                raise DecodeError('tagged field ReplicaState has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, replica_state=v_replica_state, unknown_tags=unknown), pos


def _write_FetchRequest_v17(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v17(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v17(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.replica_state != ReplicaState():
        tb = bytearray()
        _write_ReplicaState_v17(o.replica_state, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ReplicaState_v17(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_replica_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, replica_epoch=v_replica_epoch, unknown_tags=unknown), pos


def _write_ReplicaState_v17(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.replica_id, o.replica_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchTopic_v17(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v17(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v17(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v17(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v17(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    v_replica_directory_id = ZERO_UUID
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            end = check_length(sub, pos, 16)
            v_replica_directory_id = uuid.UUID(bytes=bytes(sub[pos:end]))
            pos = end
            if pos != end:
                raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, replica_directory_id=v_replica_directory_id, unknown_tags=unknown), pos


def _write_FetchPartition_v17(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    tags: list[tuple[int, bytes]] = []
    if o.replica_directory_id != ZERO_UUID:
        tb = bytearray()
        tb += o.replica_directory_id.bytes
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ForgottenTopic_v17(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v17(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


def _read_FetchRequest_v18(buf: memoryview, pos: int) -> tuple[FetchRequest, int]:
    v_max_wait_ms, v_min_bytes, v_max_bytes, v_isolation_level, v_session_id, v_session_epoch = _S6.unpack_from(buf, pos)
    pos += 21
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
            item, pos = _read_FetchTopic_v18(buf, pos)
            v_topics.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ForgottenTopicsData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_forgotten_topics_data = []
        for _ in range(n):
            item, pos = _read_ForgottenTopic_v18(buf, pos)
            v_forgotten_topics_data.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RackId was null')
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    v_cluster_id = None
    v_replica_state = ReplicaState()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                v_cluster_id = None
            else:
                end = check_length(sub, pos, n)
                v_cluster_id = str(sub[pos:end], 'utf-8')
                pos = end
            if pos != end:
                raise DecodeError('tagged field ClusterId has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_replica_state, pos = _read_ReplicaState_v18(sub, pos)
            if pos != end:
                raise DecodeError('tagged field ReplicaState has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchRequest(max_wait_ms=v_max_wait_ms, min_bytes=v_min_bytes, max_bytes=v_max_bytes, isolation_level=v_isolation_level, session_id=v_session_id, session_epoch=v_session_epoch, topics=v_topics, forgotten_topics_data=v_forgotten_topics_data, rack_id=v_rack_id, cluster_id=v_cluster_id, replica_state=v_replica_state, unknown_tags=unknown), pos


def _write_FetchRequest_v18(o: FetchRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.max_wait_ms, o.min_bytes, o.max_bytes, o.isolation_level, o.session_id, o.session_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchTopic_v18(item, out, chunks)
    items = o.forgotten_topics_data
    if items is None:
        raise ValueError('non-nullable field ForgottenTopicsData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ForgottenTopic_v18(item, out, chunks)
    v = o.rack_id
    if v is None:
        raise ValueError('non-nullable field RackId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.cluster_id != None:
        tb = bytearray()
        v = o.cluster_id
        if v is None:
            tb.append(0)
        else:
            raw = v.encode('utf-8')
            n = len(raw) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            tb += raw
        tags.append((0, bytes(tb)))
    if o.replica_state != ReplicaState():
        tb = bytearray()
        _write_ReplicaState_v18(o.replica_state, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ReplicaState_v18(buf: memoryview, pos: int) -> tuple[ReplicaState, int]:
    v_replica_id, v_replica_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaState(replica_id=v_replica_id, replica_epoch=v_replica_epoch, unknown_tags=unknown), pos


def _write_ReplicaState_v18(o: ReplicaState, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.replica_id, o.replica_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchTopic_v18(buf: memoryview, pos: int) -> tuple[FetchTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
            item, pos = _read_FetchPartition_v18(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchTopic_v18(o: FetchTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchPartition_v18(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchPartition_v18(buf: memoryview, pos: int) -> tuple[FetchPartition, int]:
    v_partition, v_current_leader_epoch, v_fetch_offset, v_last_fetched_epoch, v_log_start_offset, v_partition_max_bytes = _S5.unpack_from(buf, pos)
    pos += 32
    unknown = None
    v_replica_directory_id = ZERO_UUID
    v_high_watermark = 9223372036854775807
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            end = check_length(sub, pos, 16)
            v_replica_directory_id = uuid.UUID(bytes=bytes(sub[pos:end]))
            pos = end
            if pos != end:
                raise DecodeError('tagged field ReplicaDirectoryId has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            (v_high_watermark,) = _S8.unpack_from(sub, pos)
            pos += 8
            if pos != end:
                raise DecodeError('tagged field HighWatermark has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchPartition(partition=v_partition, current_leader_epoch=v_current_leader_epoch, fetch_offset=v_fetch_offset, last_fetched_epoch=v_last_fetched_epoch, log_start_offset=v_log_start_offset, partition_max_bytes=v_partition_max_bytes, replica_directory_id=v_replica_directory_id, high_watermark=v_high_watermark, unknown_tags=unknown), pos


def _write_FetchPartition_v18(o: FetchPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.partition, o.current_leader_epoch, o.fetch_offset, o.last_fetched_epoch, o.log_start_offset, o.partition_max_bytes)
    tags: list[tuple[int, bytes]] = []
    if o.replica_directory_id != ZERO_UUID:
        tb = bytearray()
        tb += o.replica_directory_id.bytes
        tags.append((0, bytes(tb)))
    if o.high_watermark != 9223372036854775807:
        tb = bytearray()
        tb += _S8.pack(o.high_watermark)
        tags.append((1, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_ForgottenTopic_v18(buf: memoryview, pos: int) -> tuple[ForgottenTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ForgottenTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ForgottenTopic_v18(o: ForgottenTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
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


_READERS = {4: _read_FetchRequest_v4, 5: _read_FetchRequest_v5, 6: _read_FetchRequest_v6, 7: _read_FetchRequest_v7, 8: _read_FetchRequest_v8, 9: _read_FetchRequest_v9, 10: _read_FetchRequest_v10, 11: _read_FetchRequest_v11, 12: _read_FetchRequest_v12, 13: _read_FetchRequest_v13, 14: _read_FetchRequest_v14, 15: _read_FetchRequest_v15, 16: _read_FetchRequest_v16, 17: _read_FetchRequest_v17, 18: _read_FetchRequest_v18}
_WRITERS = {4: _write_FetchRequest_v4, 5: _write_FetchRequest_v5, 6: _write_FetchRequest_v6, 7: _write_FetchRequest_v7, 8: _write_FetchRequest_v8, 9: _write_FetchRequest_v9, 10: _write_FetchRequest_v10, 11: _write_FetchRequest_v11, 12: _write_FetchRequest_v12, 13: _write_FetchRequest_v13, 14: _write_FetchRequest_v14, 15: _write_FetchRequest_v15, 16: _write_FetchRequest_v16, 17: _write_FetchRequest_v17, 18: _write_FetchRequest_v18}
MIN_VERSION = 4
MAX_VERSION = 18
FLEXIBLE_MIN = 12


def read(buf: memoryview, pos: int, version: int) -> tuple[FetchRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('FetchRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode FetchRequest v%d: %s' % (version, exc)) from None


def write(obj: FetchRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('FetchRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
