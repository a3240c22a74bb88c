# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""WriteTxnMarkersResponse (response, api key 27), versions 1-2."""

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

__all__ = ['WritableTxnMarkerPartitionResult', 'WritableTxnMarkerResult', 'WritableTxnMarkerTopicResult', 'WriteTxnMarkersResponse', "read", "write"]

_S0 = struct.Struct('>q')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class WritableTxnMarkerPartitionResult:
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class WritableTxnMarkerTopicResult:
    name: str = ''
    partitions: list[WritableTxnMarkerPartitionResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class WritableTxnMarkerResult:
    producer_id: int = 0
    topics: list[WritableTxnMarkerTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class WriteTxnMarkersResponse:
    markers: list[WritableTxnMarkerResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_WriteTxnMarkersResponse_v1(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Markers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_markers = []
        for _ in range(n):
            item, pos = _read_WritableTxnMarkerResult_v1(buf, pos)
            v_markers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WriteTxnMarkersResponse(markers=v_markers, unknown_tags=unknown), pos


def _write_WriteTxnMarkersResponse_v1(o: WriteTxnMarkersResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.markers
    if items is None:
        raise ValueError('non-nullable field Markers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerResult_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerResult_v1(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerResult, int]:
    v_producer_id, = _S0.unpack_from(buf, pos)
    pos += 8
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
            item, pos = _read_WritableTxnMarkerTopicResult_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerResult(producer_id=v_producer_id, topics=v_topics, unknown_tags=unknown), pos


def _write_WritableTxnMarkerResult_v1(o: WritableTxnMarkerResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.producer_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerTopicResult_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerTopicResult_v1(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerTopicResult, int]:
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
            item, pos = _read_WritableTxnMarkerPartitionResult_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerTopicResult(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_WritableTxnMarkerTopicResult_v1(o: WritableTxnMarkerTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
            _write_WritableTxnMarkerPartitionResult_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerPartitionResult_v1(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerPartitionResult, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerPartitionResult(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_WritableTxnMarkerPartitionResult_v1(o: WritableTxnMarkerPartitionResult, out: bytearray, chunks: list[Any]) -> None:
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


def _read_WriteTxnMarkersResponse_v2(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Markers was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_markers = []
        for _ in range(n):
            item, pos = _read_WritableTxnMarkerResult_v2(buf, pos)
            v_markers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WriteTxnMarkersResponse(markers=v_markers, unknown_tags=unknown), pos


def _write_WriteTxnMarkersResponse_v2(o: WriteTxnMarkersResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.markers
    if items is None:
        raise ValueError('non-nullable field Markers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerResult_v2(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerResult, int]:
    v_producer_id, = _S0.unpack_from(buf, pos)
    pos += 8
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
            item, pos = _read_WritableTxnMarkerTopicResult_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerResult(producer_id=v_producer_id, topics=v_topics, unknown_tags=unknown), pos


def _write_WritableTxnMarkerResult_v2(o: WritableTxnMarkerResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.producer_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerTopicResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerTopicResult_v2(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerTopicResult, int]:
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
            item, pos = _read_WritableTxnMarkerPartitionResult_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerTopicResult(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_WritableTxnMarkerTopicResult_v2(o: WritableTxnMarkerTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
            _write_WritableTxnMarkerPartitionResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerPartitionResult_v2(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerPartitionResult, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerPartitionResult(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_WritableTxnMarkerPartitionResult_v2(o: WritableTxnMarkerPartitionResult, out: bytearray, chunks: list[Any]) -> None:
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


_READERS = {1: _read_WriteTxnMarkersResponse_v1, 2: _read_WriteTxnMarkersResponse_v2}
_WRITERS = {1: _write_WriteTxnMarkersResponse_v1, 2: _write_WriteTxnMarkersResponse_v2}
MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[WriteTxnMarkersResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('WriteTxnMarkersResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode WriteTxnMarkersResponse v%d: %s' % (version, exc)) from None


def write(obj: WriteTxnMarkersResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('WriteTxnMarkersResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
