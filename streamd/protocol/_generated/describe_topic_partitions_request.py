# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeTopicPartitionsRequest (request, api key 75), versions 0-0."""

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

__all__ = ['Cursor', 'DescribeTopicPartitionsRequest', 'TopicRequest', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class Cursor:
    topic_name: str = ''
    partition_index: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class TopicRequest:
    name: str = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeTopicPartitionsRequest:
    topics: list[TopicRequest] = field(default_factory=list)
    response_partition_limit: int = 2000
    cursor: Cursor | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeTopicPartitionsRequest_v0(buf: memoryview, pos: int) -> tuple[DescribeTopicPartitionsRequest, int]:
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
            item, pos = _read_TopicRequest_v0(buf, pos)
            v_topics.append(item)
    v_response_partition_limit, = _S0.unpack_from(buf, pos)
    pos += 4
    (marker,) = I8.unpack_from(buf, pos)
    pos += 1
    if marker < 0:
        v_cursor = None
    else:
        v_cursor, pos = _read_Cursor_v0(buf, pos)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeTopicPartitionsRequest(topics=v_topics, response_partition_limit=v_response_partition_limit, cursor=v_cursor, unknown_tags=unknown), pos


def _write_DescribeTopicPartitionsRequest_v0(o: DescribeTopicPartitionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_TopicRequest_v0(item, out, chunks)
    out += _S0.pack(o.response_partition_limit)
    if o.cursor is None:
        out += b'\xff'
    else:
        out += b'\x01'
        _write_Cursor_v0(o.cursor, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_TopicRequest_v0(buf: memoryview, pos: int) -> tuple[TopicRequest, int]:
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
    return TopicRequest(name=v_name, unknown_tags=unknown), pos


def _write_TopicRequest_v0(o: TopicRequest, out: bytearray, chunks: list[Any]) -> None:
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


def _read_Cursor_v0(buf: memoryview, pos: int) -> tuple[Cursor, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TopicName was null')
    else:
        end = check_length(buf, pos, n)
        v_topic_name = str(buf[pos:end], 'utf-8')
        pos = end
    v_partition_index, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return Cursor(topic_name=v_topic_name, partition_index=v_partition_index, unknown_tags=unknown), pos


def _write_Cursor_v0(o: Cursor, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic_name
    if v is None:
        raise ValueError('non-nullable field TopicName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.partition_index)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_DescribeTopicPartitionsRequest_v0}
_WRITERS = {0: _write_DescribeTopicPartitionsRequest_v0}
MIN_VERSION = 0
MAX_VERSION = 0
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeTopicPartitionsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeTopicPartitionsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeTopicPartitionsRequest v%d: %s' % (version, exc)) from None


def write(obj: DescribeTopicPartitionsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeTopicPartitionsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
