# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetFetchRequest (request, api key 9), versions 1-10."""

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

__all__ = ['OffsetFetchRequest', 'OffsetFetchRequestGroup', 'OffsetFetchRequestTopic', 'OffsetFetchRequestTopics', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class OffsetFetchRequestTopic:
    name: str = ''
    partition_indexes: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchRequestTopics:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partition_indexes: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchRequestGroup:
    group_id: str = ''
    member_id: str | None = None
    member_epoch: int = -1
    topics: list[OffsetFetchRequestTopics] | None = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetFetchRequest:
    group_id: str = ''
    topics: list[OffsetFetchRequestTopic] | None = field(default_factory=list)
    groups: list[OffsetFetchRequestGroup] = field(default_factory=list)
    require_stable: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetFetchRequest_v1(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
            item, pos = _read_OffsetFetchRequestTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v1(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetFetchRequestTopic_v1(item, out, chunks)


def _read_OffsetFetchRequestTopic_v1(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v1(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_OffsetFetchRequest_v2(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v2(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchRequestTopic_v2(item, out, chunks)


def _read_OffsetFetchRequestTopic_v2(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v2(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_OffsetFetchRequest_v3(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v3(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchRequestTopic_v3(item, out, chunks)


def _read_OffsetFetchRequestTopic_v3(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v3(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_OffsetFetchRequest_v4(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v4(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchRequestTopic_v4(item, out, chunks)


def _read_OffsetFetchRequestTopic_v4(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v4(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_OffsetFetchRequest_v5(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
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
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v5(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetFetchRequestTopic_v5(item, out, chunks)


def _read_OffsetFetchRequestTopic_v5(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
        raise DecodeError('non-nullable field PartitionIndexes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_indexes = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v5(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_indexes
    if items is None:
        raise ValueError('non-nullable field PartitionIndexes is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_OffsetFetchRequest_v6(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
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
            item, pos = _read_OffsetFetchRequestTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v6(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestTopic_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestTopic_v6(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v6(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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


def _read_OffsetFetchRequest_v7(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
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
            item, pos = _read_OffsetFetchRequestTopic_v7(buf, pos)
            v_topics.append(item)
    v_require_stable, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequest(group_id=v_group_id, topics=v_topics, require_stable=v_require_stable, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v7(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestTopic_v7(item, out, chunks)
    out += _S0.pack(o.require_stable)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestTopic_v7(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopic, int]:
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
    return OffsetFetchRequestTopic(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopic_v7(o: OffsetFetchRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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


def _read_OffsetFetchRequest_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestGroup_v8(buf, pos)
            v_groups.append(item)
    v_require_stable, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequest(groups=v_groups, require_stable=v_require_stable, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v8(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestGroup_v8(item, out, chunks)
    out += _S0.pack(o.require_stable)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestGroup_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
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
            item, pos = _read_OffsetFetchRequestTopics_v8(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequestGroup(group_id=v_group_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequestGroup_v8(o: OffsetFetchRequestGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestTopics_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestTopics_v8(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopics, int]:
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
    return OffsetFetchRequestTopics(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopics_v8(o: OffsetFetchRequestTopics, out: bytearray, chunks: list[Any]) -> None:
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


def _read_OffsetFetchRequest_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestGroup_v9(buf, pos)
            v_groups.append(item)
    v_require_stable, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequest(groups=v_groups, require_stable=v_require_stable, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v9(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestGroup_v9(item, out, chunks)
    out += _S0.pack(o.require_stable)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestGroup_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_member_id = None
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_member_epoch, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchRequestTopics_v9(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequestGroup(group_id=v_group_id, member_id=v_member_id, member_epoch=v_member_epoch, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequestGroup_v9(o: OffsetFetchRequestGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.member_epoch)
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestTopics_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestTopics_v9(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopics, int]:
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
    return OffsetFetchRequestTopics(name=v_name, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopics_v9(o: OffsetFetchRequestTopics, out: bytearray, chunks: list[Any]) -> None:
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


def _read_OffsetFetchRequest_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_OffsetFetchRequestGroup_v10(buf, pos)
            v_groups.append(item)
    v_require_stable, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequest(groups=v_groups, require_stable=v_require_stable, unknown_tags=unknown), pos


def _write_OffsetFetchRequest_v10(o: OffsetFetchRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestGroup_v10(item, out, chunks)
    out += _S0.pack(o.require_stable)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestGroup_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_member_id = None
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_member_epoch, = _S1.unpack_from(buf, pos)
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
            item, pos = _read_OffsetFetchRequestTopics_v10(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetFetchRequestGroup(group_id=v_group_id, member_id=v_member_id, member_epoch=v_member_epoch, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetFetchRequestGroup_v10(o: OffsetFetchRequestGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.member_epoch)
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetFetchRequestTopics_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetFetchRequestTopics_v10(buf: memoryview, pos: int) -> tuple[OffsetFetchRequestTopics, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
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
    return OffsetFetchRequestTopics(topic_id=v_topic_id, partition_indexes=v_partition_indexes, unknown_tags=unknown), pos


def _write_OffsetFetchRequestTopics_v10(o: OffsetFetchRequestTopics, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
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


_READERS = {1: _read_OffsetFetchRequest_v1, 2: _read_OffsetFetchRequest_v2, 3: _read_OffsetFetchRequest_v3, 4: _read_OffsetFetchRequest_v4, 5: _read_OffsetFetchRequest_v5, 6: _read_OffsetFetchRequest_v6, 7: _read_OffsetFetchRequest_v7, 8: _read_OffsetFetchRequest_v8, 9: _read_OffsetFetchRequest_v9, 10: _read_OffsetFetchRequest_v10}
_WRITERS = {1: _write_OffsetFetchRequest_v1, 2: _write_OffsetFetchRequest_v2, 3: _write_OffsetFetchRequest_v3, 4: _write_OffsetFetchRequest_v4, 5: _write_OffsetFetchRequest_v5, 6: _write_OffsetFetchRequest_v6, 7: _write_OffsetFetchRequest_v7, 8: _write_OffsetFetchRequest_v8, 9: _write_OffsetFetchRequest_v9, 10: _write_OffsetFetchRequest_v10}
MIN_VERSION = 1
MAX_VERSION = 10
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetFetchRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetFetchRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetFetchRequest v%d: %s' % (version, exc)) from None


def write(obj: OffsetFetchRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetFetchRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
