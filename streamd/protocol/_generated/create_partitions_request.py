# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreatePartitionsRequest (request, api key 37), versions 0-3."""

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

__all__ = ['CreatePartitionsAssignment', 'CreatePartitionsRequest', 'CreatePartitionsTopic', "read", "write"]

_S0 = struct.Struct('>i?')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class CreatePartitionsAssignment:
    broker_ids: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreatePartitionsTopic:
    name: str = ''
    count: int = 0
    assignments: list[CreatePartitionsAssignment] | None = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreatePartitionsRequest:
    topics: list[CreatePartitionsTopic] = field(default_factory=list)
    timeout_ms: int = 0
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_CreatePartitionsRequest_v0(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsTopic_v0(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    return CreatePartitionsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreatePartitionsRequest_v0(o: CreatePartitionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatePartitionsTopic_v0(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)


def _read_CreatePartitionsTopic_v0(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_count, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_assignments = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsAssignment_v0(buf, pos)
            v_assignments.append(item)
    unknown = None
    return CreatePartitionsTopic(name=v_name, count=v_count, assignments=v_assignments, unknown_tags=unknown), pos


def _write_CreatePartitionsTopic_v0(o: CreatePartitionsTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.count)
    items = o.assignments
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatePartitionsAssignment_v0(item, out, chunks)


def _read_CreatePartitionsAssignment_v0(buf: memoryview, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return CreatePartitionsAssignment(broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatePartitionsAssignment_v0(o: CreatePartitionsAssignment, out: bytearray, chunks: list[Any]) -> None:
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_CreatePartitionsRequest_v1(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsTopic_v1(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    return CreatePartitionsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreatePartitionsRequest_v1(o: CreatePartitionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatePartitionsTopic_v1(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)


def _read_CreatePartitionsTopic_v1(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_count, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_assignments = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsAssignment_v1(buf, pos)
            v_assignments.append(item)
    unknown = None
    return CreatePartitionsTopic(name=v_name, count=v_count, assignments=v_assignments, unknown_tags=unknown), pos


def _write_CreatePartitionsTopic_v1(o: CreatePartitionsTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.count)
    items = o.assignments
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatePartitionsAssignment_v1(item, out, chunks)


def _read_CreatePartitionsAssignment_v1(buf: memoryview, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return CreatePartitionsAssignment(broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatePartitionsAssignment_v1(o: CreatePartitionsAssignment, out: bytearray, chunks: list[Any]) -> None:
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_CreatePartitionsRequest_v2(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
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
            item, pos = _read_CreatePartitionsTopic_v2(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreatePartitionsRequest_v2(o: CreatePartitionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatePartitionsTopic_v2(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatePartitionsTopic_v2(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
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
    v_count, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_assignments = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsAssignment_v2(buf, pos)
            v_assignments.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsTopic(name=v_name, count=v_count, assignments=v_assignments, unknown_tags=unknown), pos


def _write_CreatePartitionsTopic_v2(o: CreatePartitionsTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.count)
    items = o.assignments
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatePartitionsAssignment_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatePartitionsAssignment_v2(buf: memoryview, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsAssignment(broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatePartitionsAssignment_v2(o: CreatePartitionsAssignment, out: bytearray, chunks: list[Any]) -> None:
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
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


def _read_CreatePartitionsRequest_v3(buf: memoryview, pos: int) -> tuple[CreatePartitionsRequest, int]:
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
            item, pos = _read_CreatePartitionsTopic_v3(buf, pos)
            v_topics.append(item)
    v_timeout_ms, v_validate_only = _S0.unpack_from(buf, pos)
    pos += 5
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsRequest(topics=v_topics, timeout_ms=v_timeout_ms, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_CreatePartitionsRequest_v3(o: CreatePartitionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatePartitionsTopic_v3(item, out, chunks)
    out += _S0.pack(o.timeout_ms, o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatePartitionsTopic_v3(buf: memoryview, pos: int) -> tuple[CreatePartitionsTopic, int]:
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
    v_count, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_assignments = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_assignments = []
        for _ in range(n):
            item, pos = _read_CreatePartitionsAssignment_v3(buf, pos)
            v_assignments.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsTopic(name=v_name, count=v_count, assignments=v_assignments, unknown_tags=unknown), pos


def _write_CreatePartitionsTopic_v3(o: CreatePartitionsTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.count)
    items = o.assignments
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatePartitionsAssignment_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatePartitionsAssignment_v3(buf: memoryview, pos: int) -> tuple[CreatePartitionsAssignment, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field BrokerIds was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_broker_ids = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatePartitionsAssignment(broker_ids=v_broker_ids, unknown_tags=unknown), pos


def _write_CreatePartitionsAssignment_v3(o: CreatePartitionsAssignment, out: bytearray, chunks: list[Any]) -> None:
    items = o.broker_ids
    if items is None:
        raise ValueError('non-nullable field BrokerIds is None')
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


_READERS = {0: _read_CreatePartitionsRequest_v0, 1: _read_CreatePartitionsRequest_v1, 2: _read_CreatePartitionsRequest_v2, 3: _read_CreatePartitionsRequest_v3}
_WRITERS = {0: _write_CreatePartitionsRequest_v0, 1: _write_CreatePartitionsRequest_v1, 2: _write_CreatePartitionsRequest_v2, 3: _write_CreatePartitionsRequest_v3}
MIN_VERSION = 0
MAX_VERSION = 3
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[CreatePartitionsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('CreatePartitionsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode CreatePartitionsRequest v%d: %s' % (version, exc)) from None


def write(obj: CreatePartitionsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('CreatePartitionsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
