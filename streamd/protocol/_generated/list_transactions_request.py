# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListTransactionsRequest (request, api key 66), versions 0-2."""

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

__all__ = ['ListTransactionsRequest', "read", "write"]

_S0 = struct.Struct('>q')

@dataclass(slots=True)
class ListTransactionsRequest:
    state_filters: list[str] = field(default_factory=list)
    producer_id_filters: list[int] = field(default_factory=list)
    duration_filter: int = -1
    transactional_id_pattern: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_ListTransactionsRequest_v0(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field StateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field StateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProducerIdFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_producer_id_filters = list(struct.unpack_from('>%dq' % n, buf, pos))
        pos += 8 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsRequest(state_filters=v_state_filters, producer_id_filters=v_producer_id_filters, unknown_tags=unknown), pos


def _write_ListTransactionsRequest_v0(o: ListTransactionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.state_filters
    if items is None:
        raise ValueError('non-nullable field StateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field StateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.producer_id_filters
    if items is None:
        raise ValueError('non-nullable field ProducerIdFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%dq' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListTransactionsRequest_v1(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field StateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field StateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProducerIdFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_producer_id_filters = list(struct.unpack_from('>%dq' % n, buf, pos))
        pos += 8 * n
    v_duration_filter, = _S0.unpack_from(buf, pos)
    pos += 8
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsRequest(state_filters=v_state_filters, producer_id_filters=v_producer_id_filters, duration_filter=v_duration_filter, unknown_tags=unknown), pos


def _write_ListTransactionsRequest_v1(o: ListTransactionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.state_filters
    if items is None:
        raise ValueError('non-nullable field StateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field StateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.producer_id_filters
    if items is None:
        raise ValueError('non-nullable field ProducerIdFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%dq' % len(items), *items)
    out += _S0.pack(o.duration_filter)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListTransactionsRequest_v2(buf: memoryview, pos: int) -> tuple[ListTransactionsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field StateFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_state_filters = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field StateFilters was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_state_filters.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProducerIdFilters was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_producer_id_filters = list(struct.unpack_from('>%dq' % n, buf, pos))
        pos += 8 * n
    v_duration_filter, = _S0.unpack_from(buf, pos)
    pos += 8
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_transactional_id_pattern = None
    else:
        end = check_length(buf, pos, n)
        v_transactional_id_pattern = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListTransactionsRequest(state_filters=v_state_filters, producer_id_filters=v_producer_id_filters, duration_filter=v_duration_filter, transactional_id_pattern=v_transactional_id_pattern, unknown_tags=unknown), pos


def _write_ListTransactionsRequest_v2(o: ListTransactionsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.state_filters
    if items is None:
        raise ValueError('non-nullable field StateFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field StateFilters is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.producer_id_filters
    if items is None:
        raise ValueError('non-nullable field ProducerIdFilters is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%dq' % len(items), *items)
    out += _S0.pack(o.duration_filter)
    v = o.transactional_id_pattern
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


_READERS = {0: _read_ListTransactionsRequest_v0, 1: _read_ListTransactionsRequest_v1, 2: _read_ListTransactionsRequest_v2}
_WRITERS = {0: _write_ListTransactionsRequest_v0, 1: _write_ListTransactionsRequest_v1, 2: _write_ListTransactionsRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListTransactionsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListTransactionsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListTransactionsRequest v%d: %s' % (version, exc)) from None


def write(obj: ListTransactionsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListTransactionsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
