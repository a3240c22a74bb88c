# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateAclsResponse (response, api key 30), versions 1-3."""

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

__all__ = ['AclCreationResult', 'CreateAclsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')

@dataclass(slots=True)
class AclCreationResult:
    error_code: int = 0
    error_message: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreateAclsResponse:
    throttle_time_ms: int = 0
    results: list[AclCreationResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_CreateAclsResponse_v1(buf: memoryview, pos: int) -> tuple[CreateAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_AclCreationResult_v1(buf, pos)
            v_results.append(item)
    unknown = None
    return CreateAclsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_CreateAclsResponse_v1(o: CreateAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AclCreationResult_v1(item, out, chunks)


def _read_AclCreationResult_v1(buf: memoryview, pos: int) -> tuple[AclCreationResult, int]:
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
    unknown = None
    return AclCreationResult(error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_AclCreationResult_v1(o: AclCreationResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateAclsResponse_v2(buf: memoryview, pos: int) -> tuple[CreateAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_AclCreationResult_v2(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateAclsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_CreateAclsResponse_v2(o: CreateAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AclCreationResult_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AclCreationResult_v2(buf: memoryview, pos: int) -> tuple[AclCreationResult, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AclCreationResult(error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_AclCreationResult_v2(o: AclCreationResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
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


def _read_CreateAclsResponse_v3(buf: memoryview, pos: int) -> tuple[CreateAclsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Results was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_results = []
        for _ in range(n):
            item, pos = _read_AclCreationResult_v3(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateAclsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_CreateAclsResponse_v3(o: CreateAclsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AclCreationResult_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AclCreationResult_v3(buf: memoryview, pos: int) -> tuple[AclCreationResult, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AclCreationResult(error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_AclCreationResult_v3(o: AclCreationResult, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.error_code)
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


_READERS = {1: _read_CreateAclsResponse_v1, 2: _read_CreateAclsResponse_v2, 3: _read_CreateAclsResponse_v3}
_WRITERS = {1: _write_CreateAclsResponse_v1, 2: _write_CreateAclsResponse_v2, 3: _write_CreateAclsResponse_v3}
MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateAclsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('CreateAclsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode CreateAclsResponse v%d: %s' % (version, exc)) from None


def write(obj: CreateAclsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('CreateAclsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
