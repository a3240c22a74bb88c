# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateTopicsResponse (response, api key 19), versions 2-7."""

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

__all__ = ['CreatableTopicConfigs', 'CreatableTopicResult', 'CreateTopicsResponse', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>h')
_S2 = struct.Struct('>ih')
_S3 = struct.Struct('>?b?')

@dataclass(slots=True)
class CreatableTopicConfigs:
    name: str = ''
    value: str | None = ''
    read_only: bool = False
    config_source: int = -1
    is_sensitive: bool = False
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreatableTopicResult:
    name: str = ''
    topic_id: uuid.UUID = ZERO_UUID
    error_code: int = 0
    error_message: str | None = ''
    topic_config_error_code: int = 0
    num_partitions: int = -1
    replication_factor: int = -1
    configs: list[CreatableTopicConfigs] | None = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class CreateTopicsResponse:
    throttle_time_ms: int = 0
    topics: list[CreatableTopicResult] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_CreateTopicsResponse_v2(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v2(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicResult_v2(item, out, chunks)


def _read_CreatableTopicResult_v2(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
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
    unknown = None
    return CreatableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v2(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsResponse_v3(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v3(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicResult_v3(item, out, chunks)


def _read_CreatableTopicResult_v3(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
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
    unknown = None
    return CreatableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v3(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsResponse_v4(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v4(buf, pos)
            v_topics.append(item)
    unknown = None
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v4(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_CreatableTopicResult_v4(item, out, chunks)


def _read_CreatableTopicResult_v4(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
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
    unknown = None
    return CreatableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v4(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_CreateTopicsResponse_v5(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v5(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v5(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicResult_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicResult_v5(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
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
    v_num_partitions, v_replication_factor = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_configs = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfigs_v5(buf, pos)
            v_configs.append(item)
    unknown = None
    v_topic_config_error_code = 0
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            (v_topic_config_error_code,) = _S1.unpack_from(sub, pos)
            pos += 2
            if pos != end:
                raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return CreatableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, num_partitions=v_num_partitions, replication_factor=v_replication_factor, configs=v_configs, topic_config_error_code=v_topic_config_error_code, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v5(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.num_partitions, o.replication_factor)
    items = o.configs
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfigs_v5(item, out, chunks)
    tags: list[tuple[int, bytes]] = []
    if o.topic_config_error_code != 0:
        tb = bytearray()
        tb += _S1.pack(o.topic_config_error_code)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_CreatableTopicConfigs_v5(buf: memoryview, pos: int) -> tuple[CreatableTopicConfigs, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfigs(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, unknown_tags=unknown), pos


def _write_CreatableTopicConfigs_v5(o: CreatableTopicConfigs, out: bytearray, chunks: list[Any]) -> None:
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
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreateTopicsResponse_v6(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v6(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v6(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicResult_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicResult_v6(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
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
    v_num_partitions, v_replication_factor = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_configs = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfigs_v6(buf, pos)
            v_configs.append(item)
    unknown = None
    v_topic_config_error_code = 0
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            (v_topic_config_error_code,) = _S1.unpack_from(sub, pos)
            pos += 2
            if pos != end:
                raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return CreatableTopicResult(name=v_name, error_code=v_error_code, error_message=v_error_message, num_partitions=v_num_partitions, replication_factor=v_replication_factor, configs=v_configs, topic_config_error_code=v_topic_config_error_code, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v6(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.num_partitions, o.replication_factor)
    items = o.configs
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfigs_v6(item, out, chunks)
    tags: list[tuple[int, bytes]] = []
    if o.topic_config_error_code != 0:
        tb = bytearray()
        tb += _S1.pack(o.topic_config_error_code)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_CreatableTopicConfigs_v6(buf: memoryview, pos: int) -> tuple[CreatableTopicConfigs, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfigs(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, unknown_tags=unknown), pos


def _write_CreatableTopicConfigs_v6(o: CreatableTopicConfigs, out: bytearray, chunks: list[Any]) -> None:
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
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreateTopicsResponse_v7(buf: memoryview, pos: int) -> tuple[CreateTopicsResponse, int]:
    v_throttle_time_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_CreatableTopicResult_v7(buf, pos)
            v_topics.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreateTopicsResponse(throttle_time_ms=v_throttle_time_ms, topics=v_topics, unknown_tags=unknown), pos


def _write_CreateTopicsResponse_v7(o: CreateTopicsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.throttle_time_ms)
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicResult_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_CreatableTopicResult_v7(buf: memoryview, pos: int) -> tuple[CreatableTopicResult, int]:
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
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
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
    v_num_partitions, v_replication_factor = _S2.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_configs = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_configs = []
        for _ in range(n):
            item, pos = _read_CreatableTopicConfigs_v7(buf, pos)
            v_configs.append(item)
    unknown = None
    v_topic_config_error_code = 0
    count, pos = read_uvarint(buf, pos)
    for _ in range(count):
        tag, pos = read_uvarint(buf, pos)
        size, pos = read_uvarint(buf, pos)
        end = check_length(buf, pos, size)
        if tag == 0:
            sub = buf[:end]
            (v_topic_config_error_code,) = _S1.unpack_from(sub, pos)
            pos += 2
            if pos != end:
                raise DecodeError('tagged field TopicConfigErrorCode has the wrong size')
        else:
            if unknown is None:
                unknown = {}
            unknown[tag] = bytes(buf[pos:end])
            pos = end
    return CreatableTopicResult(name=v_name, topic_id=v_topic_id, error_code=v_error_code, error_message=v_error_message, num_partitions=v_num_partitions, replication_factor=v_replication_factor, configs=v_configs, topic_config_error_code=v_topic_config_error_code, unknown_tags=unknown), pos


def _write_CreatableTopicResult_v7(o: CreatableTopicResult, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    out += _S1.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.num_partitions, o.replication_factor)
    items = o.configs
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_CreatableTopicConfigs_v7(item, out, chunks)
    tags: list[tuple[int, bytes]] = []
    if o.topic_config_error_code != 0:
        tb = bytearray()
        tb += _S1.pack(o.topic_config_error_code)
        tags.append((0, bytes(tb)))
    if o.unknown_tags:
        tags.extend(o.unknown_tags.items())
        tags.sort()
    write_uvarint(out, len(tags))
    for tag, data in tags:
        write_uvarint(out, tag)
        write_uvarint(out, len(data))
        out += data


def _read_CreatableTopicConfigs_v7(buf: memoryview, pos: int) -> tuple[CreatableTopicConfigs, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return CreatableTopicConfigs(name=v_name, value=v_value, read_only=v_read_only, config_source=v_config_source, is_sensitive=v_is_sensitive, unknown_tags=unknown), pos


def _write_CreatableTopicConfigs_v7(o: CreatableTopicConfigs, out: bytearray, chunks: list[Any]) -> None:
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
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {2: _read_CreateTopicsResponse_v2, 3: _read_CreateTopicsResponse_v3, 4: _read_CreateTopicsResponse_v4, 5: _read_CreateTopicsResponse_v5, 6: _read_CreateTopicsResponse_v6, 7: _read_CreateTopicsResponse_v7}
_WRITERS = {2: _write_CreateTopicsResponse_v2, 3: _write_CreateTopicsResponse_v3, 4: _write_CreateTopicsResponse_v4, 5: _write_CreateTopicsResponse_v5, 6: _write_CreateTopicsResponse_v6, 7: _write_CreateTopicsResponse_v7}
MIN_VERSION = 2
MAX_VERSION = 7
FLEXIBLE_MIN = 5


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateTopicsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('CreateTopicsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode CreateTopicsResponse v%d: %s' % (version, exc)) from None


def write(obj: CreateTopicsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('CreateTopicsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
