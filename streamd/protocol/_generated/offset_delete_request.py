# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetDeleteRequest (request, api key 47), versions 0-0."""

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

__all__ = ['OffsetDeleteRequest', 'OffsetDeleteRequestPartition', 'OffsetDeleteRequestTopic', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class OffsetDeleteRequestPartition:
    partition_index: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetDeleteRequestTopic:
    name: str = ''
    partitions: list[OffsetDeleteRequestPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetDeleteRequest:
    group_id: str = ''
    topics: list[OffsetDeleteRequestTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetDeleteRequest_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetDeleteRequestTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetDeleteRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetDeleteRequest_v0(o: OffsetDeleteRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
            _write_OffsetDeleteRequestTopic_v0(item, out, chunks)


def _read_OffsetDeleteRequestTopic_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteRequestTopic, int]:
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
            item, pos = _read_OffsetDeleteRequestPartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetDeleteRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetDeleteRequestTopic_v0(o: OffsetDeleteRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetDeleteRequestPartition_v0(item, out, chunks)


def _read_OffsetDeleteRequestPartition_v0(buf: memoryview, pos: int) -> tuple[OffsetDeleteRequestPartition, int]:
    v_partition_index, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return OffsetDeleteRequestPartition(partition_index=v_partition_index, unknown_tags=unknown), pos


def _write_OffsetDeleteRequestPartition_v0(o: OffsetDeleteRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index)


_READERS = {0: _read_OffsetDeleteRequest_v0}
_WRITERS = {0: _write_OffsetDeleteRequest_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 1000


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetDeleteRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetDeleteRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetDeleteRequest v%d: %s' % (version, exc)) from None


def write(obj: OffsetDeleteRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetDeleteRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
