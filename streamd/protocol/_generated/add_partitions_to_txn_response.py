# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AddPartitionsToTxnResponse (response, api key 24), versions 0-5."""

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

__all__ = ['AddPartitionsToTxnPartitionResult', 'AddPartitionsToTxnResponse', 'AddPartitionsToTxnResult', 'AddPartitionsToTxnTopicResult', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class AddPartitionsToTxnPartitionResult:
    partition_index: int = 0
    partition_error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AddPartitionsToTxnTopicResult:
    name: str = ''
    results_by_partition: list[AddPartitionsToTxnPartitionResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AddPartitionsToTxnResult:
    transactional_id: str = ''
    topic_results: list[AddPartitionsToTxnTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AddPartitionsToTxnResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    results_by_transaction: list[AddPartitionsToTxnResult] = field(default_factory=list)
    results_by_topic_v3_and_below: list[AddPartitionsToTxnTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AddPartitionsToTxnResponse_v0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTopicV3AndBelow was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_topic_v3_and_below = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v0(buf, pos)
            v_results_by_topic_v3_and_below.append(item)
    unknown = None
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, results_by_topic_v3_and_below=v_results_by_topic_v3_and_below, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v0(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results_by_topic_v3_and_below
    if items is None:
        raise ValueError('non-nullable field ResultsByTopicV3AndBelow is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v0(item, out, chunks)


def _read_AddPartitionsToTxnTopicResult_v0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v0(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v0(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v0(item, out, chunks)


def _read_AddPartitionsToTxnPartitionResult_v0(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v0(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)


def _read_AddPartitionsToTxnResponse_v1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTopicV3AndBelow was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_topic_v3_and_below = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v1(buf, pos)
            v_results_by_topic_v3_and_below.append(item)
    unknown = None
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, results_by_topic_v3_and_below=v_results_by_topic_v3_and_below, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v1(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results_by_topic_v3_and_below
    if items is None:
        raise ValueError('non-nullable field ResultsByTopicV3AndBelow is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v1(item, out, chunks)


def _read_AddPartitionsToTxnTopicResult_v1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v1(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v1(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v1(item, out, chunks)


def _read_AddPartitionsToTxnPartitionResult_v1(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v1(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)


def _read_AddPartitionsToTxnResponse_v2(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTopicV3AndBelow was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_topic_v3_and_below = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v2(buf, pos)
            v_results_by_topic_v3_and_below.append(item)
    unknown = None
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, results_by_topic_v3_and_below=v_results_by_topic_v3_and_below, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v2(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results_by_topic_v3_and_below
    if items is None:
        raise ValueError('non-nullable field ResultsByTopicV3AndBelow is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v2(item, out, chunks)


def _read_AddPartitionsToTxnTopicResult_v2(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v2(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v2(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v2(item, out, chunks)


def _read_AddPartitionsToTxnPartitionResult_v2(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v2(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)


def _read_AddPartitionsToTxnResponse_v3(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTopicV3AndBelow was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_topic_v3_and_below = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v3(buf, pos)
            v_results_by_topic_v3_and_below.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, results_by_topic_v3_and_below=v_results_by_topic_v3_and_below, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v3(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results_by_topic_v3_and_below
    if items is None:
        raise ValueError('non-nullable field ResultsByTopicV3AndBelow is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopicResult_v3(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v3(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v3(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnPartitionResult_v3(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v3(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnResponse_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTransaction was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_transaction = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnResult_v4(buf, pos)
            v_results_by_transaction.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, results_by_transaction=v_results_by_transaction, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v4(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.results_by_transaction
    if items is None:
        raise ValueError('non-nullable field ResultsByTransaction is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnResult_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResult, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_results = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v4(buf, pos)
            v_topic_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnResult(transactional_id=v_transactional_id, topic_results=v_topic_results, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResult_v4(o: AddPartitionsToTxnResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topic_results
    if items is None:
        raise ValueError('non-nullable field TopicResults is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopicResult_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v4(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v4(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnPartitionResult_v4(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v4(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnResponse_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResultsByTransaction was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_transaction = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnResult_v5(buf, pos)
            v_results_by_transaction.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, results_by_transaction=v_results_by_transaction, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResponse_v5(o: AddPartitionsToTxnResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.results_by_transaction
    if items is None:
        raise ValueError('non-nullable field ResultsByTransaction is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnResult_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnResult, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_results = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnTopicResult_v5(buf, pos)
            v_topic_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnResult(transactional_id=v_transactional_id, topic_results=v_topic_results, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnResult_v5(o: AddPartitionsToTxnResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topic_results
    if items is None:
        raise ValueError('non-nullable field TopicResults is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnTopicResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnTopicResult_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnTopicResult, int]:
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
        raise DecodeError('non-nullable field ResultsByPartition was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results_by_partition = []
        for _ in range(n):
            item, pos = _read_AddPartitionsToTxnPartitionResult_v5(buf, pos)
            v_results_by_partition.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnTopicResult(name=v_name, results_by_partition=v_results_by_partition, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnTopicResult_v5(o: AddPartitionsToTxnTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.results_by_partition
    if items is None:
        raise ValueError('non-nullable field ResultsByPartition is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AddPartitionsToTxnPartitionResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AddPartitionsToTxnPartitionResult_v5(buf: memoryview, pos: int) -> tuple[AddPartitionsToTxnPartitionResult, int]:
    v_partition_index, v_partition_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AddPartitionsToTxnPartitionResult(partition_index=v_partition_index, partition_error_code=v_partition_error_code, unknown_tags=unknown), pos


def _write_AddPartitionsToTxnPartitionResult_v5(o: AddPartitionsToTxnPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.partition_error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_AddPartitionsToTxnResponse_v0, 1: _read_AddPartitionsToTxnResponse_v1, 2: _read_AddPartitionsToTxnResponse_v2, 3: _read_AddPartitionsToTxnResponse_v3, 4: _read_AddPartitionsToTxnResponse_v4, 5: _read_AddPartitionsToTxnResponse_v5}
_WRITERS = {0: _write_AddPartitionsToTxnResponse_v0, 1: _write_AddPartitionsToTxnResponse_v1, 2: _write_AddPartitionsToTxnResponse_v2, 3: _write_AddPartitionsToTxnResponse_v3, 4: _write_AddPartitionsToTxnResponse_v4, 5: _write_AddPartitionsToTxnResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[AddPartitionsToTxnResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AddPartitionsToTxnResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AddPartitionsToTxnResponse v%d: %s' % (version, exc)) from None


def write(obj: AddPartitionsToTxnResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AddPartitionsToTxnResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
