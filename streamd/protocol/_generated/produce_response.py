# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ProduceResponse (response, api key 0), versions 3-13."""

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

__all__ = ['BatchIndexAndErrorMessage', 'LeaderIdAndEpoch', 'NodeEndpoint', 'PartitionProduceResponse', 'ProduceResponse', 'TopicProduceResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ihqq')
_S2 = struct.Struct('>ihqqq')
_S3 = struct.Struct('>ii')

@dataclass(slots=True)
class BatchIndexAndErrorMessage:
    batch_index: int = 0
    batch_index_error_message: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class LeaderIdAndEpoch:
    leader_id: int = -1
    leader_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class NodeEndpoint:
    node_id: int = 0
    host: str = ''
    port: int = 0
    rack: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class PartitionProduceResponse:
    index: int = 0
    error_code: int = 0
    base_offset: int = 0
    log_append_time_ms: int = -1
    log_start_offset: int = -1
    record_errors: list[BatchIndexAndErrorMessage] = field(default_factory=list)
    error_message: str | None = None
    current_leader: LeaderIdAndEpoch = field(default_factory=LeaderIdAndEpoch)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TopicProduceResponse:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partition_responses: list[PartitionProduceResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ProduceResponse:
    responses: list[TopicProduceResponse] = field(default_factory=list)
    throttle_time_ms: int = 0
    node_endpoints: list[NodeEndpoint] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ProduceResponse_v3(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v3(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v3(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v3(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v3(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v3(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v3(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v3(item, out, chunks)


def _read_PartitionProduceResponse_v3(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms = _S1.unpack_from(buf, pos)
    pos += 22
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v3(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms)


def _read_ProduceResponse_v4(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v4(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v4(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v4(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v4(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v4(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v4(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v4(item, out, chunks)


def _read_PartitionProduceResponse_v4(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms = _S1.unpack_from(buf, pos)
    pos += 22
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v4(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms)


def _read_ProduceResponse_v5(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v5(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v5(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v5(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v5(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v5(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v5(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v5(item, out, chunks)


def _read_PartitionProduceResponse_v5(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v5(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _read_ProduceResponse_v6(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v6(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v6(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v6(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v6(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v6(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v6(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v6(item, out, chunks)


def _read_PartitionProduceResponse_v6(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v6(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _read_ProduceResponse_v7(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v7(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v7(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v7(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v7(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v7(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v7(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v7(item, out, chunks)


def _read_PartitionProduceResponse_v7(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v7(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)


def _read_ProduceResponse_v8(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v8(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v8(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicProduceResponse_v8(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)


def _read_TopicProduceResponse_v8(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v8(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v8(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionProduceResponse_v8(item, out, chunks)


def _read_PartitionProduceResponse_v8(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v8(buf, pos)
            v_record_errors.append(item)
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v8(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_BatchIndexAndErrorMessage_v8(item, out, chunks)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_BatchIndexAndErrorMessage_v8(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v8(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ProduceResponse_v9(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v9(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, unknown_tags=unknown), pos


def _write_ProduceResponse_v9(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceResponse_v9(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicProduceResponse_v9(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v9(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v9(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceResponse_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceResponse_v9(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v9(buf, pos)
            v_record_errors.append(item)
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v9(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_BatchIndexAndErrorMessage_v9(item, out, chunks)
    v = o.error_message
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


def _read_BatchIndexAndErrorMessage_v9(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v9(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
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


def _read_ProduceResponse_v10(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v10(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_node_endpoints = []
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field NodeEndpoints was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_node_endpoints = []
                for _ in range(n):
                    item, pos = _read_NodeEndpoint_v10(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_ProduceResponse_v10(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceResponse_v10(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.node_endpoints != []:
        tb = bytearray()
        items = o.node_endpoints
        if items is None:
            raise ValueError('non-nullable field NodeEndpoints is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_NodeEndpoint_v10(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_TopicProduceResponse_v10(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v10(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v10(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceResponse_v10(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceResponse_v10(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v10(buf, pos)
            v_record_errors.append(item)
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
    unknown = None
    v_current_leader = LeaderIdAndEpoch()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v10(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, current_leader=v_current_leader, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v10(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_BatchIndexAndErrorMessage_v10(item, out, chunks)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v10(o.current_leader, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_BatchIndexAndErrorMessage_v10(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v10(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
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


def _read_LeaderIdAndEpoch_v10(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v10(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v10(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return NodeEndpoint(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_NodeEndpoint_v10(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
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


def _read_ProduceResponse_v11(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v11(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_node_endpoints = []
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field NodeEndpoints was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_node_endpoints = []
                for _ in range(n):
                    item, pos = _read_NodeEndpoint_v11(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_ProduceResponse_v11(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceResponse_v11(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.node_endpoints != []:
        tb = bytearray()
        items = o.node_endpoints
        if items is None:
            raise ValueError('non-nullable field NodeEndpoints is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_NodeEndpoint_v11(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_TopicProduceResponse_v11(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v11(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v11(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceResponse_v11(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceResponse_v11(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v11(buf, pos)
            v_record_errors.append(item)
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
    unknown = None
    v_current_leader = LeaderIdAndEpoch()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v11(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, current_leader=v_current_leader, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v11(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_BatchIndexAndErrorMessage_v11(item, out, chunks)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v11(o.current_leader, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_BatchIndexAndErrorMessage_v11(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v11(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
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


def _read_LeaderIdAndEpoch_v11(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v11(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v11(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return NodeEndpoint(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_NodeEndpoint_v11(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
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


def _read_ProduceResponse_v12(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v12(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_node_endpoints = []
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field NodeEndpoints was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_node_endpoints = []
                for _ in range(n):
                    item, pos = _read_NodeEndpoint_v12(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_ProduceResponse_v12(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceResponse_v12(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.node_endpoints != []:
        tb = bytearray()
        items = o.node_endpoints
        if items is None:
            raise ValueError('non-nullable field NodeEndpoints is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_NodeEndpoint_v12(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_TopicProduceResponse_v12(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v12(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceResponse(name=v_name, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v12(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceResponse_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceResponse_v12(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v12(buf, pos)
            v_record_errors.append(item)
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
    unknown = None
    v_current_leader = LeaderIdAndEpoch()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v12(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, current_leader=v_current_leader, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v12(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_BatchIndexAndErrorMessage_v12(item, out, chunks)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v12(o.current_leader, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_BatchIndexAndErrorMessage_v12(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v12(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
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


def _read_LeaderIdAndEpoch_v12(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v12(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v12(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return NodeEndpoint(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_NodeEndpoint_v12(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
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


def _read_ProduceResponse_v13(buf: memoryview, pos: int) -> tuple[ProduceResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_TopicProduceResponse_v13(buf, pos)
            v_responses.append(item)
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    v_node_endpoints = []
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            n = sub[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(sub, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field NodeEndpoints was null')
            else:
                if n > len(sub) - pos:
                    check_count(sub, pos, n)
                v_node_endpoints = []
                for _ in range(n):
                    item, pos = _read_NodeEndpoint_v13(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return ProduceResponse(responses=v_responses, throttle_time_ms=v_throttle_time_ms, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_ProduceResponse_v13(o: ProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicProduceResponse_v13(item, out, chunks)
    out += _S0.pack(o.throttle_time_ms)
    tags: list[tuple[int, bytes]] = []
    if o.node_endpoints != []:
        tb = bytearray()
        items = o.node_endpoints
        if items is None:
            raise ValueError('non-nullable field NodeEndpoints is None')
        else:
            n = len(items) + 1
            tb.append(n) if n < 0x80 else write_uvarint(tb, n)
            for item in items:
                _write_NodeEndpoint_v13(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_TopicProduceResponse_v13(buf: memoryview, pos: int) -> tuple[TopicProduceResponse, int]:
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
        raise DecodeError('non-nullable field PartitionResponses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_responses = []
        for _ in range(n):
            item, pos = _read_PartitionProduceResponse_v13(buf, pos)
            v_partition_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return TopicProduceResponse(topic_id=v_topic_id, partition_responses=v_partition_responses, unknown_tags=unknown), pos


def _write_TopicProduceResponse_v13(o: TopicProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partition_responses
    if items is None:
        raise ValueError('non-nullable field PartitionResponses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionProduceResponse_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionProduceResponse_v13(buf: memoryview, pos: int) -> tuple[PartitionProduceResponse, int]:
    v_index, v_error_code, v_base_offset, v_log_append_time_ms, v_log_start_offset = _S2.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field RecordErrors was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_record_errors = []
        for _ in range(n):
            item, pos = _read_BatchIndexAndErrorMessage_v13(buf, pos)
            v_record_errors.append(item)
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
    unknown = None
    v_current_leader = LeaderIdAndEpoch()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v13(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionProduceResponse(index=v_index, error_code=v_error_code, base_offset=v_base_offset, log_append_time_ms=v_log_append_time_ms, log_start_offset=v_log_start_offset, record_errors=v_record_errors, error_message=v_error_message, current_leader=v_current_leader, unknown_tags=unknown), pos


def _write_PartitionProduceResponse_v13(o: PartitionProduceResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.index, o.error_code, o.base_offset, o.log_append_time_ms, o.log_start_offset)
    items = o.record_errors
    if items is None:
        raise ValueError('non-nullable field RecordErrors is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_BatchIndexAndErrorMessage_v13(item, out, chunks)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    tags: list[tuple[int, bytes]] = []
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v13(o.current_leader, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_BatchIndexAndErrorMessage_v13(buf: memoryview, pos: int) -> tuple[BatchIndexAndErrorMessage, int]:
    v_batch_index, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_batch_index_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_batch_index_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return BatchIndexAndErrorMessage(batch_index=v_batch_index, batch_index_error_message=v_batch_index_error_message, unknown_tags=unknown), pos


def _write_BatchIndexAndErrorMessage_v13(o: BatchIndexAndErrorMessage, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.batch_index)
    v = o.batch_index_error_message
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


def _read_LeaderIdAndEpoch_v13(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S3.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v13(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v13(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
    v_node_id, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_port, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_rack = None
    else:
        end = check_length(buf, pos, n)
        v_rack = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return NodeEndpoint(node_id=v_node_id, host=v_host, port=v_port, rack=v_rack, unknown_tags=unknown), pos


def _write_NodeEndpoint_v13(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.node_id)
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.port)
    v = o.rack
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


_READERS = {3: _read_ProduceResponse_v3, 4: _read_ProduceResponse_v4, 5: _read_ProduceResponse_v5, 6: _read_ProduceResponse_v6, 7: _read_ProduceResponse_v7, 8: _read_ProduceResponse_v8, 9: _read_ProduceResponse_v9, 10: _read_ProduceResponse_v10, 11: _read_ProduceResponse_v11, 12: _read_ProduceResponse_v12, 13: _read_ProduceResponse_v13}
_WRITERS = {3: _write_ProduceResponse_v3, 4: _write_ProduceResponse_v4, 5: _write_ProduceResponse_v5, 6: _write_ProduceResponse_v6, 7: _write_ProduceResponse_v7, 8: _write_ProduceResponse_v8, 9: _write_ProduceResponse_v9, 10: _write_ProduceResponse_v10, 11: _write_ProduceResponse_v11, 12: _write_ProduceResponse_v12, 13: _write_ProduceResponse_v13}
MIN_VERSION = 3
MAX_VERSION = 13
FLEXIBLE_MIN = 9


def read(buf: memoryview, pos: int, version: int) -> tuple[ProduceResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ProduceResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ProduceResponse v%d: %s' % (version, exc)) from None


def write(obj: ProduceResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ProduceResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
