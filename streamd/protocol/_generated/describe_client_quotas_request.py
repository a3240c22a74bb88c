# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClientQuotasRequest (request, api key 48), versions 0-1."""

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

__all__ = ['ComponentData', 'DescribeClientQuotasRequest', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>b')

@dataclass(slots=True)
class ComponentData:
    entity_type: str = ''
    match_type: int = 0
    match: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeClientQuotasRequest:
    components: list[ComponentData] = field(default_factory=list)
    strict: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeClientQuotasRequest_v0(buf: memoryview, pos: int) -> tuple[DescribeClientQuotasRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Components was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_components = []
        for _ in range(n):
            item, pos = _read_ComponentData_v0(buf, pos)
            v_components.append(item)
    v_strict, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeClientQuotasRequest(components=v_components, strict=v_strict, unknown_tags=unknown), pos


def _write_DescribeClientQuotasRequest_v0(o: DescribeClientQuotasRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.components
    if items is None:
        raise ValueError('non-nullable field Components is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ComponentData_v0(item, out, chunks)
    out += _S0.pack(o.strict)


def _read_ComponentData_v0(buf: memoryview, pos: int) -> tuple[ComponentData, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field EntityType was null')
    else:
        end = check_length(buf, pos, n)
        v_entity_type = str(buf[pos:end], 'utf-8')
        pos = end
    v_match_type, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_match = None
    else:
        end = check_length(buf, pos, n)
        v_match = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return ComponentData(entity_type=v_entity_type, match_type=v_match_type, match=v_match, unknown_tags=unknown), pos


def _write_ComponentData_v0(o: ComponentData, out: bytearray, chunks: list[Any]) -> None:
    v = o.entity_type
    if v is None:
        raise ValueError('non-nullable field EntityType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.match_type)
    v = o.match
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_DescribeClientQuotasRequest_v1(buf: memoryview, pos: int) -> tuple[DescribeClientQuotasRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Components was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_components = []
        for _ in range(n):
            item, pos = _read_ComponentData_v1(buf, pos)
            v_components.append(item)
    v_strict, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeClientQuotasRequest(components=v_components, strict=v_strict, unknown_tags=unknown), pos


def _write_DescribeClientQuotasRequest_v1(o: DescribeClientQuotasRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.components
    if items is None:
        raise ValueError('non-nullable field Components is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ComponentData_v1(item, out, chunks)
    out += _S0.pack(o.strict)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ComponentData_v1(buf: memoryview, pos: int) -> tuple[ComponentData, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field EntityType was null')
    else:
        end = check_length(buf, pos, n)
        v_entity_type = str(buf[pos:end], 'utf-8')
        pos = end
    v_match_type, = _S1.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_match = None
    else:
        end = check_length(buf, pos, n)
        v_match = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ComponentData(entity_type=v_entity_type, match_type=v_match_type, match=v_match, unknown_tags=unknown), pos


def _write_ComponentData_v1(o: ComponentData, out: bytearray, chunks: list[Any]) -> None:
    v = o.entity_type
    if v is None:
        raise ValueError('non-nullable field EntityType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.match_type)
    v = o.match
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


_READERS = {0: _read_DescribeClientQuotasRequest_v0, 1: _read_DescribeClientQuotasRequest_v1}
_WRITERS = {0: _write_DescribeClientQuotasRequest_v0, 1: _write_DescribeClientQuotasRequest_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClientQuotasRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeClientQuotasRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeClientQuotasRequest v%d: %s' % (version, exc)) from None


def write(obj: DescribeClientQuotasRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeClientQuotasRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
