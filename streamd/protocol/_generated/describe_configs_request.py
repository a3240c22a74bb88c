# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeConfigsRequest (request, api key 32), versions 1-4."""

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

__all__ = ['DescribeConfigsRequest', 'DescribeConfigsResource', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>b')
_S2 = struct.Struct('>??')

@dataclass(slots=True)
class DescribeConfigsResource:
    resource_type: int = 0
    resource_name: str = ''
    configuration_keys: list[str] | None = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeConfigsRequest:
    resources: list[DescribeConfigsResource] = field(default_factory=list)
    include_synonyms: bool = False
    include_documentation: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeConfigsRequest_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Resources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resources = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResource_v1(buf, pos)
            v_resources.append(item)
    v_include_synonyms, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeConfigsRequest(resources=v_resources, include_synonyms=v_include_synonyms, unknown_tags=unknown), pos


def _write_DescribeConfigsRequest_v1(o: DescribeConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResource_v1(item, out, chunks)
    out += _S0.pack(o.include_synonyms)


def _read_DescribeConfigsResource_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    v_resource_type, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_configuration_keys = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configuration_keys = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field ConfigurationKeys was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_configuration_keys.append(item)
    unknown = None
    return DescribeConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configuration_keys=v_configuration_keys, unknown_tags=unknown), pos


def _write_DescribeConfigsResource_v1(o: DescribeConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.configuration_keys
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field ConfigurationKeys is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_DescribeConfigsRequest_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Resources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resources = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResource_v2(buf, pos)
            v_resources.append(item)
    v_include_synonyms, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeConfigsRequest(resources=v_resources, include_synonyms=v_include_synonyms, unknown_tags=unknown), pos


def _write_DescribeConfigsRequest_v2(o: DescribeConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResource_v2(item, out, chunks)
    out += _S0.pack(o.include_synonyms)


def _read_DescribeConfigsResource_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    v_resource_type, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_configuration_keys = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configuration_keys = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field ConfigurationKeys was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_configuration_keys.append(item)
    unknown = None
    return DescribeConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configuration_keys=v_configuration_keys, unknown_tags=unknown), pos


def _write_DescribeConfigsResource_v2(o: DescribeConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.configuration_keys
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field ConfigurationKeys is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_DescribeConfigsRequest_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Resources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resources = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResource_v3(buf, pos)
            v_resources.append(item)
    v_include_synonyms, v_include_documentation = _S2.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return DescribeConfigsRequest(resources=v_resources, include_synonyms=v_include_synonyms, include_documentation=v_include_documentation, unknown_tags=unknown), pos


def _write_DescribeConfigsRequest_v3(o: DescribeConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResource_v3(item, out, chunks)
    out += _S2.pack(o.include_synonyms, o.include_documentation)


def _read_DescribeConfigsResource_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    v_resource_type, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ResourceName was null')
    else:
        end = check_length(buf, pos, n)
        v_resource_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_configuration_keys = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configuration_keys = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field ConfigurationKeys was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_configuration_keys.append(item)
    unknown = None
    return DescribeConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configuration_keys=v_configuration_keys, unknown_tags=unknown), pos


def _write_DescribeConfigsResource_v3(o: DescribeConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.configuration_keys
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field ConfigurationKeys is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_DescribeConfigsRequest_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Resources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resources = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResource_v4(buf, pos)
            v_resources.append(item)
    v_include_synonyms, v_include_documentation = _S2.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsRequest(resources=v_resources, include_synonyms=v_include_synonyms, include_documentation=v_include_documentation, unknown_tags=unknown), pos


def _write_DescribeConfigsRequest_v4(o: DescribeConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeConfigsResource_v4(item, out, chunks)
    out += _S2.pack(o.include_synonyms, o.include_documentation)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeConfigsResource_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsResource, int]:
    v_resource_type, = _S1.unpack_from(buf, pos)
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_configuration_keys = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configuration_keys = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field ConfigurationKeys was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_configuration_keys.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configuration_keys=v_configuration_keys, unknown_tags=unknown), pos


def _write_DescribeConfigsResource_v4(o: DescribeConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.configuration_keys
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field ConfigurationKeys is None')
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


_READERS = {1: _read_DescribeConfigsRequest_v1, 2: _read_DescribeConfigsRequest_v2, 3: _read_DescribeConfigsRequest_v3, 4: _read_DescribeConfigsRequest_v4}
_WRITERS = {1: _write_DescribeConfigsRequest_v1, 2: _write_DescribeConfigsRequest_v2, 3: _write_DescribeConfigsRequest_v3, 4: _write_DescribeConfigsRequest_v4}
MIN_VERSION = 1
MAX_VERSION = 4
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeConfigsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeConfigsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeConfigsRequest v%d: %s' % (version, exc)) from None


def write(obj: DescribeConfigsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeConfigsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
