# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListGroupsRequest (request, api key 16), versions 0-5."""

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

__all__ = ['ListGroupsRequest', "read", "write"]


@dataclass(slots=True)
class ListGroupsRequest:
    states_filter: list[str] = field(default_factory=list)
    types_filter: list[str] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListGroupsRequest_v0(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    unknown = None
    return ListGroupsRequest(unknown_tags=unknown), pos


def _write_ListGroupsRequest_v0(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ListGroupsRequest_v1(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    unknown = None
    return ListGroupsRequest(unknown_tags=unknown), pos


def _write_ListGroupsRequest_v1(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ListGroupsRequest_v2(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    unknown = None
    return ListGroupsRequest(unknown_tags=unknown), pos


def _write_ListGroupsRequest_v2(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    pass


def _read_ListGroupsRequest_v3(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsRequest(unknown_tags=unknown), pos


def _write_ListGroupsRequest_v3(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListGroupsRequest_v4(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field StatesFilter was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_states_filter = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field StatesFilter was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_states_filter.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsRequest(states_filter=v_states_filter, unknown_tags=unknown), pos


def _write_ListGroupsRequest_v4(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.states_filter
    if items is None:
        raise ValueError('non-nullable field StatesFilter is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field StatesFilter is None')
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


def _read_ListGroupsRequest_v5(buf: memoryview, pos: int) -> tuple[ListGroupsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field StatesFilter was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_states_filter = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field StatesFilter was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_states_filter.append(item)
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field TypesFilter was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_types_filter = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field TypesFilter was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_types_filter.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsRequest(states_filter=v_states_filter, types_filter=v_types_filter, unknown_tags=unknown), pos


def _write_ListGroupsRequest_v5(o: ListGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.states_filter
    if items is None:
        raise ValueError('non-nullable field StatesFilter is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field StatesFilter is None')
            else:
                raw = v.encode('utf-8')
                n = len(raw) + 1
                out.append(n) if n < 0x80 else write_uvarint(out, n)
                out += raw
    items = o.types_filter
    if items is None:
        raise ValueError('non-nullable field TypesFilter is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field TypesFilter is None')
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


_READERS = {0: _read_ListGroupsRequest_v0, 1: _read_ListGroupsRequest_v1, 2: _read_ListGroupsRequest_v2, 3: _read_ListGroupsRequest_v3, 4: _read_ListGroupsRequest_v4, 5: _read_ListGroupsRequest_v5}
_WRITERS = {0: _write_ListGroupsRequest_v0, 1: _write_ListGroupsRequest_v1, 2: _write_ListGroupsRequest_v2, 3: _write_ListGroupsRequest_v3, 4: _write_ListGroupsRequest_v4, 5: _write_ListGroupsRequest_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[ListGroupsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListGroupsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListGroupsRequest v%d: %s' % (version, exc)) from None


def write(obj: ListGroupsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListGroupsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
