# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListPartitionReassignmentsRequest (request, api key 46), versions 0-0."""

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

__all__ = ['ListPartitionReassignmentsRequest', 'ListPartitionReassignmentsTopics', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class ListPartitionReassignmentsTopics:
    name: str = ''
    partition_indexes: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListPartitionReassignmentsRequest:
    timeout_ms: int = 60000
    topics: list[ListPartitionReassignmentsTopics] | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_ListPartitionReassignmentsRequest_v0(buf: memoryview, pos: int) -> tuple[ListPartitionReassignmentsRequest, int]:
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListPartitionReassignmentsTopics_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListPartitionReassignmentsRequest(timeout_ms=v_timeout_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_ListPartitionReassignmentsRequest_v0(o: ListPartitionReassignmentsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.timeout_ms)
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListPartitionReassignmentsTopics_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListPartitionReassignmentsTopics_v0(buf: memoryview, pos: int) -> tuple[ListPartitionReassignmentsTopics, int]:
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
    return ListPartitionReassignmentsTopics(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_ListPartitionReassignmentsTopics_v0(o: ListPartitionReassignmentsTopics, out: bytearray, chunks: list[Any]) -> None:
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


_READERS = {0: _read_ListPartitionReassignmentsRequest_v0}
_WRITERS = {0: _write_ListPartitionReassignmentsRequest_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListPartitionReassignmentsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListPartitionReassignmentsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListPartitionReassignmentsRequest v%d: %s' % (version, exc)) from None


def write(obj: ListPartitionReassignmentsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListPartitionReassignmentsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
