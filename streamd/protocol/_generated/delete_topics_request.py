# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteTopicsRequest (request, api key 20), versions 1-6."""

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

__all__ = ['DeleteTopicState', 'DeleteTopicsRequest', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class DeleteTopicState:
    name: str | None = None
    topic_id: uuid.UUID = ZERO_UUID
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DeleteTopicsRequest:
    topics: list[DeleteTopicState] = field(default_factory=list)
    topic_names: list[str] = field(default_factory=list)
    timeout_ms: int = 0
    unknown_tags: dict[int, bytes] | None = None


def _read_DeleteTopicsRequest_v1(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_names = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field TopicNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topic_names.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DeleteTopicsRequest(topic_names=v_topic_names, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v1(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_names
    if items is None:
        raise ValueError('non-nullable field TopicNames is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TopicNames is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    out += _S0.pack(o.timeout_ms)


def _read_DeleteTopicsRequest_v2(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_names = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field TopicNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topic_names.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DeleteTopicsRequest(topic_names=v_topic_names, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v2(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_names
    if items is None:
        raise ValueError('non-nullable field TopicNames is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TopicNames is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    out += _S0.pack(o.timeout_ms)


def _read_DeleteTopicsRequest_v3(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field TopicNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_names = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field TopicNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topic_names.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DeleteTopicsRequest(topic_names=v_topic_names, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v3(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_names
    if items is None:
        raise ValueError('non-nullable field TopicNames is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TopicNames is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    out += _S0.pack(o.timeout_ms)


def _read_DeleteTopicsRequest_v4(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_names = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field TopicNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topic_names.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsRequest(topic_names=v_topic_names, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v4(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_names
    if items is None:
        raise ValueError('non-nullable field TopicNames is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TopicNames is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    out += _S0.pack(o.timeout_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteTopicsRequest_v5(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topic_names = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field TopicNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topic_names.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsRequest(topic_names=v_topic_names, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v5(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topic_names
    if items is None:
        raise ValueError('non-nullable field TopicNames is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TopicNames is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    out += _S0.pack(o.timeout_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteTopicsRequest_v6(buf: memoryview, pos: int) -> tuple[DeleteTopicsRequest, int]:
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
            item, pos = _read_DeleteTopicState_v6(buf, pos)
            v_topics.append(item)
    v_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicsRequest(topics=v_topics, timeout_ms=v_timeout_ms, unknown_tags=unknown), pos


def _write_DeleteTopicsRequest_v6(o: DeleteTopicsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DeleteTopicState_v6(item, out, chunks)
    out += _S0.pack(o.timeout_ms)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DeleteTopicState_v6(buf: memoryview, pos: int) -> tuple[DeleteTopicState, int]:
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
    end = check_length(buf, pos, 16)
    v_topic_id = uuid.UUID(bytes=bytes(buf[pos:end]))
    pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteTopicState(name=v_name, topic_id=v_topic_id, unknown_tags=unknown), pos


def _write_DeleteTopicState_v6(o: DeleteTopicState, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += o.topic_id.bytes
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {1: _read_DeleteTopicsRequest_v1, 2: _read_DeleteTopicsRequest_v2, 3: _read_DeleteTopicsRequest_v3, 4: _read_DeleteTopicsRequest_v4, 5: _read_DeleteTopicsRequest_v5, 6: _read_DeleteTopicsRequest_v6}
_WRITERS = {1: _write_DeleteTopicsRequest_v1, 2: _write_DeleteTopicsRequest_v2, 3: _write_DeleteTopicsRequest_v3, 4: _write_DeleteTopicsRequest_v4, 5: _write_DeleteTopicsRequest_v5, 6: _write_DeleteTopicsRequest_v6}
MIN_VERSION = 1
MAX_VERSION = 6
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteTopicsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DeleteTopicsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DeleteTopicsRequest v%d: %s' % (version, exc)) from None


def write(obj: DeleteTopicsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DeleteTopicsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
