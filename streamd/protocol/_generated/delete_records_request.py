# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteRecordsRequest (request, api key 21), versions 0-2."""

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

__all__ = ['DeleteRecordsPartition', 'DeleteRecordsRequest', 'DeleteRecordsTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>iq')

@dataclass(slots=True)
class DeleteRecordsPartition:
    partition_index: int = 0
    offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteRecordsTopic:
    name: str = ''
    partitions: list[DeleteRecordsPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteRecordsRequest:
    topics: list[DeleteRecordsTopic] = field(default_factory=list)
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_DeleteRecordsRequest_v0(buf: memoryview, pos: int) -> tuple[DeleteRecordsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_DeleteRecordsTopic_v0(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DeleteRecordsRequest(topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteRecordsRequest_v0(o: DeleteRecordsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeleteRecordsTopic_v0(item, out, chunks)
    out += _S0.pack(o.timeout_ms)


def _read_DeleteRecordsTopic_v0(buf: memoryview, pos: int) -> tuple[DeleteRecordsTopic, int]:
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
            item, pos = _read_DeleteRecordsPartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return DeleteRecordsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DeleteRecordsTopic_v0(o: DeleteRecordsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DeleteRecordsPartition_v0(item, out, chunks)


def _read_DeleteRecordsPartition_v0(buf: memoryview, pos: int) -> tuple[DeleteRecordsPartition, int]:
    v_partition_index, v_offset = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    return DeleteRecordsPartition(partition_index=v_partition_index, offset=v_offset, unknown_tags=unknown), pos


def _write_DeleteRecordsPartition_v0(o: DeleteRecordsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.offset)


def _read_DeleteRecordsRequest_v1(buf: memoryview, pos: int) -> tuple[DeleteRecordsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_DeleteRecordsTopic_v1(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DeleteRecordsRequest(topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteRecordsRequest_v1(o: DeleteRecordsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeleteRecordsTopic_v1(item, out, chunks)
    out += _S0.pack(o.timeout_ms)


def _read_DeleteRecordsTopic_v1(buf: memoryview, pos: int) -> tuple[DeleteRecordsTopic, int]:
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
            item, pos = _read_DeleteRecordsPartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return DeleteRecordsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DeleteRecordsTopic_v1(o: DeleteRecordsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DeleteRecordsPartition_v1(item, out, chunks)


def _read_DeleteRecordsPartition_v1(buf: memoryview, pos: int) -> tuple[DeleteRecordsPartition, int]:
    v_partition_index, v_offset = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    return DeleteRecordsPartition(partition_index=v_partition_index, offset=v_offset, unknown_tags=unknown), pos


def _write_DeleteRecordsPartition_v1(o: DeleteRecordsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.offset)


def _read_DeleteRecordsRequest_v2(buf: memoryview, pos: int) -> tuple[DeleteRecordsRequest, int]:
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
            item, pos = _read_DeleteRecordsTopic_v2(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteRecordsRequest(topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteRecordsRequest_v2(o: DeleteRecordsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteRecordsTopic_v2(item, out, chunks)
    out += _S0.pack(o.timeout_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteRecordsTopic_v2(buf: memoryview, pos: int) -> tuple[DeleteRecordsTopic, int]:
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
            item, pos = _read_DeleteRecordsPartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteRecordsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_DeleteRecordsTopic_v2(o: DeleteRecordsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_DeleteRecordsPartition_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteRecordsPartition_v2(buf: memoryview, pos: int) -> tuple[DeleteRecordsPartition, int]:
    v_partition_index, v_offset = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteRecordsPartition(partition_index=v_partition_index, offset=v_offset, unknown_tags=unknown), pos


def _write_DeleteRecordsPartition_v2(o: DeleteRecordsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DeleteRecordsRequest_v0, 1: _read_DeleteRecordsRequest_v1, 2: _read_DeleteRecordsRequest_v2}
_WRITERS = {0: _write_DeleteRecordsRequest_v0, 1: _write_DeleteRecordsRequest_v1, 2: _write_DeleteRecordsRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteRecordsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DeleteRecordsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DeleteRecordsRequest v%d: %s' % (version, exc)) from None


def write(obj: DeleteRecordsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DeleteRecordsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
