# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ElectLeadersResponse (response, api key 43), versions 0-2."""

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

__all__ = ['ElectLeadersResponse', 'PartitionResult', 'ReplicaElectionResult', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class PartitionResult:
    partition_id: int = 0
    error_code: int = 0
    error_message: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ReplicaElectionResult:
    topic: str = ''
    partition_result: list[PartitionResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ElectLeadersResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    replica_election_results: list[ReplicaElectionResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ElectLeadersResponse_v0(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaElectionResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_election_results = []
        for _ in range(n):
            item, pos = _read_ReplicaElectionResult_v0(buf, pos)
            v_replica_election_results.append(item)
    unknown = None
    return ElectLeadersResponse(throttle_time_ms=v_throttle_time_ms, replica_election_results=v_replica_election_results, unknown_tags=unknown), pos


def _write_ElectLeadersResponse_v0(o: ElectLeadersResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.replica_election_results
    if items is None:
        raise ValueError('non-nullable field ReplicaElectionResults is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ReplicaElectionResult_v0(item, out, chunks)


def _read_ReplicaElectionResult_v0(buf: memoryview, pos: int) -> tuple[ReplicaElectionResult, int]:
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
        raise DecodeError('non-nullable field PartitionResult was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_result = []
        for _ in range(n):
            item, pos = _read_PartitionResult_v0(buf, pos)
            v_partition_result.append(item)
    unknown = None
    return ReplicaElectionResult(topic=v_topic, partition_result=v_partition_result, unknown_tags=unknown), pos


def _write_ReplicaElectionResult_v0(o: ReplicaElectionResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_result
    if items is None:
        raise ValueError('non-nullable field PartitionResult is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionResult_v0(item, out, chunks)


def _read_PartitionResult_v0(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    v_partition_id, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return PartitionResult(partition_id=v_partition_id, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_PartitionResult_v0(o: PartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_id, o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ElectLeadersResponse_v1(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field ReplicaElectionResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_election_results = []
        for _ in range(n):
            item, pos = _read_ReplicaElectionResult_v1(buf, pos)
            v_replica_election_results.append(item)
    unknown = None
    return ElectLeadersResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, replica_election_results=v_replica_election_results, unknown_tags=unknown), pos


def _write_ElectLeadersResponse_v1(o: ElectLeadersResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.replica_election_results
    if items is None:
        raise ValueError('non-nullable field ReplicaElectionResults is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ReplicaElectionResult_v1(item, out, chunks)


def _read_ReplicaElectionResult_v1(buf: memoryview, pos: int) -> tuple[ReplicaElectionResult, int]:
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
        raise DecodeError('non-nullable field PartitionResult was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_result = []
        for _ in range(n):
            item, pos = _read_PartitionResult_v1(buf, pos)
            v_partition_result.append(item)
    unknown = None
    return ReplicaElectionResult(topic=v_topic, partition_result=v_partition_result, unknown_tags=unknown), pos


def _write_ReplicaElectionResult_v1(o: ReplicaElectionResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partition_result
    if items is None:
        raise ValueError('non-nullable field PartitionResult is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_PartitionResult_v1(item, out, chunks)


def _read_PartitionResult_v1(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    v_partition_id, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return PartitionResult(partition_id=v_partition_id, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_PartitionResult_v1(o: PartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_id, o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ElectLeadersResponse_v2(buf: memoryview, pos: int) -> tuple[ElectLeadersResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ReplicaElectionResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_replica_election_results = []
        for _ in range(n):
            item, pos = _read_ReplicaElectionResult_v2(buf, pos)
            v_replica_election_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ElectLeadersResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, replica_election_results=v_replica_election_results, unknown_tags=unknown), pos


def _write_ElectLeadersResponse_v2(o: ElectLeadersResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.replica_election_results
    if items is None:
        raise ValueError('non-nullable field ReplicaElectionResults is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReplicaElectionResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReplicaElectionResult_v2(buf: memoryview, pos: int) -> tuple[ReplicaElectionResult, int]:
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
        raise DecodeError('non-nullable field PartitionResult was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partition_result = []
        for _ in range(n):
            item, pos = _read_PartitionResult_v2(buf, pos)
            v_partition_result.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReplicaElectionResult(topic=v_topic, partition_result=v_partition_result, unknown_tags=unknown), pos


def _write_ReplicaElectionResult_v2(o: ReplicaElectionResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.partition_result
    if items is None:
        raise ValueError('non-nullable field PartitionResult is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_PartitionResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_PartitionResult_v2(buf: memoryview, pos: int) -> tuple[PartitionResult, int]:
    v_partition_id, v_error_code = _S1.unpack_from(buf, pos)
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return PartitionResult(partition_id=v_partition_id, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_PartitionResult_v2(o: PartitionResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.partition_id, o.error_code)
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


_READERS = {0: _read_ElectLeadersResponse_v0, 1: _read_ElectLeadersResponse_v1, 2: _read_ElectLeadersResponse_v2}
_WRITERS = {0: _write_ElectLeadersResponse_v0, 1: _write_ElectLeadersResponse_v1, 2: _write_ElectLeadersResponse_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[ElectLeadersResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ElectLeadersResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ElectLeadersResponse v%d: %s' % (version, exc)) from None


def write(obj: ElectLeadersResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ElectLeadersResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
