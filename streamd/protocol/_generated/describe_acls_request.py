# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeAclsRequest (request, api key 29), versions 1-3."""

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

__all__ = ['DescribeAclsRequest', "read", "write"]

_S0 = struct.Struct('>b')
_S1 = struct.Struct('>bb')

@dataclass(slots=True)
class DescribeAclsRequest:
    resource_type_filter: int = 0
    resource_name_filter: str | None = ''
    pattern_type_filter: int = 3
    principal_filter: str | None = ''
    host_filter: str | None = ''
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeAclsRequest_v1(buf: memoryview, pos: int) -> tuple[DescribeAclsRequest, int]:
    v_resource_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_resource_name_filter = None
    else:
        end = check_length(buf, pos, n)
        v_resource_name_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_principal_filter = None
    else:
        end = check_length(buf, pos, n)
        v_principal_filter = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_host_filter = None
    else:
        end = check_length(buf, pos, n)
        v_host_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DescribeAclsRequest(resource_type_filter=v_resource_type_filter, resource_name_filter=v_resource_name_filter, pattern_type_filter=v_pattern_type_filter, principal_filter=v_principal_filter, host_filter=v_host_filter, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DescribeAclsRequest_v1(o: DescribeAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type_filter)
    v = o.resource_name_filter
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.pattern_type_filter)
    v = o.principal_filter
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.host_filter
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.operation, o.permission_type)


def _read_DescribeAclsRequest_v2(buf: memoryview, pos: int) -> tuple[DescribeAclsRequest, int]:
    v_resource_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_resource_name_filter = None
    else:
        end = check_length(buf, pos, n)
        v_resource_name_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_principal_filter = None
    else:
        end = check_length(buf, pos, n)
        v_principal_filter = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_host_filter = None
    else:
        end = check_length(buf, pos, n)
        v_host_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeAclsRequest(resource_type_filter=v_resource_type_filter, resource_name_filter=v_resource_name_filter, pattern_type_filter=v_pattern_type_filter, principal_filter=v_principal_filter, host_filter=v_host_filter, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DescribeAclsRequest_v2(o: DescribeAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type_filter)
    v = o.resource_name_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.pattern_type_filter)
    v = o.principal_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.host_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.operation, o.permission_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeAclsRequest_v3(buf: memoryview, pos: int) -> tuple[DescribeAclsRequest, int]:
    v_resource_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_resource_name_filter = None
    else:
        end = check_length(buf, pos, n)
        v_resource_name_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_pattern_type_filter, = _S0.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_principal_filter = None
    else:
        end = check_length(buf, pos, n)
        v_principal_filter = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_host_filter = None
    else:
        end = check_length(buf, pos, n)
        v_host_filter = str(buf[pos:end], 'utf-8')
        pos = end
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeAclsRequest(resource_type_filter=v_resource_type_filter, resource_name_filter=v_resource_name_filter, pattern_type_filter=v_pattern_type_filter, principal_filter=v_principal_filter, host_filter=v_host_filter, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_DescribeAclsRequest_v3(o: DescribeAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type_filter)
    v = o.resource_name_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.pattern_type_filter)
    v = o.principal_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.host_filter
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.operation, o.permission_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DescribeAclsRequest_v1, 2: _read_DescribeAclsRequest_v2, 3: _read_DescribeAclsRequest_v3}
_WRITERS = {1: _write_DescribeAclsRequest_v1, 2: _write_DescribeAclsRequest_v2, 3: _write_DescribeAclsRequest_v3}
MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeAclsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeAclsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeAclsRequest v%d: %s' % (version, exc)) from None


def write(obj: DescribeAclsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeAclsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
