# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeConfigsResponse (response, api key 32), versions 1-4."""

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

__all__ = ['DescribeConfigsResourceResult', 'DescribeConfigsResponse', 'DescribeConfigsResult', 'DescribeConfigsSynonym', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>b')
_S3 = struct.Struct('>?b?')

@dataclass(slots=True)
class DescribeConfigsSynonym:
    name: str = ''
    value: str | None = ''
    source: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeConfigsResourceResult:
    name: str = ''
    value: str | None = ''
    read_only: bool = False
    config_source: int = -1
    is_default: bool = False
    is_sensitive: bool = False
    synonyms: list[DescribeConfigsSynonym] = field(default_factory=list)
    config_type: int = 0
    documentation: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeConfigsResult:
    error_code: int = 0
    error_message: str | None = ''
    resource_type: int = 0
    resource_name: str = ''
    configs: list[DescribeConfigsResourceResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeConfigsResponse:
    throttle_time_ms: int = 0
    results: list[DescribeConfigsResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeConfigsResponse_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
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
            item, pos = _read_DescribeConfigsResult_v1(buf, pos)
            v_results.append(item)
    unknown = None
    return DescribeConfigsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeConfigsResponse_v1(o: DescribeConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResult_v1(item, out, chunks)


def _read_DescribeConfigsResult_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
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
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResourceResult_v1(buf, pos)
            v_configs.append(item)
    unknown = None
    return DescribeConfigsResult(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_DescribeConfigsResult_v1(o: DescribeConfigsResult, out: bytearray, chunks: list[Any]) -> None:
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
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResourceResult_v1(item, out, chunks)


def _read_DescribeConfigsResourceResult_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_read_only, v_config_source, v_is_sensitive = _S3.unpack_from(buf, pos)
    pos += 3
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Synonyms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_synonyms = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsSynonym_v1(buf, pos)
            v_synonyms.append(item)
    unknown = None
    return DescribeConfigsResourceResult(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, synonyms=v_synonyms, unknown_tags=unknown), pos


def _write_DescribeConfigsResourceResult_v1(o: DescribeConfigsResourceResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.read_only, o.config_source, o.is_sensitive)
    items = o.synonyms
    if items is None:
        raise ValueError('non-nullable field Synonyms is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsSynonym_v1(item, out, chunks)


def _read_DescribeConfigsSynonym_v1(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_source, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeConfigsSynonym(name=v_name, value=v_value, source=v_source, unknown_tags=unknown), pos


def _write_DescribeConfigsSynonym_v1(o: DescribeConfigsSynonym, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S2.pack(o.source)


def _read_DescribeConfigsResponse_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
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
            item, pos = _read_DescribeConfigsResult_v2(buf, pos)
            v_results.append(item)
    unknown = None
    return DescribeConfigsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeConfigsResponse_v2(o: DescribeConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResult_v2(item, out, chunks)


def _read_DescribeConfigsResult_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
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
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResourceResult_v2(buf, pos)
            v_configs.append(item)
    unknown = None
    return DescribeConfigsResult(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_DescribeConfigsResult_v2(o: DescribeConfigsResult, out: bytearray, chunks: list[Any]) -> None:
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
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResourceResult_v2(item, out, chunks)


def _read_DescribeConfigsResourceResult_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_read_only, v_config_source, v_is_sensitive = _S3.unpack_from(buf, pos)
    pos += 3
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Synonyms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_synonyms = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsSynonym_v2(buf, pos)
            v_synonyms.append(item)
    unknown = None
    return DescribeConfigsResourceResult(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, synonyms=v_synonyms, unknown_tags=unknown), pos


def _write_DescribeConfigsResourceResult_v2(o: DescribeConfigsResourceResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.read_only, o.config_source, o.is_sensitive)
    items = o.synonyms
    if items is None:
        raise ValueError('non-nullable field Synonyms is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsSynonym_v2(item, out, chunks)


def _read_DescribeConfigsSynonym_v2(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_source, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeConfigsSynonym(name=v_name, value=v_value, source=v_source, unknown_tags=unknown), pos


def _write_DescribeConfigsSynonym_v2(o: DescribeConfigsSynonym, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S2.pack(o.source)


def _read_DescribeConfigsResponse_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
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
            item, pos = _read_DescribeConfigsResult_v3(buf, pos)
            v_results.append(item)
    unknown = None
    return DescribeConfigsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeConfigsResponse_v3(o: DescribeConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResult_v3(item, out, chunks)


def _read_DescribeConfigsResult_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
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
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Configs was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsResourceResult_v3(buf, pos)
            v_configs.append(item)
    unknown = None
    return DescribeConfigsResult(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_DescribeConfigsResult_v3(o: DescribeConfigsResult, out: bytearray, chunks: list[Any]) -> None:
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
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsResourceResult_v3(item, out, chunks)


def _read_DescribeConfigsResourceResult_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_read_only, v_config_source, v_is_sensitive = _S3.unpack_from(buf, pos)
    pos += 3
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Synonyms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_synonyms = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsSynonym_v3(buf, pos)
            v_synonyms.append(item)
    v_config_type, = _S2.unpack_from(buf, pos)
    pos += 1
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_documentation = None
    else:
        end = check_length(buf, pos, n)
        v_documentation = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return DescribeConfigsResourceResult(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, synonyms=v_synonyms, config_type=v_config_type, documentation=v_documentation, unknown_tags=unknown), pos


def _write_DescribeConfigsResourceResult_v3(o: DescribeConfigsResourceResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S3.pack(o.read_only, o.config_source, o.is_sensitive)
    items = o.synonyms
    if items is None:
        raise ValueError('non-nullable field Synonyms is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribeConfigsSynonym_v3(item, out, chunks)
    out += _S2.pack(o.config_type)
    v = o.documentation
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_DescribeConfigsSynonym_v3(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_value = None
    else:
        end = check_length(buf, pos, n)
        v_value = str(buf[pos:end], 'utf-8')
        pos = end
    v_source, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return DescribeConfigsSynonym(name=v_name, value=v_value, source=v_source, unknown_tags=unknown), pos


def _write_DescribeConfigsSynonym_v3(o: DescribeConfigsSynonym, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.value
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S2.pack(o.source)


def _read_DescribeConfigsResponse_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsResponse, int]:
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
            item, pos = _read_DescribeConfigsResult_v4(buf, pos)
            v_results.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsResponse(throttle_time_ms=v_throttle_time_ms, results=v_results, unknown_tags=unknown), pos


def _write_DescribeConfigsResponse_v4(o: DescribeConfigsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.results
    if items is None:
        raise ValueError('non-nullable field Results is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeConfigsResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeConfigsResult_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsResult, int]:
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
            item, pos = _read_DescribeConfigsResourceResult_v4(buf, pos)
            v_configs.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsResult(error_code=v_error_code, error_message=v_error_message, resource_type=v_resource_type, resource_name=v_resource_name, configs=v_configs, unknown_tags=unknown), pos


def _write_DescribeConfigsResult_v4(o: DescribeConfigsResult, out: bytearray, chunks: list[Any]) -> None:
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
    items = o.configs
    if items is None:
        raise ValueError('non-nullable field Configs is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeConfigsResourceResult_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribeConfigsResourceResult_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsResourceResult, int]:
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
    v_read_only, v_config_source, v_is_sensitive = _S3.unpack_from(buf, pos)
    pos += 3
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Synonyms was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_synonyms = []
        for _ in range(n):
            item, pos = _read_DescribeConfigsSynonym_v4(buf, pos)
            v_synonyms.append(item)
    v_config_type, = _S2.unpack_from(buf, pos)
    pos += 1
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_documentation = None
    else:
        end = check_length(buf, pos, n)
        v_documentation = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsResourceResult(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, synonyms=v_synonyms, config_type=v_config_type, documentation=v_documentation, unknown_tags=unknown), pos


def _write_DescribeConfigsResourceResult_v4(o: DescribeConfigsResourceResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.value
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S3.pack(o.read_only, o.config_source, o.is_sensitive)
    items = o.synonyms
    if items is None:
        raise ValueError('non-nullable field Synonyms is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribeConfigsSynonym_v4(item, out, chunks)
    out += _S2.pack(o.config_type)
    v = o.documentation
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


def _read_DescribeConfigsSynonym_v4(buf: memoryview, pos: int) -> tuple[DescribeConfigsSynonym, int]:
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
    v_source, = _S2.unpack_from(buf, pos)
    pos += 1
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeConfigsSynonym(name=v_name, value=v_value, source=v_source, unknown_tags=unknown), pos


def _write_DescribeConfigsSynonym_v4(o: DescribeConfigsSynonym, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.value
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.source)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DescribeConfigsResponse_v1, 2: _read_DescribeConfigsResponse_v2, 3: _read_DescribeConfigsResponse_v3, 4: _read_DescribeConfigsResponse_v4}
_WRITERS = {1: _write_DescribeConfigsResponse_v1, 2: _write_DescribeConfigsResponse_v2, 3: _write_DescribeConfigsResponse_v3, 4: _write_DescribeConfigsResponse_v4}
MIN_VERSION = 1
MAX_VERSION = 4
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeConfigsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeConfigsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeConfigsResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeConfigsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeConfigsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
