# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListPartitionReassignmentsResponse (response, api key 46), versions 0-0."""

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

__all__ = ['ListPartitionReassignmentsResponse', 'OngoingPartitionReassignment', 'OngoingTopicReassignment', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class OngoingPartitionReassignment:
    partition_index: int = 0
    replicas: list[int] = field(default_factory=list)
    adding_replicas: list[int] = field(default_factory=list)
    removing_replicas: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OngoingTopicReassignment:
    name: str = ''
    partitions: list[OngoingPartitionReassignment] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListPartitionReassignmentsResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    error_message: str | None = ''
    topics: list[OngoingTopicReassignment] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListPartitionReassignmentsResponse_v0(buf: memoryview, pos: int) -> tuple[ListPartitionReassignmentsResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
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
            item, pos = _read_OngoingTopicReassignment_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListPartitionReassignmentsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, topics=v_topics, unknown_tags=unknown), pos


def _write_ListPartitionReassignmentsResponse_v0(o: ListPartitionReassignmentsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OngoingTopicReassignment_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OngoingTopicReassignment_v0(buf: memoryview, pos: int) -> tuple[OngoingTopicReassignment, int]:
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
            item, pos = _read_OngoingPartitionReassignment_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OngoingTopicReassignment(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OngoingTopicReassignment_v0(o: OngoingTopicReassignment, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OngoingPartitionReassignment_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OngoingPartitionReassignment_v0(buf: memoryview, pos: int) -> tuple[OngoingPartitionReassignment, int]:
    v_partition_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Replicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field AddingReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_adding_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RemovingReplicas was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_removing_replicas = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OngoingPartitionReassignment(partition_index=v_partition_index, replicas=v_replicas, adding_replicas=v_adding_replicas, removing_replicas=v_removing_replicas, unknown_tags=unknown), pos


def _write_OngoingPartitionReassignment_v0(o: OngoingPartitionReassignment, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index)
    items = o.replicas
    if items is None:
        raise ValueError('non-nullable field Replicas is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.adding_replicas
    if items is None:
        raise ValueError('non-nullable field AddingReplicas is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%di' % len(items), *items)
    items = o.removing_replicas
    if items is None:
        raise ValueError('non-nullable field RemovingReplicas is None')
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


_READERS = {0: _read_ListPartitionReassignmentsResponse_v0}
_WRITERS = {0: _write_ListPartitionReassignmentsResponse_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListPartitionReassignmentsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListPartitionReassignmentsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListPartitionReassignmentsResponse v%d: %s' % (version, exc)) from None


def write(obj: ListPartitionReassignmentsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListPartitionReassignmentsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
