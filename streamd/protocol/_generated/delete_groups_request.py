# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteGroupsRequest (request, api key 42), versions 0-2."""

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

__all__ = ['DeleteGroupsRequest', "read", "write"]


@dataclass(slots=True)
class DeleteGroupsRequest:
    groups_names: list[str] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DeleteGroupsRequest_v0(buf: memoryview, pos: int) -> tuple[DeleteGroupsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field GroupsNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups_names = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field GroupsNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_groups_names.append(item)
    unknown = None
    return DeleteGroupsRequest(groups_names=v_groups_names, unknown_tags=unknown), pos


def _write_DeleteGroupsRequest_v0(o: DeleteGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups_names
    if items is None:
        raise ValueError('non-nullable field GroupsNames is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field GroupsNames is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_DeleteGroupsRequest_v1(buf: memoryview, pos: int) -> tuple[DeleteGroupsRequest, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field GroupsNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups_names = []
        for _ in range(n):
            (n,) = I16.unpack_from(buf, pos)
            pos += 2
            if n < 0:
                raise DecodeError('non-nullable field GroupsNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_groups_names.append(item)
    unknown = None
    return DeleteGroupsRequest(groups_names=v_groups_names, unknown_tags=unknown), pos


def _write_DeleteGroupsRequest_v1(o: DeleteGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups_names
    if items is None:
        raise ValueError('non-nullable field GroupsNames is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field GroupsNames is None')
            else:
                raw = v.encode('utf-8')
                out += I16.pack(len(raw))
                out += raw


def _read_DeleteGroupsRequest_v2(buf: memoryview, pos: int) -> tuple[DeleteGroupsRequest, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupsNames was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups_names = []
        for _ in range(n):
            n = buf[pos]
            if n < 0x80:
                pos += 1
            else:
                n, pos = read_uvarint(buf, pos)
            n -= 1
            if n < 0:
                raise DecodeError('non-nullable field GroupsNames was null')
            else:
                end = check_length(buf, pos, n)
                item = str(buf[pos:end], 'utf-8')
                pos = end
            v_groups_names.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DeleteGroupsRequest(groups_names=v_groups_names, unknown_tags=unknown), pos


def _write_DeleteGroupsRequest_v2(o: DeleteGroupsRequest, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups_names
    if items is None:
        raise ValueError('non-nullable field GroupsNames is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            v = item
            if v is None:
                raise ValueError('non-nullable field GroupsNames is None')
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


_READERS = {0: _read_DeleteGroupsRequest_v0, 1: _read_DeleteGroupsRequest_v1, 2: _read_DeleteGroupsRequest_v2}
_WRITERS = {0: _write_DeleteGroupsRequest_v0, 1: _write_DeleteGroupsRequest_v1, 2: _write_DeleteGroupsRequest_v2}
MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteGroupsRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DeleteGroupsRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DeleteGroupsRequest v%d: %s' % (version, exc)) from None


def write(obj: DeleteGroupsRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DeleteGroupsRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
