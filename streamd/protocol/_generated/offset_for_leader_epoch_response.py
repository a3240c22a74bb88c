# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetForLeaderEpochResponse (response, api key 23), versions 2-4."""

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

__all__ = ['EpochEndOffset', 'OffsetForLeaderEpochResponse', 'OffsetForLeaderTopicResult', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>hiiq')

@dataclass(slots=True)
class EpochEndOffset:
    error_code: int = 0
    partition: int = 0
    leader_epoch: int = -1
    end_offset: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetForLeaderTopicResult:
    topic: str = ''
    partitions: list[EpochEndOffset] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetForLeaderEpochResponse:
    throttle_time_ms: int = 0
    topics: list[OffsetForLeaderTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetForLeaderEpochResponse_v2(buf: memoryview, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
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
            item, pos = _read_OffsetForLeaderTopicResult_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetForLeaderEpochResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetForLeaderEpochResponse_v2(o: OffsetForLeaderEpochResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetForLeaderTopicResult_v2(item, out, chunks)


def _read_OffsetForLeaderTopicResult_v2(buf: memoryview, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
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
        v_partitions = []
        for _ in range(n):
            item, pos = _read_EpochEndOffset_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetForLeaderTopicResult(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetForLeaderTopicResult_v2(o: OffsetForLeaderTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
        for item in items:
            _write_EpochEndOffset_v2(item, out, chunks)


def _read_EpochEndOffset_v2(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_error_code, v_partition, v_leader_epoch, v_end_offset = _S1.unpack_from(buf, pos)
    pos += 18
    unknown = None
    return EpochEndOffset(error_code=v_error_code, partition=v_partition, leader_epoch=v_leader_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v2(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset)


def _read_OffsetForLeaderEpochResponse_v3(buf: memoryview, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
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
            item, pos = _read_OffsetForLeaderTopicResult_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetForLeaderEpochResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetForLeaderEpochResponse_v3(o: OffsetForLeaderEpochResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetForLeaderTopicResult_v3(item, out, chunks)


def _read_OffsetForLeaderTopicResult_v3(buf: memoryview, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
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
        v_partitions = []
        for _ in range(n):
            item, pos = _read_EpochEndOffset_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetForLeaderTopicResult(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetForLeaderTopicResult_v3(o: OffsetForLeaderTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
        for item in items:
            _write_EpochEndOffset_v3(item, out, chunks)


def _read_EpochEndOffset_v3(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_error_code, v_partition, v_leader_epoch, v_end_offset = _S1.unpack_from(buf, pos)
    pos += 18
    unknown = None
    return EpochEndOffset(error_code=v_error_code, partition=v_partition, leader_epoch=v_leader_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v3(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset)


def _read_OffsetForLeaderEpochResponse_v4(buf: memoryview, pos: int) -> tuple[OffsetForLeaderEpochResponse, int]:
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
            item, pos = _read_OffsetForLeaderTopicResult_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetForLeaderEpochResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetForLeaderEpochResponse_v4(o: OffsetForLeaderEpochResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetForLeaderTopicResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetForLeaderTopicResult_v4(buf: memoryview, pos: int) -> tuple[OffsetForLeaderTopicResult, int]:
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
        v_partitions = []
        for _ in range(n):
            item, pos = _read_EpochEndOffset_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetForLeaderTopicResult(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetForLeaderTopicResult_v4(o: OffsetForLeaderTopicResult, out: bytearray, chunks: list[Any]) -> None:
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
        for item in items:
            _write_EpochEndOffset_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_EpochEndOffset_v4(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_error_code, v_partition, v_leader_epoch, v_end_offset = _S1.unpack_from(buf, pos)
    pos += 18
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(error_code=v_error_code, partition=v_partition, leader_epoch=v_leader_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v4(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code, o.partition, o.leader_epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {2: _read_OffsetForLeaderEpochResponse_v2, 3: _read_OffsetForLeaderEpochResponse_v3, 4: _read_OffsetForLeaderEpochResponse_v4}
_WRITERS = {2: _write_OffsetForLeaderEpochResponse_v2, 3: _write_OffsetForLeaderEpochResponse_v3, 4: _write_OffsetForLeaderEpochResponse_v4}
MIN_VERSION = 2
MAX_VERSION = 4
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetForLeaderEpochResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetForLeaderEpochResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetForLeaderEpochResponse v%d: %s' % (version, exc)) from None


def write(obj: OffsetForLeaderEpochResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetForLeaderEpochResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
