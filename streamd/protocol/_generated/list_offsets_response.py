# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListOffsetsResponse (response, api key 2), versions 1-11."""

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

__all__ = ['ListOffsetsPartitionResponse', 'ListOffsetsResponse', 'ListOffsetsTopicResponse', "read", "write"]

_S0 = struct.Struct('>ihqq')
_S1 = struct.Struct('>i')
_S2 = struct.Struct('>ihqqi')

@dataclass(slots=True)
class ListOffsetsPartitionResponse:
    partition_index: int = 0
    error_code: int = 0
    old_style_offsets: list[int] = field(default_factory=list)
    timestamp: int = -1
    offset: int = -1
    leader_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListOffsetsTopicResponse:
    name: str = ''
    partitions: list[ListOffsetsPartitionResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListOffsetsResponse:
    throttle_time_ms: int = 0
    topics: list[ListOffsetsTopicResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListOffsetsResponse_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListOffsetsTopicResponse_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsResponse(topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v1(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopicResponse_v1(item, out, chunks)


def _read_ListOffsetsTopicResponse_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v1(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v1(item, out, chunks)


def _read_ListOffsetsPartitionResponse_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset = _S0.unpack_from(buf, pos)
    pos += 22
    unknown = None
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v1(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _read_ListOffsetsResponse_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v2(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopicResponse_v2(item, out, chunks)


def _read_ListOffsetsTopicResponse_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v2(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v2(item, out, chunks)


def _read_ListOffsetsPartitionResponse_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset = _S0.unpack_from(buf, pos)
    pos += 22
    unknown = None
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v2(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _read_ListOffsetsResponse_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v3(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopicResponse_v3(item, out, chunks)


def _read_ListOffsetsTopicResponse_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v3(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v3(item, out, chunks)


def _read_ListOffsetsPartitionResponse_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset = _S0.unpack_from(buf, pos)
    pos += 22
    unknown = None
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v3(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code, o.timestamp, o.offset)


def _read_ListOffsetsResponse_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v4(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopicResponse_v4(item, out, chunks)


def _read_ListOffsetsTopicResponse_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v4(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v4(item, out, chunks)


def _read_ListOffsetsPartitionResponse_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v4(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)


def _read_ListOffsetsResponse_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v5(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopicResponse_v5(item, out, chunks)


def _read_ListOffsetsTopicResponse_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v5(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v5(item, out, chunks)


def _read_ListOffsetsPartitionResponse_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v5(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)


def _read_ListOffsetsResponse_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v6(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v6(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v6(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsResponse_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v7(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v7(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v7(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsResponse_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v8(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v8(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v8(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v8(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsResponse_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v9(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v9(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v9(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v9(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsResponse_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v10(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v10(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v10(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v10(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsResponse_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsResponse, int]:
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
            item, pos = _read_ListOffsetsTopicResponse_v11(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsResponse_v11(o: ListOffsetsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopicResponse_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopicResponse_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsTopicResponse, int]:
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
            item, pos = _read_ListOffsetsPartitionResponse_v11(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopicResponse_v11(o: ListOffsetsTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartitionResponse_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartitionResponse_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsPartitionResponse, int]:
    v_partition_index, v_error_code, v_timestamp, v_offset, v_leader_epoch = _S2.unpack_from(buf, pos)
    pos += 26
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartitionResponse(partition_index=v_partition_index, error_code=v_error_code, timestamp=v_timestamp, offset=v_offset, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_ListOffsetsPartitionResponse_v11(o: ListOffsetsPartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.error_code, o.timestamp, o.offset, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_ListOffsetsResponse_v1, 2: _read_ListOffsetsResponse_v2, 3: _read_ListOffsetsResponse_v3, 4: _read_ListOffsetsResponse_v4, 5: _read_ListOffsetsResponse_v5, 6: _read_ListOffsetsResponse_v6, 7: _read_ListOffsetsResponse_v7, 8: _read_ListOffsetsResponse_v8, 9: _read_ListOffsetsResponse_v9, 10: _read_ListOffsetsResponse_v10, 11: _read_ListOffsetsResponse_v11}
_WRITERS = {1: _write_ListOffsetsResponse_v1, 2: _write_ListOffsetsResponse_v2, 3: _write_ListOffsetsResponse_v3, 4: _write_ListOffsetsResponse_v4, 5: _write_ListOffsetsResponse_v5, 6: _write_ListOffsetsResponse_v6, 7: _write_ListOffsetsResponse_v7, 8: _write_ListOffsetsResponse_v8, 9: _write_ListOffsetsResponse_v9, 10: _write_ListOffsetsResponse_v10, 11: _write_ListOffsetsResponse_v11}
MIN_VERSION = 1
MAX_VERSION = 11
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[ListOffsetsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListOffsetsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListOffsetsResponse v%d: %s' % (version, exc)) from None


def write(obj: ListOffsetsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListOffsetsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
