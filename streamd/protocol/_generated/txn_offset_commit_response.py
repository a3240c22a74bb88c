# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""TxnOffsetCommitResponse (response, api key 28), versions 0-5."""

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

__all__ = ['TxnOffsetCommitResponse', 'TxnOffsetCommitResponsePartition', 'TxnOffsetCommitResponseTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class TxnOffsetCommitResponsePartition:
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TxnOffsetCommitResponseTopic:
    name: str = ''
    partitions: list[TxnOffsetCommitResponsePartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TxnOffsetCommitResponse:
    throttle_time_ms: int = 0
    topics: list[TxnOffsetCommitResponseTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_TxnOffsetCommitResponse_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v0(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v0(item, out, chunks)


def _read_TxnOffsetCommitResponseTopic_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v0(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v0(item, out, chunks)


def _read_TxnOffsetCommitResponsePartition_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v0(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)


def _read_TxnOffsetCommitResponse_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v1(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v1(item, out, chunks)


def _read_TxnOffsetCommitResponseTopic_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v1(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v1(item, out, chunks)


def _read_TxnOffsetCommitResponsePartition_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v1(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)


def _read_TxnOffsetCommitResponse_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v2(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v2(item, out, chunks)


def _read_TxnOffsetCommitResponseTopic_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v2(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v2(item, out, chunks)


def _read_TxnOffsetCommitResponsePartition_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v2(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)


def _read_TxnOffsetCommitResponse_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v3(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponseTopic_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v3(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponsePartition_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v3(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponse_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v4(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponseTopic_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v4(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponsePartition_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v4(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponse_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponse, int]:
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
            item, pos = _read_TxnOffsetCommitResponseTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponse_v5(o: TxnOffsetCommitResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TxnOffsetCommitResponseTopic_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponseTopic_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponseTopic, int]:
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
            item, pos = _read_TxnOffsetCommitResponsePartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponseTopic_v5(o: TxnOffsetCommitResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitResponsePartition_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitResponsePartition_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_TxnOffsetCommitResponsePartition_v5(o: TxnOffsetCommitResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_TxnOffsetCommitResponse_v0, 1: _read_TxnOffsetCommitResponse_v1, 2: _read_TxnOffsetCommitResponse_v2, 3: _read_TxnOffsetCommitResponse_v3, 4: _read_TxnOffsetCommitResponse_v4, 5: _read_TxnOffsetCommitResponse_v5}
_WRITERS = {0: _write_TxnOffsetCommitResponse_v0, 1: _write_TxnOffsetCommitResponse_v1, 2: _write_TxnOffsetCommitResponse_v2, 3: _write_TxnOffsetCommitResponse_v3, 4: _write_TxnOffsetCommitResponse_v4, 5: _write_TxnOffsetCommitResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[TxnOffsetCommitResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('TxnOffsetCommitResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode TxnOffsetCommitResponse v%d: %s' % (version, exc)) from None


def write(obj: TxnOffsetCommitResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('TxnOffsetCommitResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
