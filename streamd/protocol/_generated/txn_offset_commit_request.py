# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""TxnOffsetCommitRequest (request, api key 28), versions 0-5."""

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

__all__ = ['TxnOffsetCommitRequest', 'TxnOffsetCommitRequestPartition', 'TxnOffsetCommitRequestTopic', "read", "write"]

_S0 = struct.Struct('>qh')
_S1 = struct.Struct('>iq')
_S2 = struct.Struct('>iqi')
_S3 = struct.Struct('>qhi')

@dataclass(slots=True)
class TxnOffsetCommitRequestPartition:
    partition_index: int = 0
    committed_offset: int = 0
    committed_leader_epoch: int = -1
    committed_metadata: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TxnOffsetCommitRequestTopic:
    name: str = ''
    partitions: list[TxnOffsetCommitRequestPartition] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TxnOffsetCommitRequest:
    transactional_id: str = ''
    group_id: str = ''
    producer_id: int = 0
    producer_epoch: int = 0
    generation_id: int = -1
    member_id: str = ''
    group_instance_id: str | None = None
    topics: list[TxnOffsetCommitRequestTopic] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_TxnOffsetCommitRequest_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TxnOffsetCommitRequestTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v0(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitRequestTopic_v0(item, out, chunks)


def _read_TxnOffsetCommitRequestTopic_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v0(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v0(item, out, chunks)


def _read_TxnOffsetCommitRequestPartition_v0(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S1.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v0(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_TxnOffsetCommitRequest_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TxnOffsetCommitRequestTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v1(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitRequestTopic_v1(item, out, chunks)


def _read_TxnOffsetCommitRequestTopic_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v1(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v1(item, out, chunks)


def _read_TxnOffsetCommitRequestPartition_v1(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset = _S1.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v1(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.committed_offset)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_TxnOffsetCommitRequest_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_producer_id, v_producer_epoch = _S0.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_TxnOffsetCommitRequestTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v2(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.producer_id, o.producer_epoch)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TxnOffsetCommitRequestTopic_v2(item, out, chunks)


def _read_TxnOffsetCommitRequestTopic_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v2(buf, pos)
            v_partitions.append(item)
    unknown = None
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v2(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v2(item, out, chunks)


def _read_TxnOffsetCommitRequestPartition_v2(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S2.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v2(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
    v = o.committed_metadata
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_TxnOffsetCommitRequest_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
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
    v_producer_id, v_producer_epoch, v_generation_id = _S3.unpack_from(buf, pos)
    pos += 14
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
            item, pos = _read_TxnOffsetCommitRequestTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, generation_id=v_generation_id, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v3(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.producer_id, o.producer_epoch, o.generation_id)
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
            _write_TxnOffsetCommitRequestTopic_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestTopic_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v3(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v3(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestPartition_v3(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S2.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v3(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
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


def _read_TxnOffsetCommitRequest_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
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
    v_producer_id, v_producer_epoch, v_generation_id = _S3.unpack_from(buf, pos)
    pos += 14
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
            item, pos = _read_TxnOffsetCommitRequestTopic_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, generation_id=v_generation_id, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v4(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.producer_id, o.producer_epoch, o.generation_id)
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
            _write_TxnOffsetCommitRequestTopic_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestTopic_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v4(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestPartition_v4(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S2.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v4(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
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


def _read_TxnOffsetCommitRequest_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TransactionalId was null')
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
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
    v_producer_id, v_producer_epoch, v_generation_id = _S3.unpack_from(buf, pos)
    pos += 14
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
            item, pos = _read_TxnOffsetCommitRequestTopic_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequest(transactional_id=v_transactional_id, group_id=v_group_id, producer_id=v_producer_id, producer_epoch=v_producer_epoch, generation_id=v_generation_id, member_id=v_member_id, group_instance_id=v_group_instance_id, topics=v_topics, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequest_v5(o: TxnOffsetCommitRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        raise ValueError('non-nullable field TransactionalId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.producer_id, o.producer_epoch, o.generation_id)
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
            _write_TxnOffsetCommitRequestTopic_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestTopic_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestTopic, int]:
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
            item, pos = _read_TxnOffsetCommitRequestPartition_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TxnOffsetCommitRequestTopic(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestTopic_v5(o: TxnOffsetCommitRequestTopic, out: bytearray, chunks: list[Any]) -> None:
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
            _write_TxnOffsetCommitRequestPartition_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TxnOffsetCommitRequestPartition_v5(buf: memoryview, pos: int) -> tuple[TxnOffsetCommitRequestPartition, int]:
    v_partition_index, v_committed_offset, v_committed_leader_epoch = _S2.unpack_from(buf, pos)
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
    return TxnOffsetCommitRequestPartition(partition_index=v_partition_index, committed_offset=v_committed_offset, committed_leader_epoch=v_committed_leader_epoch, committed_metadata=v_committed_metadata, unknown_tags=unknown), pos


def _write_TxnOffsetCommitRequestPartition_v5(o: TxnOffsetCommitRequestPartition, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.partition_index, o.committed_offset, o.committed_leader_epoch)
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


_READERS = {0: _read_TxnOffsetCommitRequest_v0, 1: _read_TxnOffsetCommitRequest_v1, 2: _read_TxnOffsetCommitRequest_v2, 3: _read_TxnOffsetCommitRequest_v3, 4: _read_TxnOffsetCommitRequest_v4, 5: _read_TxnOffsetCommitRequest_v5}
_WRITERS = {0: _write_TxnOffsetCommitRequest_v0, 1: _write_TxnOffsetCommitRequest_v1, 2: _write_TxnOffsetCommitRequest_v2, 3: _write_TxnOffsetCommitRequest_v3, 4: _write_TxnOffsetCommitRequest_v4, 5: _write_TxnOffsetCommitRequest_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[TxnOffsetCommitRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('TxnOffsetCommitRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode TxnOffsetCommitRequest v%d: %s' % (version, exc)) from None


def write(obj: TxnOffsetCommitRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('TxnOffsetCommitRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
