# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""WriteTxnMarkersRequest (request, api key 27), versions 1-2."""

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

__all__ = ['WritableTxnMarker', 'WritableTxnMarkerTopic', 'WriteTxnMarkersRequest', "read", "write"]

_S0 = struct.Struct('>qh?')
_S1 = struct.Struct('>i')
_S2 = struct.Struct('>ib')

@dataclass(slots=True)
class WritableTxnMarkerTopic:
    name: str = ''
    partition_indexes: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class WritableTxnMarker:
    producer_id: int = 0
    producer_epoch: int = 0
    transaction_result: bool = False
    topics: list[WritableTxnMarkerTopic] = field(default_factory=list)
    coordinator_epoch: int = 0
    transaction_version: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class WriteTxnMarkersRequest:
    markers: list[WritableTxnMarker] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_WriteTxnMarkersRequest_v1(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
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
            item, pos = _read_WritableTxnMarker_v1(buf, pos)
            v_markers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WriteTxnMarkersRequest(markers=v_markers, unknown_tags=unknown), pos


def _write_WriteTxnMarkersRequest_v1(o: WriteTxnMarkersRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.markers
    if items is None:
        raise ValueError('non-nullable field Markers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarker_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarker_v1(buf: memoryview, pos: int) -> tuple[WritableTxnMarker, int]:
    v_producer_id, v_producer_epoch, v_transaction_result = _S0.unpack_from(buf, pos)
    pos += 11
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
            item, pos = _read_WritableTxnMarkerTopic_v1(buf, pos)
            v_topics.append(item)
    v_coordinator_epoch, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarker(producer_id=v_producer_id, producer_epoch=v_producer_epoch, transaction_result=v_transaction_result, topics=v_topics, coordinator_epoch=v_coordinator_epoch, unknown_tags=unknown), pos


def _write_WritableTxnMarker_v1(o: WritableTxnMarker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.producer_id, o.producer_epoch, o.transaction_result)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerTopic_v1(item, out, chunks)
    out += _S1.pack(o.coordinator_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerTopic_v1(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_WritableTxnMarkerTopic_v1(o: WritableTxnMarkerTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
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


def _read_WriteTxnMarkersRequest_v2(buf: memoryview, pos: int) -> tuple[WriteTxnMarkersRequest, int]:
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
            item, pos = _read_WritableTxnMarker_v2(buf, pos)
            v_markers.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WriteTxnMarkersRequest(markers=v_markers, unknown_tags=unknown), pos


def _write_WriteTxnMarkersRequest_v2(o: WriteTxnMarkersRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.markers
    if items is None:
        raise ValueError('non-nullable field Markers is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarker_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarker_v2(buf: memoryview, pos: int) -> tuple[WritableTxnMarker, int]:
    v_producer_id, v_producer_epoch, v_transaction_result = _S0.unpack_from(buf, pos)
    pos += 11
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
            item, pos = _read_WritableTxnMarkerTopic_v2(buf, pos)
            v_topics.append(item)
    v_coordinator_epoch, v_transaction_version = _S2.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarker(producer_id=v_producer_id, producer_epoch=v_producer_epoch, transaction_result=v_transaction_result, topics=v_topics, coordinator_epoch=v_coordinator_epoch, transaction_version=v_transaction_version, unknown_tags=unknown), pos


def _write_WritableTxnMarker_v2(o: WritableTxnMarker, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.producer_id, o.producer_epoch, o.transaction_result)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_WritableTxnMarkerTopic_v2(item, out, chunks)
    out += _S2.pack(o.coordinator_epoch, o.transaction_version)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_WritableTxnMarkerTopic_v2(buf: memoryview, pos: int) -> tuple[WritableTxnMarkerTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return WritableTxnMarkerTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_WritableTxnMarkerTopic_v2(o: WritableTxnMarkerTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
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


_READERS = {1: _read_WriteTxnMarkersRequest_v1, 2: _read_WriteTxnMarkersRequest_v2}
_WRITERS = {1: _write_WriteTxnMarkersRequest_v1, 2: _write_WriteTxnMarkersRequest_v2}
MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[WriteTxnMarkersRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('WriteTxnMarkersRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode WriteTxnMarkersRequest v%d: %s' % (version, exc)) from None


def write(obj: WriteTxnMarkersRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('WriteTxnMarkersRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
