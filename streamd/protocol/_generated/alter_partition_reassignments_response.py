# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterPartitionReassignmentsResponse (response, api key 45), versions 0-1."""

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

__all__ = ['AlterPartitionReassignmentsResponse', 'ReassignablePartitionResponse', 'ReassignableTopicResponse', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>i?h')

@dataclass(slots=True)
class ReassignablePartitionResponse:
    partition_index: int = 0
    error_code: int = 0
    error_message: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ReassignableTopicResponse:
    name: str = ''
    partitions: list[ReassignablePartitionResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterPartitionReassignmentsResponse:
    throttle_time_ms: int = 0
    allow_replication_factor_change: bool = True
    error_code: int = 0
    error_message: str | None = ''
    responses: list[ReassignableTopicResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterPartitionReassignmentsResponse_v0(buf: memoryview, pos: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
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
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_ReassignableTopicResponse_v0(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterPartitionReassignmentsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, error_message=v_error_message, responses=v_responses, unknown_tags=unknown), pos


def _write_AlterPartitionReassignmentsResponse_v0(o: AlterPartitionReassignmentsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReassignableTopicResponse_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReassignableTopicResponse_v0(buf: memoryview, pos: int) -> tuple[ReassignableTopicResponse, int]:
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
            item, pos = _read_ReassignablePartitionResponse_v0(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReassignableTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ReassignableTopicResponse_v0(o: ReassignableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ReassignablePartitionResponse_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReassignablePartitionResponse_v0(buf: memoryview, pos: int) -> tuple[ReassignablePartitionResponse, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
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
    return ReassignablePartitionResponse(partition_index=v_partition_index, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_ReassignablePartitionResponse_v0(o: ReassignablePartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)
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


def _read_AlterPartitionReassignmentsResponse_v1(buf: memoryview, pos: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
    v_throttle_time_ms, v_allow_replication_factor_change, v_error_code = _S1.unpack_from(buf, pos)
    pos += 7
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
        raise DecodeError('non-nullable field Responses was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_responses = []
        for _ in range(n):
            item, pos = _read_ReassignableTopicResponse_v1(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterPartitionReassignmentsResponse(throttle_time_ms=v_throttle_time_ms, allow_replication_factor_change=v_allow_replication_factor_change, error_code=v_error_code, error_message=v_error_message, responses=v_responses, unknown_tags=unknown), pos


def _write_AlterPartitionReassignmentsResponse_v1(o: AlterPartitionReassignmentsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.allow_replication_factor_change, o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ReassignableTopicResponse_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReassignableTopicResponse_v1(buf: memoryview, pos: int) -> tuple[ReassignableTopicResponse, int]:
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
            item, pos = _read_ReassignablePartitionResponse_v1(buf, pos)
            v_partitions.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ReassignableTopicResponse(name=v_name, partitions=v_partitions, unknown_tags=unknown), pos


def _write_ReassignableTopicResponse_v1(o: ReassignableTopicResponse, out: bytearray, chunks: list[Any]) -> None:
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
            _write_ReassignablePartitionResponse_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ReassignablePartitionResponse_v1(buf: memoryview, pos: int) -> tuple[ReassignablePartitionResponse, int]:
    v_partition_index, v_error_code = _S0.unpack_from(buf, pos)
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
    return ReassignablePartitionResponse(partition_index=v_partition_index, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_ReassignablePartitionResponse_v1(o: ReassignablePartitionResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.partition_index, o.error_code)
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


_READERS = {0: _read_AlterPartitionReassignmentsResponse_v0, 1: _read_AlterPartitionReassignmentsResponse_v1}
_WRITERS = {0: _write_AlterPartitionReassignmentsResponse_v0, 1: _write_AlterPartitionReassignmentsResponse_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterPartitionReassignmentsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterPartitionReassignmentsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterPartitionReassignmentsResponse v%d: %s' % (version, exc)) from None


def write(obj: AlterPartitionReassignmentsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterPartitionReassignmentsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
