# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetFetchResponse (response, api key 9), versions 1-10."""

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

__all__ = ['OffsetFetchResponse', 'OffsetFetchResponseGroup', 'OffsetFetchResponsePartition', 'OffsetFetchResponsePartitions', 'OffsetFetchResponseTopic', 'OffsetFetchResponseTopics', "read", "write"]

_S0 = struct.Struct('>iq')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>i')
_S3 = struct.Struct('>iqi')

@dataclass(slots=True)
class OffsetFetchResponsePartition:
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    metadata: str | None = ''
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchResponseTopic:
    name: str = ''
    partitions: list[OffsetFetchResponsePartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchResponsePartitions:
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    metadata: str | None = ''
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchResponseTopics:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[OffsetFetchResponsePartitions] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchResponseGroup:
    group_id: str = ''
    topics: list[OffsetFetchResponseTopics] = field(default_factory=list)
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchResponse:
    throttle_time_ms: int = 0
    topics: list[OffsetFetchResponseTopic] = field(default_factory=list)
    error_code: int = 0
    groups: list[OffsetFetchResponseGroup] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetFetchResponse_v1(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponseTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchResponse(topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v1(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchResponseTopic_v1(item, out, chunks)


def _read_OffsetFetchResponseTopic_v1(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
            item, pos = _read_OffsetFetchResponsePartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v1(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchResponsePartition_v1(item, out, chunks)


def _read_OffsetFetchResponsePartition_v1(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset = _S0.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v1(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.committed_offset)
    v = o.metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponse_v2(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponseTopic_v2(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponse(topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v2(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchResponseTopic_v2(item, out, chunks)
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponseTopic_v2(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
            item, pos = _read_OffsetFetchResponsePartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v2(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchResponsePartition_v2(item, out, chunks)


def _read_OffsetFetchResponsePartition_v2(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset = _S0.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v2(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.committed_offset)
    v = o.metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponse_v3(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchResponseTopic_v3(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v3(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchResponseTopic_v3(item, out, chunks)
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponseTopic_v3(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
            item, pos = _read_OffsetFetchResponsePartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v3(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchResponsePartition_v3(item, out, chunks)


def _read_OffsetFetchResponsePartition_v3(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset = _S0.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v3(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.committed_offset)
    v = o.metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponse_v4(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchResponseTopic_v4(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v4(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchResponseTopic_v4(item, out, chunks)
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponseTopic_v4(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
            item, pos = _read_OffsetFetchResponsePartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v4(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchResponsePartition_v4(item, out, chunks)


def _read_OffsetFetchResponsePartition_v4(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset = _S0.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v4(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.committed_offset)
    v = o.metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponse_v5(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchResponseTopic_v5(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v5(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchResponseTopic_v5(item, out, chunks)
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponseTopic_v5(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
            item, pos = _read_OffsetFetchResponsePartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v5(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchResponsePartition_v5(item, out, chunks)


def _read_OffsetFetchResponsePartition_v5(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v5(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)


def _read_OffsetFetchResponse_v6(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchResponseTopic_v6(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v6(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponseTopic_v6(item, out, chunks)
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


def _read_OffsetFetchResponseTopic_v6(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponsePartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v6(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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
            _write_OffsetFetchResponsePartition_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponsePartition_v6(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v6(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
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


def _read_OffsetFetchResponse_v7(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchResponseTopic_v7(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v7(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponseTopic_v7(item, out, chunks)
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


def _read_OffsetFetchResponseTopic_v7(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopic, int]:
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
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponsePartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopic_v7(o: OffsetFetchResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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
            _write_OffsetFetchResponsePartition_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponsePartition_v7(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponsePartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartition_v7(o: OffsetFetchResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
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


def _read_OffsetFetchResponse_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponseGroup_v8(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v8(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponseGroup_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponseGroup_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetFetchResponseTopics_v8(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseGroup(group_id=v_group_id, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponseGroup_v8(o: OffsetFetchResponseGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
            _write_OffsetFetchResponseTopics_v8(item, out, chunks)
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


def _read_OffsetFetchResponseTopics_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopics, int]:
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
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponsePartitions_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseTopics(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopics_v8(o: OffsetFetchResponseTopics, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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
            _write_OffsetFetchResponsePartitions_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponsePartitions_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartitions, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponsePartitions(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartitions_v8(o: OffsetFetchResponsePartitions, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
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


def _read_OffsetFetchResponse_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponseGroup_v9(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v9(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponseGroup_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponseGroup_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetFetchResponseTopics_v9(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseGroup(group_id=v_group_id, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponseGroup_v9(o: OffsetFetchResponseGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
            _write_OffsetFetchResponseTopics_v9(item, out, chunks)
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


def _read_OffsetFetchResponseTopics_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopics, int]:
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
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponsePartitions_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseTopics(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopics_v9(o: OffsetFetchResponseTopics, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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
            _write_OffsetFetchResponsePartitions_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponsePartitions_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartitions, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponsePartitions(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartitions_v9(o: OffsetFetchResponsePartitions, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
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


def _read_OffsetFetchResponse_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchResponse, int]:
    v_throttle_time_ms, = _S2.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchResponseGroup_v10(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_OffsetFetchResponse_v10(o: OffsetFetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponseGroup_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponseGroup_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetFetchResponseTopics_v10(buf, pos)
            v_topics.append(item)
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseGroup(group_id=v_group_id, topics=v_topics, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponseGroup_v10(o: OffsetFetchResponseGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
            _write_OffsetFetchResponseTopics_v10(item, out, chunks)
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


def _read_OffsetFetchResponseTopics_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchResponseTopics, int]:
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
            item, pos = _read_OffsetFetchResponsePartitions_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponseTopics(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetFetchResponseTopics_v10(o: OffsetFetchResponseTopics, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchResponsePartitions_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchResponsePartitions_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchResponsePartitions, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchResponsePartitions(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, metadata=v_metadata, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetFetchResponsePartitions_v10(o: OffsetFetchResponsePartitions, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
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


_READERS = {1: _read_OffsetFetchResponse_v1, 2: _read_OffsetFetchResponse_v2, 3: _read_OffsetFetchResponse_v3, 4: _read_OffsetFetchResponse_v4, 5: _read_OffsetFetchResponse_v5, 6: _read_OffsetFetchResponse_v6, 7: _read_OffsetFetchResponse_v7, 8: _read_OffsetFetchResponse_v8, 9: _read_OffsetFetchResponse_v9, 10: _read_OffsetFetchResponse_v10}
_WRITERS = {1: _write_OffsetFetchResponse_v1, 2: _write_OffsetFetchResponse_v2, 3: _write_OffsetFetchResponse_v3, 4: _write_OffsetFetchResponse_v4, 5: _write_OffsetFetchResponse_v5, 6: _write_OffsetFetchResponse_v6, 7: _write_OffsetFetchResponse_v7, 8: _write_OffsetFetchResponse_v8, 9: _write_OffsetFetchResponse_v9, 10: _write_OffsetFetchResponse_v10}
MIN_VERSION = 1
MAX_VERSION = 10
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetFetchResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetFetchResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetFetchResponse v%d: %s' % (version, exc)) from None


def write(obj: OffsetFetchResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetFetchResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
