# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""MetadataRequest (request, api key 3), versions 0-13."""

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

__all__ = ['MetadataRequest', 'MetadataRequestTopic', "read", "write"]

_S0 = struct.Struct('>?')
_S1 = struct.Struct('>???')
_S2 = struct.Struct('>??')

@dataclass(slots=True)
class MetadataRequestTopic:
    topic_id: uuid.UUID = ZERO_UUID
    name: str | None = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class MetadataRequest:
    topics: list[MetadataRequestTopic] | None = field(default_factory=list)
    allow_auto_topic_creation: bool = True
    include_cluster_authorized_operations: bool = False
    include_topic_authorized_operations: bool = False
    unknown_tags: dict[int, bytes] | None = None


def _read_MetadataRequest_v0(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v0(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataRequest(topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataRequest_v0(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v0(item, out, chunks)


def _read_MetadataRequestTopic_v0(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v0(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v1(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v1(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataRequest(topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataRequest_v1(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v1(item, out, chunks)


def _read_MetadataRequestTopic_v1(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v1(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v2(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v2(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataRequest(topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataRequest_v2(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v2(item, out, chunks)


def _read_MetadataRequestTopic_v2(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v2(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v3(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v3(buf, pos)
            v_topics.append(item)
    unknown = None
    return MetadataRequest(topics=v_topics, unknown_tags=unknown), pos


def _write_MetadataRequest_v3(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v3(item, out, chunks)


def _read_MetadataRequestTopic_v3(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v3(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v4(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v4(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, unknown_tags=unknown), pos


def _write_MetadataRequest_v4(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v4(item, out, chunks)
    out += _S0.pack(o.allow_auto_topic_creation)


def _read_MetadataRequestTopic_v4(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v4(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v5(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v5(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, unknown_tags=unknown), pos


def _write_MetadataRequest_v5(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v5(item, out, chunks)
    out += _S0.pack(o.allow_auto_topic_creation)


def _read_MetadataRequestTopic_v5(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v5(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v6(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v6(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, unknown_tags=unknown), pos


def _write_MetadataRequest_v6(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v6(item, out, chunks)
    out += _S0.pack(o.allow_auto_topic_creation)


def _read_MetadataRequestTopic_v6(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v6(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v7(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v7(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, = _S0.unpack_from(buf, pos)
    pos += 1
    unknown = None
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, unknown_tags=unknown), pos


def _write_MetadataRequest_v7(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v7(item, out, chunks)
    out += _S0.pack(o.allow_auto_topic_creation)


def _read_MetadataRequestTopic_v7(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v7(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v8(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v8(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_cluster_authorized_operations, v_include_topic_authorized_operations = _S1.unpack_from(buf, pos)
    pos += 3
    unknown = None
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_cluster_authorized_operations=v_include_cluster_authorized_operations, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v8(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out += b'\xff\xff\xff\xff'
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MetadataRequestTopic_v8(item, out, chunks)
    out += _S1.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)


def _read_MetadataRequestTopic_v8(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v8(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_MetadataRequest_v9(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v9(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_cluster_authorized_operations, v_include_topic_authorized_operations = _S1.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_cluster_authorized_operations=v_include_cluster_authorized_operations, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v9(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataRequestTopic_v9(item, out, chunks)
    out += _S1.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataRequestTopic_v9(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequestTopic(name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v9(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_MetadataRequest_v10(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v10(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_cluster_authorized_operations, v_include_topic_authorized_operations = _S1.unpack_from(buf, pos)
    pos += 3
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_cluster_authorized_operations=v_include_cluster_authorized_operations, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v10(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataRequestTopic_v10(item, out, chunks)
    out += _S1.pack(o.allow_auto_topic_creation, o.include_cluster_authorized_operations, o.include_topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataRequestTopic_v10(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequestTopic(topic_id=v_topic_id, name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v10(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    v = o.name
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


def _read_MetadataRequest_v11(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v11(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_topic_authorized_operations = _S2.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v11(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataRequestTopic_v11(item, out, chunks)
    out += _S2.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataRequestTopic_v11(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequestTopic(topic_id=v_topic_id, name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v11(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    v = o.name
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


def _read_MetadataRequest_v12(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v12(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_topic_authorized_operations = _S2.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v12(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataRequestTopic_v12(item, out, chunks)
    out += _S2.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataRequestTopic_v12(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequestTopic(topic_id=v_topic_id, name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v12(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    v = o.name
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


def _read_MetadataRequest_v13(buf: memoryview, pos: int) -> tuple[MetadataRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_topics = None
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            item, pos = _read_MetadataRequestTopic_v13(buf, pos)
            v_topics.append(item)
    v_allow_auto_topic_creation, v_include_topic_authorized_operations = _S2.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequest(topics=v_topics, allow_auto_topic_creation=v_allow_auto_topic_creation, include_topic_authorized_operations=v_include_topic_authorized_operations, unknown_tags=unknown), pos


def _write_MetadataRequest_v13(o: MetadataRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        out.append(0)
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MetadataRequestTopic_v13(item, out, chunks)
    out += _S2.pack(o.allow_auto_topic_creation, o.include_topic_authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MetadataRequestTopic_v13(buf: memoryview, pos: int) -> tuple[MetadataRequestTopic, int]:
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_name = None
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MetadataRequestTopic(topic_id=v_topic_id, name=v_name, unknown_tags=unknown), pos


def _write_MetadataRequestTopic_v13(o: MetadataRequestTopic, out: bytearray, chunks: list[Any]) -> None:
    out += o.topic_id.bytes
    v = o.name
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


_READERS = {0: _read_MetadataRequest_v0, 1: _read_MetadataRequest_v1, 2: _read_MetadataRequest_v2, 3: _read_MetadataRequest_v3, 4: _read_MetadataRequest_v4, 5: _read_MetadataRequest_v5, 6: _read_MetadataRequest_v6, 7: _read_MetadataRequest_v7, 8: _read_MetadataRequest_v8, 9: _read_MetadataRequest_v9, 10: _read_MetadataRequest_v10, 11: _read_MetadataRequest_v11, 12: _read_MetadataRequest_v12, 13: _read_MetadataRequest_v13}
_WRITERS = {0: _write_MetadataRequest_v0, 1: _write_MetadataRequest_v1, 2: _write_MetadataRequest_v2, 3: _write_MetadataRequest_v3, 4: _write_MetadataRequest_v4, 5: _write_MetadataRequest_v5, 6: _write_MetadataRequest_v6, 7: _write_MetadataRequest_v7, 8: _write_MetadataRequest_v8, 9: _write_MetadataRequest_v9, 10: _write_MetadataRequest_v10, 11: _write_MetadataRequest_v11, 12: _write_MetadataRequest_v12, 13: _write_MetadataRequest_v13}
MIN_VERSION = 0
MAX_VERSION = 13
FLEXIBLE_MIN = 9


def read(buf: memoryview, pos: int, version: int) -> tuple[MetadataRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('MetadataRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode MetadataRequest v%d: %s' % (version, exc)) from None


def write(obj: MetadataRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('MetadataRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
