# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetDeleteResponse (response, api key 47), versions 0-0."""

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

__all__ = ['OffsetDeleteResponse', 'OffsetDeleteResponsePartition', 'OffsetDeleteResponseTopic', "read", "write"]

_S0 = struct.Struct('>hi')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class OffsetDeleteResponsePartition:
    partition_index: int = 0
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetDeleteResponseTopic:
    name: str = ''
    partitions: list[OffsetDeleteResponsePartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetDeleteResponse:
    error_code: int = 0
    throttle_time_ms: int = 0
    topics: list[OffsetDeleteResponseTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetDeleteResponse_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteResponse, int]:
    v_error_code, v_throttle_time_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetDeleteResponseTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetDeleteResponse(error_code=v_error_code, throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetDeleteResponse_v0(o: OffsetDeleteResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code, o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetDeleteResponseTopic_v0(item, out, chunks)


def _read_OffsetDeleteResponseTopic_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteResponseTopic, int]:
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
            item, pos = _read_OffsetDeleteResponsePartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetDeleteResponseTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetDeleteResponseTopic_v0(o: OffsetDeleteResponseTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetDeleteResponsePartition_v0(item, out, chunks)


def _read_OffsetDeleteResponsePartition_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteResponsePartition, int]:
    v_partition_index, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return OffsetDeleteResponsePartition(partition_index=v_partition_index, error_code=v_error_code, unknown_tags=unknown), pos


def _write_OffsetDeleteResponsePartition_v0(o: OffsetDeleteResponsePartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code)


_READERS = {0: _read_OffsetDeleteResponse_v0}
_WRITERS = {0: _write_OffsetDeleteResponse_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 1000


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetDeleteResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetDeleteResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetDeleteResponse v%d: %s' % (version, exc)) from None


def write(obj: OffsetDeleteResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetDeleteResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
