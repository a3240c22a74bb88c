# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterConfigsResponse (response, api key 33), versions 0-2."""

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

__all__ = ['AlterConfigsResourceResponse', 'AlterConfigsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>b')

@dataclass(slots=True)
class AlterConfigsResourceResponse:
    error_code: int = 0
    error_message: str | None = ''
    resource_type: int = 0
    resource_name: str = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterConfigsResponse:
    throttle_time_ms: int = 0
    responses: list[AlterConfigsResourceResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_AlterConfigsResponse_v0(buf: memoryview, pos: int) -> tuple[AlterConfigsResponse, int]:
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
            item, pos = _read_AlterConfigsResourceResponse_v0(buf, pos)
            v_responses.append(item)
    unknown = None
    return AlterConfigsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_AlterConfigsResponse_v0(o: AlterConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterConfigsResourceResponse_v0(item, out, chunks)


def _read_AlterConfigsResourceResponse_v0(buf: memoryview, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
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
    unknown = None
    return AlterConfigsResourceResponse(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, unknown_tags=unknown), pos


def _write_AlterConfigsResourceResponse_v0(o: AlterConfigsResourceResponse, out: bytearray, chunks: list[Any]) -> None:
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


def _read_AlterConfigsResponse_v1(buf: memoryview, pos: int) -> tuple[AlterConfigsResponse, int]:
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
            item, pos = _read_AlterConfigsResourceResponse_v1(buf, pos)
            v_responses.append(item)
    unknown = None
    return AlterConfigsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_AlterConfigsResponse_v1(o: AlterConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterConfigsResourceResponse_v1(item, out, chunks)


def _read_AlterConfigsResourceResponse_v1(buf: memoryview, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
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
    unknown = None
    return AlterConfigsResourceResponse(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, unknown_tags=unknown), pos


def _write_AlterConfigsResourceResponse_v1(o: AlterConfigsResourceResponse, out: bytearray, chunks: list[Any]) -> None:
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


def _read_AlterConfigsResponse_v2(buf: memoryview, pos: int) -> tuple[AlterConfigsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
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
            item, pos = _read_AlterConfigsResourceResponse_v2(buf, pos)
            v_responses.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterConfigsResponse(throttle_time_ms=v_throttle_time_ms, responses=v_responses, unknown_tags=unknown), pos


def _write_AlterConfigsResponse_v2(o: AlterConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.responses
    if items is None:
        raise ValueError('non-nullable field Responses is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterConfigsResourceResponse_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterConfigsResourceResponse_v2(buf: memoryview, pos: int) -> tuple[AlterConfigsResourceResponse, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterConfigsResourceResponse(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, unknown_tags=unknown), pos


def _write_AlterConfigsResourceResponse_v2(o: AlterConfigsResourceResponse, out: bytearray, chunks: list[Any]) -> None:
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
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_AlterConfigsResponse_v0, 1: _read_AlterConfigsResponse_v1, 2: _read_AlterConfigsResponse_v2}
_WRITERS = {0: _write_AlterConfigsResponse_v0, 1: _write_AlterConfigsResponse_v1, 2: _write_AlterConfigsResponse_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterConfigsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('AlterConfigsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode AlterConfigsResponse v%d: %s' % (version, exc)) from None


def write(obj: AlterConfigsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('AlterConfigsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
