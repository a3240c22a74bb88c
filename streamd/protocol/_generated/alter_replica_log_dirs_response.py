# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterReplicaLogDirsResponse (response, api key 34), versions 1-2."""

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

__all__ = ['AlterReplicaLogDirPartitionResult', 'AlterReplicaLogDirTopicResult', 'AlterReplicaLogDirsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class AlterReplicaLogDirPartitionResult:
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterReplicaLogDirTopicResult:
    topic_name: str = ''
    partitions: list[AlterReplicaLogDirPartitionResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterReplicaLogDirsResponse:
    throttle_time_ms: int = 0
    results: list[AlterReplicaLogDirTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterReplicaLogDirsResponse_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirsResponse, int]:
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
            item, pos = _read_AlterReplicaLogDirTopicResult_v1(buf, pos)
            v_results.append(item)
    unknown = None
    return AlterReplicaLogDirsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirsResponse_v1(o: AlterReplicaLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterReplicaLogDirTopicResult_v1(item, out, chunks)


def _read_AlterReplicaLogDirTopicResult_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TopicName was null')
    else:
        end = check_length(buf, pos, n)
        v_topic_name = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_AlterReplicaLogDirPartitionResult_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return AlterReplicaLogDirTopicResult(topic_name=v_topic_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirTopicResult_v1(o: AlterReplicaLogDirTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
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
            _write_AlterReplicaLogDirPartitionResult_v1(item, out, chunks)


def _read_AlterReplicaLogDirPartitionResult_v1(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return AlterReplicaLogDirPartitionResult(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirPartitionResult_v1(o: AlterReplicaLogDirPartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)


def _read_AlterReplicaLogDirsResponse_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirsResponse, int]:
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
            item, pos = _read_AlterReplicaLogDirTopicResult_v2(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDirsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirsResponse_v2(o: AlterReplicaLogDirsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterReplicaLogDirTopicResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterReplicaLogDirTopicResult_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirTopicResult, int]:
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
            item, pos = _read_AlterReplicaLogDirPartitionResult_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDirTopicResult(topic_name=v_topic_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirTopicResult_v2(o: AlterReplicaLogDirTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
            _write_AlterReplicaLogDirPartitionResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterReplicaLogDirPartitionResult_v2(buf: memoryview, pos: int) -> tuple[AlterReplicaLogDirPartitionResult, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterReplicaLogDirPartitionResult(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_AlterReplicaLogDirPartitionResult_v2(o: AlterReplicaLogDirPartitionResult, out: bytearray, chunks: list[Any]) -> None:
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


_READERS = {1: _read_AlterReplicaLogDirsResponse_v1, 2: _read_AlterReplicaLogDirsResponse_v2}
_WRITERS = {1: _write_AlterReplicaLogDirsResponse_v1, 2: _write_AlterReplicaLogDirsResponse_v2}
MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterReplicaLogDirsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterReplicaLogDirsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterReplicaLogDirsResponse v%d: %s' % (version, exc)) from None


def write(obj: AlterReplicaLogDirsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterReplicaLogDirsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
