# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ProduceRequest (request, api key 0), versions 3-13."""

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

__all__ = ['PartitionProduceData', 'ProduceRequest', 'TopicProduceData', "read", "write"]

_S0 = struct.Struct('>hi')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class PartitionProduceData:
    index: int = 0
    records: Any = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TopicProduceData:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partition_data: list[PartitionProduceData] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ProduceRequest:
    transactional_id: str | None = None
    acks: int = 0
    timeout_ms: int = 0
    topic_data: list[TopicProduceData] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ProduceRequest_v3(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v3(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v3(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v3(item, out, chunks)


def _read_TopicProduceData_v3(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v3(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v3(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v3(item, out, chunks)


def _read_PartitionProduceData_v3(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v3(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v4(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v4(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v4(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v4(item, out, chunks)


def _read_TopicProduceData_v4(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v4(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v4(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v4(item, out, chunks)


def _read_PartitionProduceData_v4(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v4(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v5(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v5(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v5(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v5(item, out, chunks)


def _read_TopicProduceData_v5(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v5(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v5(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v5(item, out, chunks)


def _read_PartitionProduceData_v5(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v5(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v6(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v6(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v6(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v6(item, out, chunks)


def _read_TopicProduceData_v6(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v6(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v6(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v6(item, out, chunks)


def _read_PartitionProduceData_v6(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v6(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v7(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v7(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v7(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v7(item, out, chunks)


def _read_TopicProduceData_v7(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v7(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v7(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v7(item, out, chunks)


def _read_PartitionProduceData_v7(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v7(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v8(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v8(buf, pos)
            v_topic_data.append(item)
    unknown = None
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v8(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceData_v8(item, out, chunks)


def _read_TopicProduceData_v8(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v8(buf, pos)
            v_partition_data.append(item)
    unknown = None
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v8(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceData_v8(item, out, chunks)


def _read_PartitionProduceData_v8(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v8(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_ProduceRequest_v9(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v9(buf, pos)
            v_topic_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v9(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceData_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceData_v9(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v9(buf, pos)
            v_partition_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v9(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceData_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceData_v9(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v9(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out.append(0)
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ProduceRequest_v10(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v10(buf, pos)
            v_topic_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v10(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceData_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceData_v10(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v10(buf, pos)
            v_partition_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v10(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceData_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceData_v10(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v10(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out.append(0)
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ProduceRequest_v11(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v11(buf, pos)
            v_topic_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v11(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceData_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceData_v11(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v11(buf, pos)
            v_partition_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v11(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceData_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceData_v11(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v11(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out.append(0)
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ProduceRequest_v12(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v12(buf, pos)
            v_topic_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v12(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceData_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceData_v12(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v12(buf, pos)
            v_partition_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceData(name=v_name, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v12(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceData_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceData_v12(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v12(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out.append(0)
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ProduceRequest_v13(buf: memoryview, pos: int) -> tuple[ProduceRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_acks, v_timeout_ms = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_data = []
        for _ in range(n):
            item, pos = _read_TopicProduceData_v13(buf, pos)
            v_topic_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceRequest(transactional_id=v_transactional_id, acks=v_acks, timeout_ms=v_timeout_ms, topic_data=v_topic_data, unknown_tags=unknown), pos


def _write_ProduceRequest_v13(o: ProduceRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.transactional_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.acks, o.timeout_ms)
    items = o.topic_data
    if items is None:
        raise ValueError('non-nullable field TopicData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceData_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceData_v13(buf: memoryview, pos: int) -> tuple[TopicProduceData, int]:
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
        raise DecodeError('non-nullable field PartitionData was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_data = []
        for _ in range(n):
            item, pos = _read_PartitionProduceData_v13(buf, pos)
            v_partition_data.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceData(topic_id=v_topic_id, partition_data=v_partition_data, unknown_tags=unknown), pos


def _write_TopicProduceData_v13(o: TopicProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partition_data
    if items is None:
        raise ValueError('non-nullable field PartitionData is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceData_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceData_v13(buf: memoryview, pos: int) -> tuple[PartitionProduceData, int]:
    v_index, = _S1.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceData(index=v_index, records=v_records, unknown_tags=unknown), pos


def _write_PartitionProduceData_v13(o: PartitionProduceData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index)
    v = o.records
    if v is None:
        out.append(0)
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {3: _read_ProduceRequest_v3, 4: _read_ProduceRequest_v4, 5: _read_ProduceRequest_v5, 6: _read_ProduceRequest_v6, 7: _read_ProduceRequest_v7, 8: _read_ProduceRequest_v8, 9: _read_ProduceRequest_v9, 10: _read_ProduceRequest_v10, 11: _read_ProduceRequest_v11, 12: _read_ProduceRequest_v12, 13: _read_ProduceRequest_v13}
_WRITERS = {3: _write_ProduceRequest_v3, 4: _write_ProduceRequest_v4, 5: _write_ProduceRequest_v5, 6: _write_ProduceRequest_v6, 7: _write_ProduceRequest_v7, 8: _write_ProduceRequest_v8, 9: _write_ProduceRequest_v9, 10: _write_ProduceRequest_v10, 11: _write_ProduceRequest_v11, 12: _write_ProduceRequest_v12, 13: _write_ProduceRequest_v13}
MIN_VERSION = 3
MAX_VERSION = 13
FLEXIBLE_MIN = 9


def read(buf: memoryview, pos: int, version: int) -> tuple[ProduceRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ProduceRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ProduceRequest v%d: %s' % (version, exc)) from None


def write(obj: ProduceRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ProduceRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
