# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""OffsetCommitRequest (request, api key 8), versions 2-10."""

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

__all__ = ['OffsetCommitRequest', 'OffsetCommitRequestPartition', 'OffsetCommitRequestTopic', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>q')
_S2 = struct.Struct('>iq')
_S3 = struct.Struct('>iqi')

@dataclass(slots=True)
class OffsetCommitRequestPartition:
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    commit_timestamp: int = -1
    committed_metadata: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetCommitRequestTopic:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[OffsetCommitRequestPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class OffsetCommitRequest:
    group_id: str = ''
    generation_id_or_member_epoch: int = -1
    member_id: str = ''
    group_instance_id: str | None = None
    retention_time_ms: int = -1
    topics: list[OffsetCommitRequestTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_OffsetCommitRequest_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_retention_time_ms, = _S1.unpack_from(buf, pos)
    pos += 8
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetCommitRequestTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, retention_time_ms=v_retention_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v2(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.retention_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitRequestTopic_v2(item, out, chunks)


def _read_OffsetCommitRequestTopic_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v2(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v2(item, out, chunks)


def _read_OffsetCommitRequestPartition_v2(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S2.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v2(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_retention_time_ms, = _S1.unpack_from(buf, pos)
    pos += 8
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetCommitRequestTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, retention_time_ms=v_retention_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v3(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.retention_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitRequestTopic_v3(item, out, chunks)


def _read_OffsetCommitRequestTopic_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v3(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v3(item, out, chunks)


def _read_OffsetCommitRequestPartition_v3(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S2.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v3(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_retention_time_ms, = _S1.unpack_from(buf, pos)
    pos += 8
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_OffsetCommitRequestTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, retention_time_ms=v_retention_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v4(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.retention_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_OffsetCommitRequestTopic_v4(item, out, chunks)


def _read_OffsetCommitRequestTopic_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v4(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v4(item, out, chunks)


def _read_OffsetCommitRequestPartition_v4(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S2.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v4(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v5(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_OffsetCommitRequestTopic_v5(item, out, chunks)


def _read_OffsetCommitRequestTopic_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v5(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v5(item, out, chunks)


def _read_OffsetCommitRequestPartition_v5(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S2.unpack_from(buf, pos)
    pos += 12
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v5(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v6(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_OffsetCommitRequestTopic_v6(item, out, chunks)


def _read_OffsetCommitRequestTopic_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v6(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v6(item, out, chunks)


def _read_OffsetCommitRequestPartition_v6(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v6(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v7(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_instance_id
    if v is None:
        out += b'\xff\xff'
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
            _write_OffsetCommitRequestTopic_v7(item, out, chunks)


def _read_OffsetCommitRequestTopic_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v7(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v7(item, out, chunks)


def _read_OffsetCommitRequestPartition_v7(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v7(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_OffsetCommitRequest_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
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
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v8(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v8(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_instance_id
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
            _write_OffsetCommitRequestTopic_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestTopic_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v8(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestPartition_v8(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v8(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequest_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
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
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v9(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v9(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_instance_id
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
            _write_OffsetCommitRequestTopic_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestTopic_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
            item, pos = _read_OffsetCommitRequestPartition_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v9(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_OffsetCommitRequestPartition_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestPartition_v9(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v9(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequest_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitRequest, int]:
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
    v_generation_id_or_member_epoch, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_OffsetCommitRequestTopic_v10(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequest(group_id=v_group_id, generation_id_or_member_epoch=v_generation_id_or_member_epoch, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_OffsetCommitRequest_v10(o: OffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.generation_id_or_member_epoch)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_instance_id
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
            _write_OffsetCommitRequestTopic_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestTopic_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestTopic, int]:
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
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = []
        for _ in range(n):
            item, pos = _read_OffsetCommitRequestPartition_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestTopic(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_OffsetCommitRequestTopic_v10(o: OffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_OffsetCommitRequestPartition_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_OffsetCommitRequestPartition_v10(buf: memoryview, pos: int) -> tuple[OffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 16
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_committed_metadata = None
    else:
        end = check_length(buf, pos, n)
        v_committed_metadata = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return OffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_OffsetCommitRequestPartition_v10(o: OffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {2: _read_OffsetCommitRequest_v2, 3: _read_OffsetCommitRequest_v3, 4: _read_OffsetCommitRequest_v4, 5: _read_OffsetCommitRequest_v5, 6: _read_OffsetCommitRequest_v6, 7: _read_OffsetCommitRequest_v7, 8: _read_OffsetCommitRequest_v8, 9: _read_OffsetCommitRequest_v9, 10: _read_OffsetCommitRequest_v10}
_WRITERS = {2: _write_OffsetCommitRequest_v2, 3: _write_OffsetCommitRequest_v3, 4: _write_OffsetCommitRequest_v4, 5: _write_OffsetCommitRequest_v5, 6: _write_OffsetCommitRequest_v6, 7: _write_OffsetCommitRequest_v7, 8: _write_OffsetCommitRequest_v8, 9: _write_OffsetCommitRequest_v9, 10: _write_OffsetCommitRequest_v10}
MIN_VERSION = 2
MAX_VERSION = 10
FLEXIBLE_MIN = 8


def read(buf: memoryview, pos: int, version: int) -> tuple[OffsetCommitRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('OffsetCommitRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode OffsetCommitRequest v%d: %s' % (version, exc)) from None


def write(obj: OffsetCommitRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('OffsetCommitRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
