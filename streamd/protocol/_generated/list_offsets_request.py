# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListOffsetsRequest (request, api key 2), versions 1-11."""

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

__all__ = ['ListOffsetsPartition', 'ListOffsetsRequest', 'ListOffsetsTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>iq')
_S2 = struct.Struct('>ib')
_S3 = struct.Struct('>iiq')

@dataclass(slots=True)
class ListOffsetsPartition:
    partition_index: int = 0
    current_leader_epoch: int = -1
    timestamp: int = 0
    max_num_offsets: int = 1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListOffsetsTopic:
    name: str = ''
    partitions: list[ListOffsetsPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListOffsetsRequest:
    replica_id: int = 0
    isolation_level: int = 0
    topics: list[ListOffsetsTopic] = field(default_factory=list)
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_ListOffsetsRequest_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, = _S0.unpack_from(buf, pos)
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
            item, pos = _read_ListOffsetsTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsRequest(replica_id=v_replica_id, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v1(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.replica_id)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopic_v1(item, out, chunks)


def _read_ListOffsetsTopic_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v1(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v1(item, out, chunks)


def _read_ListOffsetsPartition_v1(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_timestamp = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    return ListOffsetsPartition(partition_index=v_partition_index, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v1(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.timestamp)


def _read_ListOffsetsRequest_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListOffsetsTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v2(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopic_v2(item, out, chunks)


def _read_ListOffsetsTopic_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v2(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v2(item, out, chunks)


def _read_ListOffsetsPartition_v2(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_timestamp = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    return ListOffsetsPartition(partition_index=v_partition_index, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v2(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.timestamp)


def _read_ListOffsetsRequest_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListOffsetsTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v3(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopic_v3(item, out, chunks)


def _read_ListOffsetsTopic_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v3(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v3(item, out, chunks)


def _read_ListOffsetsPartition_v3(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_timestamp = _S1.unpack_from(buf, pos)
    pos += 12
    unknown = None
    return ListOffsetsPartition(partition_index=v_partition_index, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v3(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.timestamp)


def _read_ListOffsetsRequest_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListOffsetsTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v4(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopic_v4(item, out, chunks)


def _read_ListOffsetsTopic_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v4(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v4(item, out, chunks)


def _read_ListOffsetsPartition_v4(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v4(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)


def _read_ListOffsetsRequest_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_ListOffsetsTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v5(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListOffsetsTopic_v5(item, out, chunks)


def _read_ListOffsetsTopic_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v5(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v5(item, out, chunks)


def _read_ListOffsetsPartition_v5(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v5(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)


def _read_ListOffsetsRequest_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v6(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopic_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v6(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v6(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v6(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsRequest_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v7(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopic_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v7(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v7(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v7(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsRequest_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v8(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v8(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopic_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v8(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v8(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v8(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsRequest_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v9(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v9(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsTopic_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v9(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v9(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v9(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsRequest_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v10(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v10(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v10(item, out, chunks)
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


def _read_ListOffsetsTopic_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v10(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v10(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v10(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsRequest_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsRequest, int]:
    v_replica_id, v_isolation_level = _S2.unpack_from(buf, pos)
    pos += 5
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
            item, pos = _read_ListOffsetsTopic_v11(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsRequest(replica_id=v_replica_id, isolation_level=v_isolation_level, topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_ListOffsetsRequest_v11(o: ListOffsetsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.replica_id, o.isolation_level)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListOffsetsTopic_v11(item, out, chunks)
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


def _read_ListOffsetsTopic_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsTopic, int]:
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
            item, pos = _read_ListOffsetsPartition_v11(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ListOffsetsTopic_v11(o: ListOffsetsTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ListOffsetsPartition_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListOffsetsPartition_v11(buf: memoryview, pos: int) -> tuple[ListOffsetsPartition, int]:
    v_partition_index, v_current_leader_epoch, v_timestamp = _S3.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListOffsetsPartition(partition_index=v_partition_index, current_leader_epoch=v_current_leader_epoch, timestamp=v_timestamp, unknown_tags=unknown), pos


def _write_ListOffsetsPartition_v11(o: ListOffsetsPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.current_leader_epoch, o.timestamp)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_ListOffsetsRequest_v1, 2: _read_ListOffsetsRequest_v2, 3: _read_ListOffsetsRequest_v3, 4: _read_ListOffsetsRequest_v4, 5: _read_ListOffsetsRequest_v5, 6: _read_ListOffsetsRequest_v6, 7: _read_ListOffsetsRequest_v7, 8: _read_ListOffsetsRequest_v8, 9: _read_ListOffsetsRequest_v9, 10: _read_ListOffsetsRequest_v10, 11: _read_ListOffsetsRequest_v11}
_WRITERS = {1: _write_ListOffsetsRequest_v1, 2: _write_ListOffsetsRequest_v2, 3: _write_ListOffsetsRequest_v3, 4: _write_ListOffsetsRequest_v4, 5: _write_ListOffsetsRequest_v5, 6: _write_ListOffsetsRequest_v6, 7: _write_ListOffsetsRequest_v7, 8: _write_ListOffsetsRequest_v8, 9: _write_ListOffsetsRequest_v9, 10: _write_ListOffsetsRequest_v10, 11: _write_ListOffsetsRequest_v11}
MIN_VERSION = 1
MAX_VERSION = 11
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[ListOffsetsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListOffsetsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListOffsetsRequest v%d: %s' % (version, exc)) from None


def write(obj: ListOffsetsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListOffsetsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
