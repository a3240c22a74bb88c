# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""IncrementalAlterConfigsRequest (request, api key 44), versions 0-1."""

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

__all__ = ['AlterConfigsResource', 'AlterableConfig', 'IncrementalAlterConfigsRequest', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>b')

@dataclass(slots=True)
class AlterableConfig:
    name: str = ''
    config_operation: int = 0
    value: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class AlterConfigsResource:
    resource_type: int = 0
    resource_name: str = ''
    configs: list[AlterableConfig] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class IncrementalAlterConfigsRequest:
    resources: list[AlterConfigsResource] = field(default_factory=list)
    validate_only: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_IncrementalAlterConfigsRequest_v0(buf: memoryview, pos: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Resources was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resources = []
        for _ in range(n):
            item, pos = _read_AlterConfigsResource_v0(buf, pos)
            v_resources.append(item)
    v_validate_only, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return IncrementalAlterConfigsRequest(resources=v_resources, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_IncrementalAlterConfigsRequest_v0(o: IncrementalAlterConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterConfigsResource_v0(item, out, chunks)
    out += _S0.pack(o.validate_only)


def _read_AlterConfigsResource_v0(buf: memoryview, pos: int) -> tuple[AlterConfigsResource, int]:
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
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_AlterableConfig_v0(buf, pos)
            v_configs.append(item)
    unknown = None
    return AlterConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_AlterConfigsResource_v0(o: AlterConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_AlterableConfig_v0(item, out, chunks)


def _read_AlterableConfig_v0(buf: memoryview, pos: int) -> tuple[AlterableConfig, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_config_operation, = _S1.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return AlterableConfig(name=v_name, config_operation=v_config_operation, value=v_value, unknown_tags=unknown), pos


def _write_AlterableConfig_v0(o: AlterableConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.config_operation)
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_IncrementalAlterConfigsRequest_v1(buf: memoryview, pos: int) -> tuple[IncrementalAlterConfigsRequest, int]:
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
            item, pos = _read_AlterConfigsResource_v1(buf, pos)
            v_resources.append(item)
    v_validate_only, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return IncrementalAlterConfigsRequest(resources=v_resources, validate_only=v_validate_only, unknown_tags=unknown), pos


def _write_IncrementalAlterConfigsRequest_v1(o: IncrementalAlterConfigsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resources
    if items is None:
        raise ValueError('non-nullable field Resources is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterConfigsResource_v1(item, out, chunks)
    out += _S0.pack(o.validate_only)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterConfigsResource_v1(buf: memoryview, pos: int) -> tuple[AlterConfigsResource, int]:
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
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_AlterableConfig_v1(buf, pos)
            v_configs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterConfigsResource(resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_AlterConfigsResource_v1(o: AlterConfigsResource, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.resource_type)
    v = o.resource_name
    if v is None:
        raise ValueError('non-nullable field ResourceName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_AlterableConfig_v1(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_AlterableConfig_v1(buf: memoryview, pos: int) -> tuple[AlterableConfig, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_config_operation, = _S1.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return AlterableConfig(name=v_name, config_operation=v_config_operation, value=v_value, unknown_tags=unknown), pos


def _write_AlterableConfig_v1(o: AlterableConfig, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.config_operation)
    v = o.value
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


_READERS = {0: _read_IncrementalAlterConfigsRequest_v0, 1: _read_IncrementalAlterConfigsRequest_v1}
_WRITERS = {0: _write_IncrementalAlterConfigsRequest_v0, 1: _write_IncrementalAlterConfigsRequest_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1


def read(buf: memoryview, pos: int, version: int) -> tuple[IncrementalAlterConfigsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('IncrementalAlterConfigsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode IncrementalAlterConfigsRequest v%d: %s' % (version, exc)) from None


def write(obj: IncrementalAlterConfigsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('IncrementalAlterConfigsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
