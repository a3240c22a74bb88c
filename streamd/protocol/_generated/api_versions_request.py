# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ApiVersionsRequest (request, api key 18), versions 0-4."""

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

__all__ = ['ApiVersionsRequest', "read", "write"]


@dataclass(slots=True)
class ApiVersionsRequest:
    client_software_name: str = ''
    client_software_version: str = ''
    unknown_tags: dict[int, bytes] | None = None


def _read_ApiVersionsRequest_v0(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    unknown = None
    return ApiVersionsRequest(unknown_tags=unknown), pos


def _write_ApiVersionsRequest_v0(o: ApiVersionsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ApiVersionsRequest_v1(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    unknown = None
    return ApiVersionsRequest(unknown_tags=unknown), pos


def _write_ApiVersionsRequest_v1(o: ApiVersionsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ApiVersionsRequest_v2(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    unknown = None
    return ApiVersionsRequest(unknown_tags=unknown), pos


def _write_ApiVersionsRequest_v2(o: ApiVersionsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ApiVersionsRequest_v3(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientSoftwareName was null')
    else:
        end = check_length(buf, pos, n)
        v_client_software_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientSoftwareVersion was null')
    else:
        end = check_length(buf, pos, n)
        v_client_software_version = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ApiVersionsRequest(client_software_name=v_client_software_name, client_software_version=v_client_software_version, unknown_tags=unknown), pos


def _write_ApiVersionsRequest_v3(o: ApiVersionsRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.client_software_name
    if v is None:
        raise ValueError('non-nullable field ClientSoftwareName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.client_software_version
    if v is None:
        raise ValueError('non-nullable field ClientSoftwareVersion is None')
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


def _read_ApiVersionsRequest_v4(buf: memoryview, pos: int) -> tuple[ApiVersionsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientSoftwareName was null')
    else:
        end = check_length(buf, pos, n)
        v_client_software_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientSoftwareVersion was null')
    else:
        end = check_length(buf, pos, n)
        v_client_software_version = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ApiVersionsRequest(client_software_name=v_client_software_name, client_software_version=v_client_software_version, unknown_tags=unknown), pos


def _write_ApiVersionsRequest_v4(o: ApiVersionsRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.client_software_name
    if v is None:
        raise ValueError('non-nullable field ClientSoftwareName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.client_software_version
    if v is None:
        raise ValueError('non-nullable field ClientSoftwareVersion is None')
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


_READERS = {0: _read_ApiVersionsRequest_v0, 1: _read_ApiVersionsRequest_v1, 2: _read_ApiVersionsRequest_v2, 3: _read_ApiVersionsRequest_v3, 4: _read_ApiVersionsRequest_v4}
_WRITERS = {0: _write_ApiVersionsRequest_v0, 1: _write_ApiVersionsRequest_v1, 2: _write_ApiVersionsRequest_v2, 3: _write_ApiVersionsRequest_v3, 4: _write_ApiVersionsRequest_v4}
MIN_VERSION = 0
MAX_VERSION = 4
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[ApiVersionsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ApiVersionsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ApiVersionsRequest v%d: %s' % (version, exc)) from None


def write(obj: ApiVersionsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ApiVersionsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
