# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FetchResponse (response, api key 1), versions 4-18."""

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

__all__ = ['AbortedTransaction', 'EpochEndOffset', 'FetchResponse', 'FetchableTopicResponse', 'LeaderIdAndEpoch', 'NodeEndpoint', 'PartitionData', 'SnapshotId', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ihqq')
_S2 = struct.Struct('>qq')
_S3 = struct.Struct('>ihqqq')
_S4 = struct.Struct('>ihi')
_S5 = struct.Struct('>iq')
_S6 = struct.Struct('>ii')
_S7 = struct.Struct('>qi')

@dataclass(slots=True)
class AbortedTransaction:
    producer_id: int = 0
    first_offset: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class EpochEndOffset:
    epoch: int = -1
    end_offset: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class LeaderIdAndEpoch:
    leader_id: int = -1
    leader_epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class SnapshotId:
    end_offset: int = -1
    epoch: int = -1
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class PartitionData:
    partition_index: int = 0
    error_code: int = 0
    high_watermark: int = 0
    last_stable_offset: int = -1
    log_start_offset: int = -1
    diverging_epoch: EpochEndOffset = field(default_factory=EpochEndOffset)
    current_leader: LeaderIdAndEpoch = field(default_factory=LeaderIdAndEpoch)
    snapshot_id: SnapshotId = field(default_factory=SnapshotId)
    aborted_transactions: list[AbortedTransaction] | None = field(default_factory=list)
    preferred_read_replica: int = -1
    records: Any = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FetchableTopicResponse:
    topic: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    partitions: list[PartitionData] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class NodeEndpoint:
    node_id: int = 0
    host: str = ''
    port: int = 0
    rack: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class FetchResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    session_id: int = 0
    responses: list[FetchableTopicResponse] = field(default_factory=list)
    node_endpoints: list[NodeEndpoint] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_FetchResponse_v4(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v4(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v4(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v4(item, out, chunks)


def _read_FetchableTopicResponse_v4(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v4(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v4(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v4(item, out, chunks)


def _read_PartitionData_v4(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset = _S1.unpack_from(buf, pos)
    pos += 22
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v4(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v4(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v4(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v4(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v4(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v5(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v5(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v5(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v5(item, out, chunks)


def _read_FetchableTopicResponse_v5(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v5(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v5(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v5(item, out, chunks)


def _read_PartitionData_v5(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v5(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v5(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v5(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v5(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v5(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v6(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v6(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v6(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v6(item, out, chunks)


def _read_FetchableTopicResponse_v6(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v6(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v6(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v6(item, out, chunks)


def _read_PartitionData_v6(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v6(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v6(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v6(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v6(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v6(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v7(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v7(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v7(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v7(item, out, chunks)


def _read_FetchableTopicResponse_v7(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v7(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v7(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v7(item, out, chunks)


def _read_PartitionData_v7(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v7(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v7(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v7(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v7(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v7(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v8(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v8(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v8(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v8(item, out, chunks)


def _read_FetchableTopicResponse_v8(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v8(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v8(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v8(item, out, chunks)


def _read_PartitionData_v8(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v8(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v8(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v8(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v8(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v8(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v9(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v9(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v9(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v9(item, out, chunks)


def _read_FetchableTopicResponse_v9(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v9(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v9(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v9(item, out, chunks)


def _read_PartitionData_v9(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v9(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v9(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v9(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v9(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v9(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v10(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v10(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v10(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v10(item, out, chunks)


def _read_FetchableTopicResponse_v10(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v10(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v10(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v10(item, out, chunks)


def _read_PartitionData_v10(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v10(buf, pos)
            v_aborted_transactions.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_records = None
    else:
        end = check_length(buf, pos, n)
        v_records = buf[pos:end]
        pos = end
    unknown = None
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v10(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v10(item, out, chunks)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v10(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v10(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v11(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_FetchableTopicResponse_v11(buf, pos)
            v_responses.append(item)
    unknown = None
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v11(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_FetchableTopicResponse_v11(item, out, chunks)


def _read_FetchableTopicResponse_v11(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v11(buf, pos)
            v_partitions.append(item)
    unknown = None
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v11(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v11(item, out, chunks)


def _read_PartitionData_v11(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v11(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, unknown_tags=unknown), pos


def _write_PartitionData_v11(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AbortedTransaction_v11(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
    v = o.records
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        chunks.append(bytes(out))
        del out[:]
        chunks.append(raw)


def _read_AbortedTransaction_v11(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v11(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)


def _read_FetchResponse_v12(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v12(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v12(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchableTopicResponse_v12(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_PartitionData_v12(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v12(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
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
            _write_PartitionData_v12(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v12(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v12(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v12(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v12(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v12(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v12(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v12(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v12(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v12(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v12(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v12(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v12(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
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
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v12(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v12(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v12(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v12(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v12(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchResponse_v13(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v13(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v13(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchableTopicResponse_v13(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v13(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v13(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v13(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v13(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v13(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v13(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v13(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v13(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v13(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v13(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v13(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v13(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v13(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v13(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v13(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
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
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v13(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v13(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v13(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v13(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v13(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchResponse_v14(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v14(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v14(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v14(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchableTopicResponse_v14(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v14(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v14(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v14(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v14(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v14(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v14(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v14(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v14(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v14(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v14(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v14(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v14(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v14(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v14(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v14(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaderIdAndEpoch_v14(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v14(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v14(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v14(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v14(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v14(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchResponse_v15(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v15(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, unknown_tags=unknown), pos


def _write_FetchResponse_v15(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v15(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchableTopicResponse_v15(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v15(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v15(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v15(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v15(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v15(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v15(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v15(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v15(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v15(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v15(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v15(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v15(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v15(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v15(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v15(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaderIdAndEpoch_v15(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v15(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v15(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v15(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v15(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v15(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_FetchResponse_v16(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v16(buf, pos)
            v_responses.append(item)
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
                    item, pos = _read_NodeEndpoint_v16(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_FetchResponse_v16(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v16(item, out, chunks)
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
                _write_NodeEndpoint_v16(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchableTopicResponse_v16(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v16(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v16(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v16(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v16(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v16(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v16(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v16(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v16(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v16(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v16(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v16(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v16(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v16(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v16(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v16(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaderIdAndEpoch_v16(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v16(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v16(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v16(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v16(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v16(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v16(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
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


def _write_NodeEndpoint_v16(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
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


def _read_FetchResponse_v17(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v17(buf, pos)
            v_responses.append(item)
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
                    item, pos = _read_NodeEndpoint_v17(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_FetchResponse_v17(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v17(item, out, chunks)
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
                _write_NodeEndpoint_v17(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchableTopicResponse_v17(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v17(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v17(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v17(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v17(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v17(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v17(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v17(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v17(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v17(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v17(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v17(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v17(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v17(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v17(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v17(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaderIdAndEpoch_v17(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v17(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v17(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v17(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v17(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v17(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v17(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
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


def _write_NodeEndpoint_v17(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
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


def _read_FetchResponse_v18(buf: memoryview, pos: int) -> tuple[FetchResponse, int]:
    v_throttle_time_ms, v_error_code, v_session_id = _S4.unpack_from(buf, pos)
    pos += 10
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
            item, pos = _read_FetchableTopicResponse_v18(buf, pos)
            v_responses.append(item)
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
                    item, pos = _read_NodeEndpoint_v18(sub, pos)
                    v_node_endpoints.append(item)
            if pos != end:
                raise DecodeError('tagged field NodeEndpoints has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return FetchResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, session_id=v_session_id, responses=v_responses, node_endpoints=v_node_endpoints, unknown_tags=unknown), pos


def _write_FetchResponse_v18(o: FetchResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S4.pack(o.throttle_time_ms, o.error_code, o.session_id)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_FetchableTopicResponse_v18(item, out, chunks)
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
                _write_NodeEndpoint_v18(item, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_FetchableTopicResponse_v18(buf: memoryview, pos: int) -> tuple[FetchableTopicResponse, int]:
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
            item, pos = _read_PartitionData_v18(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return FetchableTopicResponse(topic_id=v_topic_id, partitions=v_partitions, unknown_tags=unknown), pos


def _write_FetchableTopicResponse_v18(o: FetchableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionData_v18(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionData_v18(buf: memoryview, pos: int) -> tuple[PartitionData, int]:
    v_partition_index, v_error_code, v_high_watermark, v_last_stable_offset, v_log_start_offset = _S3.unpack_from(buf, pos)
    pos += 30
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_aborted_transactions = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_aborted_transactions = []
        for _ in range(n):
            item, pos = _read_AbortedTransaction_v18(buf, pos)
            v_aborted_transactions.append(item)
    v_preferred_read_replica, = _S0.unpack_from(buf, pos)
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
    v_diverging_epoch = EpochEndOffset()
    v_current_leader = LeaderIdAndEpoch()
    v_snapshot_id = SnapshotId()
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            v_diverging_epoch, pos = _read_EpochEndOffset_v18(sub, pos)
            if pos != end:
                raise DecodeError('tagged field DivergingEpoch has the wrong size')
        elif tag == 1:
            sub = buf[:end]
            v_current_leader, pos = _read_LeaderIdAndEpoch_v18(sub, pos)
            if pos != end:
                raise DecodeError('tagged field CurrentLeader has the wrong size')
        elif tag == 2:
            sub = buf[:end]
            v_snapshot_id, pos = _read_SnapshotId_v18(sub, pos)
            if pos != end:
                raise DecodeError('tagged field SnapshotId has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return PartitionData(partition_index=v_partition_index, error_code=v_error_code, high_watermark=v_high_watermark, last_stable_offset=v_last_stable_offset, log_start_offset=v_log_start_offset, aborted_transactions=v_aborted_transactions, preferred_read_replica=v_preferred_read_replica, records=v_records, diverging_epoch=v_diverging_epoch, current_leader=v_current_leader, snapshot_id=v_snapshot_id, unknown_tags=unknown), pos


def _write_PartitionData_v18(o: PartitionData, out: bytearray, chunks: list[Any]) -> None:
    out += _S3.pack(o.partition_index, o.error_code, o.high_watermark, o.last_stable_offset, o.log_start_offset)
    items = o.aborted_transactions
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AbortedTransaction_v18(item, out, chunks)
    out += _S0.pack(o.preferred_read_replica)
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
    tags: list[tuple[int, bytes]] = []
    if o.diverging_epoch != EpochEndOffset():
        tb = bytearray()
        _write_EpochEndOffset_v18(o.diverging_epoch, tb, chunks)
        tags.append((0, bytes(tb)))
    if o.current_leader != LeaderIdAndEpoch():
        tb = bytearray()
        _write_LeaderIdAndEpoch_v18(o.current_leader, tb, chunks)
        tags.append((1, bytes(tb)))
    if o.snapshot_id != SnapshotId():
        tb = bytearray()
        _write_SnapshotId_v18(o.snapshot_id, tb, chunks)
        tags.append((2, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_EpochEndOffset_v18(buf: memoryview, pos: int) -> tuple[EpochEndOffset, int]:
    v_epoch, v_end_offset = _S5.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return EpochEndOffset(epoch=v_epoch, end_offset=v_end_offset, unknown_tags=unknown), pos


def _write_EpochEndOffset_v18(o: EpochEndOffset, out: bytearray, chunks: list[Any]) -> None:
    out += _S5.pack(o.epoch, o.end_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaderIdAndEpoch_v18(buf: memoryview, pos: int) -> tuple[LeaderIdAndEpoch, int]:
    v_leader_id, v_leader_epoch = _S6.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaderIdAndEpoch(leader_id=v_leader_id, leader_epoch=v_leader_epoch, unknown_tags=unknown), pos


def _write_LeaderIdAndEpoch_v18(o: LeaderIdAndEpoch, out: bytearray, chunks: list[Any]) -> None:
    out += _S6.pack(o.leader_id, o.leader_epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_SnapshotId_v18(buf: memoryview, pos: int) -> tuple[SnapshotId, int]:
    v_end_offset, v_epoch = _S7.unpack_from(buf, pos)
    pos += 12
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return SnapshotId(end_offset=v_end_offset, epoch=v_epoch, unknown_tags=unknown), pos


def _write_SnapshotId_v18(o: SnapshotId, out: bytearray, chunks: list[Any]) -> None:
    out += _S7.pack(o.end_offset, o.epoch)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AbortedTransaction_v18(buf: memoryview, pos: int) -> tuple[AbortedTransaction, int]:
    v_producer_id, v_first_offset = _S2.unpack_from(buf, pos)
    pos += 16
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AbortedTransaction(producer_id=v_producer_id, first_offset=v_first_offset, unknown_tags=unknown), pos


def _write_AbortedTransaction_v18(o: AbortedTransaction, out: bytearray, chunks: list[Any]) -> None:
    out += _S2.pack(o.producer_id, o.first_offset)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_NodeEndpoint_v18(buf: memoryview, pos: int) -> tuple[NodeEndpoint, int]:
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


def _write_NodeEndpoint_v18(o: NodeEndpoint, out: bytearray, chunks: list[Any]) -> None:
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


_READERS = {4: _read_FetchResponse_v4, 5: _read_FetchResponse_v5, 6: _read_FetchResponse_v6, 7: _read_FetchResponse_v7, 8: _read_FetchResponse_v8, 9: _read_FetchResponse_v9, 10: _read_FetchResponse_v10, 11: _read_FetchResponse_v11, 12: _read_FetchResponse_v12, 13: _read_FetchResponse_v13, 14: _read_FetchResponse_v14, 15: _read_FetchResponse_v15, 16: _read_FetchResponse_v16, 17: _read_FetchResponse_v17, 18: _read_FetchResponse_v18}
_WRITERS = {4: _write_FetchResponse_v4, 5: _write_FetchResponse_v5, 6: _write_FetchResponse_v6, 7: _write_FetchResponse_v7, 8: _write_FetchResponse_v8, 9: _write_FetchResponse_v9, 10: _write_FetchResponse_v10, 11: _write_FetchResponse_v11, 12: _write_FetchResponse_v12, 13: _write_FetchResponse_v13, 14: _write_FetchResponse_v14, 15: _write_FetchResponse_v15, 16: _write_FetchResponse_v16, 17: _write_FetchResponse_v17, 18: _write_FetchResponse_v18}
MIN_VERSION = 4
MAX_VERSION = 18
FLEXIBLE_MIN = 12


def read(buf: memoryview, pos: int, version: int) -> tuple[FetchResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('FetchResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode FetchResponse v%d: %s' % (version, exc)) from None


def write(obj: FetchResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('FetchResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
