# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ConsumerProtocolSubscription (data), versions 0-3."""

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

__all__ = ['ConsumerProtocolSubscription', 'TopicPartition', "read", "write"]

_S0 = struct.Struct('>i')

@dataclass(slots=True)
class TopicPartition:
    topic: str = ''
    partitions: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ConsumerProtocolSubscription:
    topics: list[str] = field(default_factory=list)
    user_data: bytes | None = None
    owned_partitions: list[TopicPartition] = field(default_factory=list)
    generation_id: int = -1
    rack_id: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_ConsumerProtocolSubscription_v0(buf: memoryview, pos: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Topics was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_user_data = None
    else:
        end = check_length(buf, pos, n)
        v_user_data = bytes(buf[pos:end])
        pos = end
    unknown = None
    return ConsumerProtocolSubscription(topics=v_topics, user_data=v_user_data, unknown_tags=unknown), pos


def _write_ConsumerProtocolSubscription_v0(o: ConsumerProtocolSubscription, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Topics is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    v = o.user_data
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_ConsumerProtocolSubscription_v1(buf: memoryview, pos: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Topics was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_user_data = None
    else:
        end = check_length(buf, pos, n)
        v_user_data = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OwnedPartitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_owned_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartition_v1(buf, pos)
            v_owned_partitions.append(item)
    unknown = None
    return ConsumerProtocolSubscription(topics=v_topics, user_data=v_user_data, owned_partitions=v_owned_partitions, unknown_tags=unknown), pos


def _write_ConsumerProtocolSubscription_v1(o: ConsumerProtocolSubscription, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Topics is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    v = o.user_data
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    items = o.owned_partitions
    if items is None:
        raise ValueError('non-nullable field OwnedPartitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicPartition_v1(item, out, chunks)


def _read_TopicPartition_v1(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return TopicPartition(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartition_v1(o: TopicPartition, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_ConsumerProtocolSubscription_v2(buf: memoryview, pos: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Topics was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_user_data = None
    else:
        end = check_length(buf, pos, n)
        v_user_data = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OwnedPartitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_owned_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartition_v2(buf, pos)
            v_owned_partitions.append(item)
    v_generation_id, = _S0.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return ConsumerProtocolSubscription(topics=v_topics, user_data=v_user_data, owned_partitions=v_owned_partitions, generation_id=v_generation_id, unknown_tags=unknown), pos


def _write_ConsumerProtocolSubscription_v2(o: ConsumerProtocolSubscription, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Topics is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    v = o.user_data
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    items = o.owned_partitions
    if items is None:
        raise ValueError('non-nullable field OwnedPartitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicPartition_v2(item, out, chunks)
    out += _S0.pack(o.generation_id)


def _read_TopicPartition_v2(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return TopicPartition(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartition_v2(o: TopicPartition, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


def _read_ConsumerProtocolSubscription_v3(buf: memoryview, pos: int) -> tuple[ConsumerProtocolSubscription, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Topics was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_topics = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field Topics was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_topics.append(item)
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        v_user_data = None
    else:
        end = check_length(buf, pos, n)
        v_user_data = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field OwnedPartitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_owned_partitions = []
        for _ in range(n):
            item, pos = _read_TopicPartition_v3(buf, pos)
            v_owned_partitions.append(item)
    v_generation_id, = _S0.unpack_from(buf, pos)
    pos += 4
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_rack_id = None
    else:
        end = check_length(buf, pos, n)
        v_rack_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return ConsumerProtocolSubscription(topics=v_topics, user_data=v_user_data, owned_partitions=v_owned_partitions, generation_id=v_generation_id, rack_id=v_rack_id, unknown_tags=unknown), pos


def _write_ConsumerProtocolSubscription_v3(o: ConsumerProtocolSubscription, out: bytearray, chunks: list[Any]) -> None:
    items = o.topics
    if items is None:
        raise ValueError('non-nullable field Topics is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field Topics is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw
    v = o.user_data
    if v is None:
        out += b'\xff\xff\xff\xff'
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    items = o.owned_partitions
    if items is None:
        raise ValueError('non-nullable field OwnedPartitions is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_TopicPartition_v3(item, out, chunks)
    out += _S0.pack(o.generation_id)
    v = o.rack_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_TopicPartition_v3(buf: memoryview, pos: int) -> tuple[TopicPartition, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Topic was null')
    else:
        end = check_length(buf, pos, n)
        v_topic = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Partitions was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_partitions = list(struct.unpack_from('>%di' % n, buf, pos))
        pos += 4 * n
    unknown = None
    return TopicPartition(topic=v_topic, partitions=v_partitions, unknown_tags=unknown), pos


def _write_TopicPartition_v3(o: TopicPartition, out: bytearray, chunks: list[Any]) -> None:
    v = o.topic
    if v is None:
        raise ValueError('non-nullable field Topic is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.partitions
    if items is None:
        raise ValueError('non-nullable field Partitions is None')
    else:
        out += I32.pack(len(items))
        out += struct.pack('>%di' % len(items), *items)


_READERS = {0: _read_ConsumerProtocolSubscription_v0, 1: _read_ConsumerProtocolSubscription_v1, 2: _read_ConsumerProtocolSubscription_v2, 3: _read_ConsumerProtocolSubscription_v3}
_WRITERS = {0: _write_ConsumerProtocolSubscription_v0, 1: _write_ConsumerProtocolSubscription_v1, 2: _write_ConsumerProtocolSubscription_v2, 3: _write_ConsumerProtocolSubscription_v3}
MIN_VERSION = 0
MAX_VERSION = 3
FLEXIBLE_MIN = 1000


def read(buf: memoryview, pos: int, version: int) -> tuple[ConsumerProtocolSubscription, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ConsumerProtocolSubscription has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ConsumerProtocolSubscription v%d: %s' % (version, exc)) from None


def write(obj: ConsumerProtocolSubscription, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ConsumerProtocolSubscription has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
