# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListGroupsResponse (response, api key 16), versions 0-5."""

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

__all__ = ['ListGroupsResponse', 'ListedGroup', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class ListedGroup:
    group_id: str = ''
    protocol_type: str = ''
    group_state: str = ''
    group_type: str = ''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class ListGroupsResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    groups: list[ListedGroup] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_ListGroupsResponse_v0(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v0(buf, pos)
            v_groups.append(item)
    unknown = None
    return ListGroupsResponse(error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v0(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListedGroup_v0(item, out, chunks)


def _read_ListedGroup_v0(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, unknown_tags=unknown), pos


def _write_ListedGroup_v0(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ListGroupsResponse_v1(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v1(buf, pos)
            v_groups.append(item)
    unknown = None
    return ListGroupsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v1(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListedGroup_v1(item, out, chunks)


def _read_ListedGroup_v1(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, unknown_tags=unknown), pos


def _write_ListedGroup_v1(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ListGroupsResponse_v2(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v2(buf, pos)
            v_groups.append(item)
    unknown = None
    return ListGroupsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v2(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_ListedGroup_v2(item, out, chunks)


def _read_ListedGroup_v2(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, unknown_tags=unknown), pos


def _write_ListedGroup_v2(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_ListGroupsResponse_v3(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v3(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v3(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListedGroup_v3(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListedGroup_v3(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, unknown_tags=unknown), pos


def _write_ListedGroup_v3(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
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


def _read_ListGroupsResponse_v4(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v4(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v4(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListedGroup_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListedGroup_v4(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, group_state=v_group_state, unknown_tags=unknown), pos


def _write_ListedGroup_v4(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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


def _read_ListGroupsResponse_v5(buf: memoryview, pos: int) -> tuple[ListGroupsResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_ListedGroup_v5(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListGroupsResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, groups=v_groups, unknown_tags=unknown), pos


def _write_ListGroupsResponse_v5(o: ListGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_ListedGroup_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_ListedGroup_v5(buf: memoryview, pos: int) -> tuple[ListedGroup, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field GroupType was null')
    else:
        end = check_length(buf, pos, n)
        v_group_type = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return ListedGroup(group_id=v_group_id, protocol_type=v_protocol_type, group_state=v_group_state, group_type=v_group_type, unknown_tags=unknown), pos


def _write_ListedGroup_v5(o: ListedGroup, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_type
    if v is None:
        raise ValueError('non-nullable field GroupType is None')
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


_READERS = {0: _read_ListGroupsResponse_v0, 1: _read_ListGroupsResponse_v1, 2: _read_ListGroupsResponse_v2, 3: _read_ListGroupsResponse_v3, 4: _read_ListGroupsResponse_v4, 5: _read_ListGroupsResponse_v5}
_WRITERS = {0: _write_ListGroupsResponse_v0, 1: _write_ListGroupsResponse_v1, 2: _write_ListGroupsResponse_v2, 3: _write_ListGroupsResponse_v3, 4: _write_ListGroupsResponse_v4, 5: _write_ListGroupsResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3


def read(buf: memoryview, pos: int, version: int) -> tuple[ListGroupsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('ListGroupsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode ListGroupsResponse v%d: %s' % (version, exc)) from None


def write(obj: ListGroupsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('ListGroupsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
