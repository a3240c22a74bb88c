# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateAclsRequest (request, api key 30), versions 1-3."""

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

__all__ = ['AclCreation', 'CreateAclsRequest', "read", "write"]

_S0 = struct.Struct('>b')
_S1 = struct.Struct('>bb')

@dataclass(slots=True)
class AclCreation:
    resource_type: int = 0
    resource_name: str = ''
    resource_pattern_type: int = 3
    principal: str = ''
    host: str = ''
    operation: int = 0
    permission_type: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreateAclsRequest:
    creations: list[AclCreation] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_CreateAclsRequest_v1(buf: memoryview, pos: int) -> tuple[CreateAclsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Creations was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_creations = []
        for _ in range(n):
            item, pos = _read_AclCreation_v1(buf, pos)
            v_creations.append(item)
    unknown = None
    return CreateAclsRequest(creations=v_creations, unknown_tags=unknown), pos


def _write_CreateAclsRequest_v1(o: CreateAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.creations
    if items is None:
        raise ValueError('non-nullable field Creations is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AclCreation_v1(item, out, chunks)


def _read_AclCreation_v1(buf: memoryview, pos: int) -> tuple[AclCreation, int]:
    v_resource_type, = _S0.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_resource_pattern_type, = _S0.unpack_from(buf, pos)
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
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return AclCreation(resource_type=v_resource_type, resource_name=v_resource_name, resource_pattern_type=v_resource_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_AclCreation_v1(o: AclCreation, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.resource_pattern_type)
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
    out += _S1.pack(o.operation, o.permission_type)


def _read_CreateAclsRequest_v2(buf: memoryview, pos: int) -> tuple[CreateAclsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Creations was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_creations = []
        for _ in range(n):
            item, pos = _read_AclCreation_v2(buf, pos)
            v_creations.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateAclsRequest(creations=v_creations, unknown_tags=unknown), pos


def _write_CreateAclsRequest_v2(o: CreateAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.creations
    if items is None:
        raise ValueError('non-nullable field Creations is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AclCreation_v2(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AclCreation_v2(buf: memoryview, pos: int) -> tuple[AclCreation, int]:
    v_resource_type, = _S0.unpack_from(buf, pos)
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
    v_resource_pattern_type, = _S0.unpack_from(buf, pos)
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
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AclCreation(resource_type=v_resource_type, resource_name=v_resource_name, resource_pattern_type=v_resource_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_AclCreation_v2(o: AclCreation, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.resource_pattern_type)
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


def _read_CreateAclsRequest_v3(buf: memoryview, pos: int) -> tuple[CreateAclsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Creations was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_creations = []
        for _ in range(n):
            item, pos = _read_AclCreation_v3(buf, pos)
            v_creations.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateAclsRequest(creations=v_creations, unknown_tags=unknown), pos


def _write_CreateAclsRequest_v3(o: CreateAclsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.creations
    if items is None:
        raise ValueError('non-nullable field Creations is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AclCreation_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AclCreation_v3(buf: memoryview, pos: int) -> tuple[AclCreation, int]:
    v_resource_type, = _S0.unpack_from(buf, pos)
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
    v_resource_pattern_type, = _S0.unpack_from(buf, pos)
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
    v_operation, v_permission_type = _S1.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AclCreation(resource_type=v_resource_type, resource_name=v_resource_name, resource_pattern_type=v_resource_pattern_type, principal=v_principal, host=v_host, operation=v_operation, permission_type=v_permission_type, unknown_tags=unknown), pos


def _write_AclCreation_v3(o: AclCreation, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.resource_pattern_type)
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


_READERS = {1: _read_CreateAclsRequest_v1, 2: _read_CreateAclsRequest_v2, 3: _read_CreateAclsRequest_v3}
_WRITERS = {1: _write_CreateAclsRequest_v1, 2: _write_CreateAclsRequest_v2, 3: _write_CreateAclsRequest_v3}
MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateAclsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('CreateAclsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode CreateAclsRequest v%d: %s' % (version, exc)) from None


def write(obj: CreateAclsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('CreateAclsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
