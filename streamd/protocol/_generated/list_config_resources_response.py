# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListConfigResourcesResponse (response, api key 74), versions 0-1."""

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

__all__ = ['ConfigResource', 'ListConfigResourcesResponse', "read", "write"]

_S0 = struct.Struct('>ih')
_S1 = struct.Struct('>b')

@dataclass(slots=True)
class ConfigResource:
    resource_name: str = ''
    resource_type: int = 16
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListConfigResourcesResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    config_resources: list[ConfigResource] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListConfigResourcesResponse_v0(buf: memoryview, pos: int) -> tuple[ListConfigResourcesResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ConfigResources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_config_resources = []
        for _ in range(n):
            item, pos = _read_ConfigResource_v0(buf, pos)
            v_config_resources.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListConfigResourcesResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, config_resources=v_config_resources, unknown_tags=unknown), pos


def _write_ListConfigResourcesResponse_v0(o: ListConfigResourcesResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    items = o.config_resources
    if items is None:
        raise ValueError('non-nullable field ConfigResources is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ConfigResource_v0(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ConfigResource_v0(buf: memoryview, pos: int) -> tuple[ConfigResource, int]:
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
    return ConfigResource(resource_name=v_resource_name, unknown_tags=unknown), pos


def _write_ConfigResource_v0(o: ConfigResource, out: bytearray, chunks: list[Any]) -> None:
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


def _read_ListConfigResourcesResponse_v1(buf: memoryview, pos: int) -> tuple[ListConfigResourcesResponse, int]:
    v_throttle_time_ms, v_error_code = _S0.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ConfigResources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_config_resources = []
        for _ in range(n):
            item, pos = _read_ConfigResource_v1(buf, pos)
            v_config_resources.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListConfigResourcesResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, config_resources=v_config_resources, unknown_tags=unknown), pos


def _write_ListConfigResourcesResponse_v1(o: ListConfigResourcesResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms, o.error_code)
    items = o.config_resources
    if items is None:
        raise ValueError('non-nullable field ConfigResources is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ConfigResource_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ConfigResource_v1(buf: memoryview, pos: int) -> tuple[ConfigResource, int]:
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
    v_resource_type, = _S1.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ConfigResource(resource_name=v_resource_name, resource_type=v_resource_type, unknown_tags=unknown), pos


def _write_ConfigResource_v1(o: ConfigResource, out: bytearray, chunks: list[Any]) -> None:
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.resource_type)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_ListConfigResourcesResponse_v0, 1: _read_ListConfigResourcesResponse_v1}
_WRITERS = {0: _write_ListConfigResourcesResponse_v0, 1: _write_ListConfigResourcesResponse_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListConfigResourcesResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListConfigResourcesResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListConfigResourcesResponse v%d: %s' % (version, exc)) from None


def write(obj: ListConfigResourcesResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListConfigResourcesResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
