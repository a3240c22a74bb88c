# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ElectLeadersRequest (request, api key 43), versions 0-2."""

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

__all__ = ['ElectLeadersRequest', 'TopicPartitions', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>b')

@dataclass(slots=True)
class TopicPartitions:
    topic: str = ''
    partitions: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ElectLeadersRequest:
    election_type: int = 0
    topic_partitions: list[TopicPartitions] | None = field(default_factory=list)
    timeout_ms: int = 60000
    unknown_tags: dict[int, bytes] | None = None


def _read_ElectLeadersRequest_v0(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topic_partitions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartitions_v0(buf, pos)
            v_topic_partitions.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ElectLeadersRequest(topic_partitions=v_topic_partitions, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_ElectLeadersRequest_v0(o: ElectLeadersRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_partitions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicPartitions_v0(item, out, chunks)
    out += _S0.pack(o.timeout_ms)


def _read_TopicPartitions_v0(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return TopicPartitions(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartitions_v0(o: TopicPartitions, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_ElectLeadersRequest_v1(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    v_election_type, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topic_partitions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartitions_v1(buf, pos)
            v_topic_partitions.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ElectLeadersRequest(election_type=v_election_type, topic_partitions=v_topic_partitions, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_ElectLeadersRequest_v1(o: ElectLeadersRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.election_type)
    items = o.topic_partitions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicPartitions_v1(item, out, chunks)
    out += _S0.pack(o.timeout_ms)


def _read_TopicPartitions_v1(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return TopicPartitions(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartitions_v1(o: TopicPartitions, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_ElectLeadersRequest_v2(buf: memoryview, pos: int) -> tuple[ElectLeadersRequest, int]:
    v_election_type, = _S1.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topic_partitions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartitions_v2(buf, pos)
            v_topic_partitions.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ElectLeadersRequest(election_type=v_election_type, topic_partitions=v_topic_partitions, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_ElectLeadersRequest_v2(o: ElectLeadersRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.election_type)
    items = o.topic_partitions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicPartitions_v2(item, out, chunks)
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


def _read_TopicPartitions_v2(buf: memoryview, pos: int) -> tuple[TopicPartitions, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicPartitions(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartitions_v2(o: TopicPartitions, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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


_READERS = {0: _read_ElectLeadersRequest_v0, 1: _read_ElectLeadersRequest_v1, 2: _read_ElectLeadersRequest_v2}
_WRITERS = {0: _write_ElectLeadersRequest_v0, 1: _write_ElectLeadersRequest_v1, 2: _write_ElectLeadersRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[ElectLeadersRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ElectLeadersRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ElectLeadersRequest v%d: %s' % (version, exc)) from None


def write(obj: ElectLeadersRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ElectLeadersRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
