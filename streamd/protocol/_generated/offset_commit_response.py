# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetCommitResponse (response, api key 8), versions 2-10."""

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

__all__ = ['OffsetCommitResponse', 'OffsetCommitResponsePartition', 'OffsetCommitResponseTopic', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class OffsetCommitResponsePartition:
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetCommitResponseTopic:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[OffsetCommitResponsePartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetCommitResponse:
    throttle_time_ms: int = 0
    topics: list[OffsetCommitResponseTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetCommitResponse_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetCommitResponseTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v2(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v2(item, out, chunks)


def _read_OffsetCommitResponseTopic_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v2(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v2(item, out, chunks)


def _read_OffsetCommitResponsePartition_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v2(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v3(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v3(item, out, chunks)


def _read_OffsetCommitResponseTopic_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v3(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v3(item, out, chunks)


def _read_OffsetCommitResponsePartition_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v3(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v4(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v4(item, out, chunks)


def _read_OffsetCommitResponseTopic_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v4(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v4(item, out, chunks)


def _read_OffsetCommitResponsePartition_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v4(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v5(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v5(item, out, chunks)


def _read_OffsetCommitResponseTopic_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v5(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v5(item, out, chunks)


def _read_OffsetCommitResponsePartition_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v5(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v6(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v6(item, out, chunks)


def _read_OffsetCommitResponseTopic_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v6(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v6(item, out, chunks)


def _read_OffsetCommitResponsePartition_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v6(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v7(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitResponseTopic_v7(item, out, chunks)


def _read_OffsetCommitResponseTopic_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v7(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v7(item, out, chunks)


def _read_OffsetCommitResponsePartition_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v7(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)


def _read_OffsetCommitResponse_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v8(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v8(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetCommitResponseTopic_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponseTopic_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v8(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponsePartition_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v8(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponse_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v9(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v9(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetCommitResponseTopic_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponseTopic_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v9(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitResponsePartition_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponsePartition_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v9(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponse_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetCommitResponseTopic_v10(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitResponse_v10(o: OffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetCommitResponseTopic_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponseTopic_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitResponseTopic, int]:
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
            item, pos = _read_OffsetCommitResponsePartition_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponseTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitResponseTopic_v10(o: OffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetCommitResponsePartition_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitResponsePartition_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetCommitResponsePartition_v10(o: OffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {2: _read_OffsetCommitResponse_v2, 3: _read_OffsetCommitResponse_v3, 4: _read_OffsetCommitResponse_v4, 5: _read_OffsetCommitResponse_v5, 6: _read_OffsetCommitResponse_v6, 7: _read_OffsetCommitResponse_v7, 8: _read_OffsetCommitResponse_v8, 9: _read_OffsetCommitResponse_v9, 10: _read_OffsetCommitResponse_v10}
_WRITERS = {2: _write_OffsetCommitResponse_v2, 3: _write_OffsetCommitResponse_v3, 4: _write_OffsetCommitResponse_v4, 5: _write_OffsetCommitResponse_v5, 6: _write_OffsetCommitResponse_v6, 7: _write_OffsetCommitResponse_v7, 8: _write_OffsetCommitResponse_v8, 9: _write_OffsetCommitResponse_v9, 10: _write_OffsetCommitResponse_v10}
MIN_VERSION = 2
MAX_VERSION = 10
FLEXIBLE_MIN = 8


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetCommitResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetCommitResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetCommitResponse v%d: %s' % (version, exc)) from None


def write(obj: OffsetCommitResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetCommitResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
