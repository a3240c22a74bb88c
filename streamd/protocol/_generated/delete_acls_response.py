# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteAclsResponse (response, api key 31), versions 1-3."""

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

__all__ = ['DeleteAclsFilterResult', 'DeleteAclsMatchingAcl', 'DeleteAclsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>b')
_S3 = struct.Struct('>bb')

@dataclass(slots=True)
class DeleteAclsMatchingAcl:
    error_code: int = 0
    error_message: str | None = ''
    resource_type: int = 0
    resource_name: str = ''
    pattern_type: int = 3
    principal: str = ''
    host: str = ''
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteAclsFilterResult:
    error_code: int = 0
    error_message: str | None = ''
    matching_acls: list[DeleteAclsMatchingAcl] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteAclsResponse:
    throttle_time_ms: int = 0
    filter_results: list[DeleteAclsFilterResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DeleteAclsResponse_v1(buf: memoryview, pos: int) -> tuple[DeleteAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field FilterResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_filter_results = []
        for _ in range(n):
            item, pos = _read_DeleteAclsFilterResult_v1(buf, pos)
            v_filter_results.append(item)
    unknown = None
    return DeleteAclsResponse(throttle_time_ms=v_throttle_time_ms, filter_results=v_filter_results, unknown_tags=unknown), pos


def _write_DeleteAclsResponse_v1(o: DeleteAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.filter_results
    if items is None:
        raise ValueError('non-nullable field FilterResults is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeleteAclsFilterResult_v1(item, out, chunks)


def _read_DeleteAclsFilterResult_v1(buf: memoryview, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MatchingAcls was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_matching_acls = []
        for _ in range(n):
            item, pos = _read_DeleteAclsMatchingAcl_v1(buf, pos)
            v_matching_acls.append(item)
    unknown = None
    return DeleteAclsFilterResult(error_code=v_error_code, error_message=v_error_message, matching_acls=v_matching_acls, unknown_tags=unknown), pos


def _write_DeleteAclsFilterResult_v1(o: DeleteAclsFilterResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.matching_acls
    if items is None:
        raise ValueError('non-nullable field MatchingAcls is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DeleteAclsMatchingAcl_v1(item, out, chunks)


def _read_DeleteAclsMatchingAcl_v1(buf: memoryview, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
    v_resource_type, = _S2.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type, = _S2.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Principal was null')
    else:
        end = check_length(buf, pos, n)
        v_principal = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Host was null')
    else:
        end = check_length(buf, pos, n)
        v_host = str(buf[pos:end], 'utf-8')
        pos = end
    v_operation, v_permission_type = _S3.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DeleteAclsMatchingAcl(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, pattern_type=v_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DeleteAclsMatchingAcl_v1(o: DeleteAclsMatchingAcl, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S2.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S2.pack(o.pattern_type)
    v = o.principal
    if v is None:
        raise ValueError('non-nullable field Principal is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.operation, o.permission_type)


def _read_DeleteAclsResponse_v2(buf: memoryview, pos: int) -> tuple[DeleteAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field FilterResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_filter_results = []
        for _ in range(n):
            item, pos = _read_DeleteAclsFilterResult_v2(buf, pos)
            v_filter_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsResponse(throttle_time_ms=v_throttle_time_ms, filter_results=v_filter_results, unknown_tags=unknown), pos


def _write_DeleteAclsResponse_v2(o: DeleteAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.filter_results
    if items is None:
        raise ValueError('non-nullable field FilterResults is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteAclsFilterResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteAclsFilterResult_v2(buf: memoryview, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field MatchingAcls was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_matching_acls = []
        for _ in range(n):
            item, pos = _read_DeleteAclsMatchingAcl_v2(buf, pos)
            v_matching_acls.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsFilterResult(error_code=v_error_code, error_message=v_error_message, matching_acls=v_matching_acls, unknown_tags=unknown), pos


def _write_DeleteAclsFilterResult_v2(o: DeleteAclsFilterResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.matching_acls
    if items is None:
        raise ValueError('non-nullable field MatchingAcls is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteAclsMatchingAcl_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteAclsMatchingAcl_v2(buf: memoryview, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
    v_resource_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Principal was null')
    else:
        end = check_length(buf, pos, n)
        v_principal = str(buf[pos:end], 'utf-8')
        pos = end
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
    v_operation, v_permission_type = _S3.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsMatchingAcl(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, pattern_type=v_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DeleteAclsMatchingAcl_v2(o: DeleteAclsMatchingAcl, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.pattern_type)
    v = o.principal
    if v is None:
        raise ValueError('non-nullable field Principal is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.operation, o.permission_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteAclsResponse_v3(buf: memoryview, pos: int) -> tuple[DeleteAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field FilterResults was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_filter_results = []
        for _ in range(n):
            item, pos = _read_DeleteAclsFilterResult_v3(buf, pos)
            v_filter_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsResponse(throttle_time_ms=v_throttle_time_ms, filter_results=v_filter_results, unknown_tags=unknown), pos


def _write_DeleteAclsResponse_v3(o: DeleteAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.filter_results
    if items is None:
        raise ValueError('non-nullable field FilterResults is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteAclsFilterResult_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteAclsFilterResult_v3(buf: memoryview, pos: int) -> tuple[DeleteAclsFilterResult, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field MatchingAcls was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_matching_acls = []
        for _ in range(n):
            item, pos = _read_DeleteAclsMatchingAcl_v3(buf, pos)
            v_matching_acls.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsFilterResult(error_code=v_error_code, error_message=v_error_message, matching_acls=v_matching_acls, unknown_tags=unknown), pos


def _write_DeleteAclsFilterResult_v3(o: DeleteAclsFilterResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.matching_acls
    if items is None:
        raise ValueError('non-nullable field MatchingAcls is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteAclsMatchingAcl_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteAclsMatchingAcl_v3(buf: memoryview, pos: int) -> tuple[DeleteAclsMatchingAcl, int]:
    v_error_code, = _S1.unpack_from(buf, pos)
    pos += 2
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
    v_resource_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Principal was null')
    else:
        end = check_length(buf, pos, n)
        v_principal = str(buf[pos:end], 'utf-8')
        pos = end
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
    v_operation, v_permission_type = _S3.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteAclsMatchingAcl(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, pattern_type=v_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DeleteAclsMatchingAcl_v3(o: DeleteAclsMatchingAcl, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.pattern_type)
    v = o.principal
    if v is None:
        raise ValueError('non-nullable field Principal is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.host
    if v is None:
        raise ValueError('non-nullable field Host is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.operation, o.permission_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DeleteAclsResponse_v1, 2: _read_DeleteAclsResponse_v2, 3: _read_DeleteAclsResponse_v3}
_WRITERS = {1: _write_DeleteAclsResponse_v1, 2: _write_DeleteAclsResponse_v2, 3: _write_DeleteAclsResponse_v3}
MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteAclsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DeleteAclsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DeleteAclsResponse v%d: %s' % (version, exc)) from None


def write(obj: DeleteAclsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DeleteAclsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
