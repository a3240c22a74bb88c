# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeLogDirsResponse (response, api key 35), versions 1-5."""

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

__all__ = ['DescribeLogDirsPartition', 'DescribeLogDirsResponse', 'DescribeLogDirsResult', 'DescribeLogDirsTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>iqq?')
_S3 = struct.Struct('>ih')
_S4 = struct.Struct('>qq')
_S5 = struct.Struct('>qq?')

@dataclass(slots=True)
class DescribeLogDirsPartition:
    partition_index: int = 0
    partition_size: int = 0
    offset_lag: int = 0
    is_future_key: bool = False
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeLogDirsTopic:
    name: str = ''
    partitions: list[DescribeLogDirsPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeLogDirsResult:
    error_code: int = 0
    log_dir: str = ''
    topics: list[DescribeLogDirsTopic] = field(default_factory=list)
    total_bytes: int = -1
    usable_bytes: int = -1
    is_cordoned: bool = False
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeLogDirsResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    results: list[DescribeLogDirsResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeLogDirsResponse_v1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsResult_v1(buf, pos)
            v_results.append(item)
    unknown = None
    return DescribeLogDirsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeLogDirsResponse_v1(o: DescribeLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeLogDirsResult_v1(item, out, chunks)


def _read_DescribeLogDirsResult_v1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field LogDir was null')
    else:
        end = check_length(buf, pos, n)
        v_log_dir = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return DescribeLogDirsResult(error_code=v_error_code, log_dir=v_log_dir, topics=v_topics, unknown_tags=unknown), pos


def _write_DescribeLogDirsResult_v1(o: DescribeLogDirsResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.log_dir
    if v is None:
        raise ValueError('non-nullable field LogDir is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeLogDirsTopic_v1(item, out, chunks)


def _read_DescribeLogDirsTopic_v1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            item, pos = _read_DescribeLogDirsPartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return DescribeLogDirsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DescribeLogDirsTopic_v1(o: DescribeLogDirsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DescribeLogDirsPartition_v1(item, out, chunks)


def _read_DescribeLogDirsPartition_v1(buf: memoryview, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_partition_index, v_partition_size, v_offset_lag, v_is_future_key = _S2.unpack_from(buf, pos)
    pos += 21
    unknown = None
    return DescribeLogDirsPartition(partition_index=v_partition_index, partition_size=v_partition_size, offset_lag=v_offset_lag, is_future_key=v_is_future_key, unknown_tags=unknown), pos


def _write_DescribeLogDirsPartition_v1(o: DescribeLogDirsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)


def _read_DescribeLogDirsResponse_v2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsResult_v2(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeLogDirsResponse_v2(o: DescribeLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeLogDirsResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResult_v2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field LogDir was null')
    else:
        end = check_length(buf, pos, n)
        v_log_dir = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribeLogDirsTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResult(error_code=v_error_code, log_dir=v_log_dir, topics=v_topics, unknown_tags=unknown), pos


def _write_DescribeLogDirsResult_v2(o: DescribeLogDirsResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.log_dir
    if v is None:
        raise ValueError('non-nullable field LogDir is None')
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
            _write_DescribeLogDirsTopic_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsTopic_v2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            item, pos = _read_DescribeLogDirsPartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DescribeLogDirsTopic_v2(o: DescribeLogDirsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DescribeLogDirsPartition_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsPartition_v2(buf: memoryview, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_partition_index, v_partition_size, v_offset_lag, v_is_future_key = _S2.unpack_from(buf, pos)
    pos += 21
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsPartition(partition_index=v_partition_index, partition_size=v_partition_size, offset_lag=v_offset_lag, is_future_key=v_is_future_key, unknown_tags=unknown), pos


def _write_DescribeLogDirsPartition_v2(o: DescribeLogDirsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResponse_v3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_throttle_time_ms, v_error_code = _S3.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsResult_v3(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, results=v_results, unknown_tags=unknown), pos


def _write_DescribeLogDirsResponse_v3(o: DescribeLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.throttle_time_ms, o.error_code)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeLogDirsResult_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResult_v3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field LogDir was null')
    else:
        end = check_length(buf, pos, n)
        v_log_dir = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribeLogDirsTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResult(error_code=v_error_code, log_dir=v_log_dir, topics=v_topics, unknown_tags=unknown), pos


def _write_DescribeLogDirsResult_v3(o: DescribeLogDirsResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.log_dir
    if v is None:
        raise ValueError('non-nullable field LogDir is None')
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
            _write_DescribeLogDirsTopic_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsTopic_v3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            item, pos = _read_DescribeLogDirsPartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DescribeLogDirsTopic_v3(o: DescribeLogDirsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DescribeLogDirsPartition_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsPartition_v3(buf: memoryview, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_partition_index, v_partition_size, v_offset_lag, v_is_future_key = _S2.unpack_from(buf, pos)
    pos += 21
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsPartition(partition_index=v_partition_index, partition_size=v_partition_size, offset_lag=v_offset_lag, is_future_key=v_is_future_key, unknown_tags=unknown), pos


def _write_DescribeLogDirsPartition_v3(o: DescribeLogDirsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResponse_v4(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_throttle_time_ms, v_error_code = _S3.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsResult_v4(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, results=v_results, unknown_tags=unknown), pos


def _write_DescribeLogDirsResponse_v4(o: DescribeLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.throttle_time_ms, o.error_code)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeLogDirsResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResult_v4(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field LogDir was null')
    else:
        end = check_length(buf, pos, n)
        v_log_dir = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribeLogDirsTopic_v4(buf, pos)
            v_topics.append(item)
    v_total_bytes, v_usable_bytes = _S4.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResult(error_code=v_error_code, log_dir=v_log_dir, topics=v_topics, total_bytes=v_total_bytes, usable_bytes=v_usable_bytes, unknown_tags=unknown), pos


def _write_DescribeLogDirsResult_v4(o: DescribeLogDirsResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.log_dir
    if v is None:
        raise ValueError('non-nullable field LogDir is None')
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
            _write_DescribeLogDirsTopic_v4(item, out, chunks)
    out += _S4.pack(o.total_bytes, o.usable_bytes)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsTopic_v4(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            item, pos = _read_DescribeLogDirsPartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DescribeLogDirsTopic_v4(o: DescribeLogDirsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DescribeLogDirsPartition_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsPartition_v4(buf: memoryview, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_partition_index, v_partition_size, v_offset_lag, v_is_future_key = _S2.unpack_from(buf, pos)
    pos += 21
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsPartition(partition_index=v_partition_index, partition_size=v_partition_size, offset_lag=v_offset_lag, is_future_key=v_is_future_key, unknown_tags=unknown), pos


def _write_DescribeLogDirsPartition_v4(o: DescribeLogDirsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResponse_v5(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResponse, int]:
    v_throttle_time_ms, v_error_code = _S3.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_DescribeLogDirsResult_v5(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, results=v_results, unknown_tags=unknown), pos


def _write_DescribeLogDirsResponse_v5(o: DescribeLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.throttle_time_ms, o.error_code)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeLogDirsResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsResult_v5(buf: memoryview, pos: int) -> tuple[DescribeLogDirsResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field LogDir was null')
    else:
        end = check_length(buf, pos, n)
        v_log_dir = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribeLogDirsTopic_v5(buf, pos)
            v_topics.append(item)
    v_total_bytes, v_usable_bytes, v_is_cordoned = _S5.unpack_from(buf, pos)
    pos += 17
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsResult(error_code=v_error_code, log_dir=v_log_dir, topics=v_topics, total_bytes=v_total_bytes, usable_bytes=v_usable_bytes, is_cordoned=v_is_cordoned, unknown_tags=unknown), pos


def _write_DescribeLogDirsResult_v5(o: DescribeLogDirsResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.log_dir
    if v is None:
        raise ValueError('non-nullable field LogDir is None')
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
            _write_DescribeLogDirsTopic_v5(item, out, chunks)
    out += _S5.pack(o.total_bytes, o.usable_bytes, o.is_cordoned)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsTopic_v5(buf: memoryview, pos: int) -> tuple[DescribeLogDirsTopic, int]:
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
            item, pos = _read_DescribeLogDirsPartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DescribeLogDirsTopic_v5(o: DescribeLogDirsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DescribeLogDirsPartition_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeLogDirsPartition_v5(buf: memoryview, pos: int) -> tuple[DescribeLogDirsPartition, int]:
    v_partition_index, v_partition_size, v_offset_lag, v_is_future_key = _S2.unpack_from(buf, pos)
    pos += 21
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeLogDirsPartition(partition_index=v_partition_index, partition_size=v_partition_size, offset_lag=v_offset_lag, is_future_key=v_is_future_key, unknown_tags=unknown), pos


def _write_DescribeLogDirsPartition_v5(o: DescribeLogDirsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.partition_size, o.offset_lag, o.is_future_key)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DescribeLogDirsResponse_v1, 2: _read_DescribeLogDirsResponse_v2, 3: _read_DescribeLogDirsResponse_v3, 4: _read_DescribeLogDirsResponse_v4, 5: _read_DescribeLogDirsResponse_v5}
_WRITERS = {1: _write_DescribeLogDirsResponse_v1, 2: _write_DescribeLogDirsResponse_v2, 3: _write_DescribeLogDirsResponse_v3, 4: _write_DescribeLogDirsResponse_v4, 5: _write_DescribeLogDirsResponse_v5}
MIN_VERSION = 1
MAX_VERSION = 5
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeLogDirsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeLogDirsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeLogDirsResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeLogDirsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeLogDirsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
