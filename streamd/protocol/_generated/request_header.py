# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""RequestHeader (header), versions 1-2."""

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

__all__ = ['RequestHeader', "read", "write"]

_S0 = struct.Struct('>hhi')

@dataclass(slots=True)
class RequestHeader:
    request_api_key: int = 0
    request_api_version: int = 0
    correlation_id: int = 0
    client_id: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


def _read_RequestHeader_v1(buf: memoryview, pos: int) -> tuple[RequestHeader, int]:
    v_request_api_key, v_request_api_version, v_correlation_id = _S0.unpack_from(buf, pos)
    pos += 8
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_client_id = None
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return RequestHeader(request_api_key=v_request_api_key, request_api_version=v_request_api_version, correlation_id=v_correlation_id, client_id=v_client_id, unknown_tags=unknown), pos


def _write_RequestHeader_v1(o: RequestHeader, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.request_api_key, o.request_api_version, o.correlation_id)
    v = o.client_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_RequestHeader_v2(buf: memoryview, pos: int) -> tuple[RequestHeader, int]:
    v_request_api_key, v_request_api_version, v_correlation_id = _S0.unpack_from(buf, pos)
    pos += 8
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_client_id = None
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return RequestHeader(request_api_key=v_request_api_key, request_api_version=v_request_api_version, correlation_id=v_correlation_id, client_id=v_client_id, unknown_tags=unknown), pos


def _write_RequestHeader_v2(o: RequestHeader, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.request_api_key, o.request_api_version, o.correlation_id)
    v = o.client_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
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


_READERS = {1: _read_RequestHeader_v1, 2: _read_RequestHeader_v2}
_WRITERS = {1: _write_RequestHeader_v1, 2: _write_RequestHeader_v2}
MIN_VERSION = 1
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[RequestHeader, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('RequestHeader has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode RequestHeader v%d: %s' % (version, exc)) from None


def write(obj: RequestHeader, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('RequestHeader has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
