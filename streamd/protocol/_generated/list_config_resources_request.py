# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListConfigResourcesRequest (request, api key 74), versions 0-1."""

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

__all__ = ['ListConfigResourcesRequest', "read", "write"]


@dataclass(slots=True)
class ListConfigResourcesRequest:
    resource_types: list[int] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListConfigResourcesRequest_v0(buf: memoryview, pos: int) -> tuple[ListConfigResourcesRequest, int]:
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListConfigResourcesRequest(unknown_tags=unknown), pos


def _write_ListConfigResourcesRequest_v0(o: ListConfigResourcesRequest, out: bytearray, chunks: list[Any]) -> None:
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListConfigResourcesRequest_v1(buf: memoryview, pos: int) -> tuple[ListConfigResourcesRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ResourceTypes was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_resource_types = list(struct.unpack_from('>%db' % n, buf, pos))
        pos += 1 * n
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListConfigResourcesRequest(resource_types=v_resource_types, unknown_tags=unknown), pos


def _write_ListConfigResourcesRequest_v1(o: ListConfigResourcesRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.resource_types
    if items is None:
        raise ValueError('non-nullable field ResourceTypes is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += struct.pack('>%db' % len(items), *items)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_ListConfigResourcesRequest_v0, 1: _read_ListConfigResourcesRequest_v1}
_WRITERS = {0: _write_ListConfigResourcesRequest_v0, 1: _write_ListConfigResourcesRequest_v1}
MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 0


def read(buf: memoryview, pos: int, version: int) -> tuple[ListConfigResourcesRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListConfigResourcesRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListConfigResourcesRequest v%d: %s' % (version, exc)) from None


def write(obj: ListConfigResourcesRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListConfigResourcesRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
