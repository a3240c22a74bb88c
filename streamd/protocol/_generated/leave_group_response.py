# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""LeaveGroupResponse (response, api key 13), versions 0-5."""

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

__all__ = ['LeaveGroupResponse', 'MemberResponse', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>ih')

@dataclass(slots=True)
class MemberResponse:
    member_id: str = ''
    group_instance_id: str | None = ''
    error_code: int = 0
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class LeaveGroupResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    members: list[MemberResponse] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_LeaveGroupResponse_v0(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return LeaveGroupResponse(error_code=v_error_code, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v0(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)


def _read_LeaveGroupResponse_v1(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return LeaveGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v1(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)


def _read_LeaveGroupResponse_v2(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    unknown = None
    return LeaveGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v2(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)


def _read_LeaveGroupResponse_v3(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberResponse_v3(buf, pos)
            v_members.append(item)
    unknown = None
    return LeaveGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v3(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MemberResponse_v3(item, out, chunks)


def _read_MemberResponse_v3(buf: memoryview, pos: int) -> tuple[MemberResponse, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    unknown = None
    return MemberResponse(member_id=v_member_id, group_instance_id=v_group_instance_id, error_code=v_error_code, unknown_tags=unknown), pos


def _write_MemberResponse_v3(o: MemberResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_instance_id
    if v is None:
        out += b'\xff\xff'
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.error_code)


def _read_LeaveGroupResponse_v4(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberResponse_v4(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaveGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v4(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MemberResponse_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MemberResponse_v4(buf: memoryview, pos: int) -> tuple[MemberResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MemberResponse(member_id=v_member_id, group_instance_id=v_group_instance_id, error_code=v_error_code, unknown_tags=unknown), pos


def _write_MemberResponse_v4(o: MemberResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_instance_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaveGroupResponse_v5(buf: memoryview, pos: int) -> tuple[LeaveGroupResponse, int]:
    v_throttle_time_ms, v_error_code = _S1.unpack_from(buf, pos)
    pos += 6
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberResponse_v5(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaveGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupResponse_v5(o: LeaveGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code)
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MemberResponse_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MemberResponse_v5(buf: memoryview, pos: int) -> tuple[MemberResponse, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_group_instance_id = None
    else:
        end = check_length(buf, pos, n)
        v_group_instance_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MemberResponse(member_id=v_member_id, group_instance_id=v_group_instance_id, error_code=v_error_code, unknown_tags=unknown), pos


def _write_MemberResponse_v5(o: MemberResponse, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_instance_id
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S0.pack(o.error_code)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


_READERS = {0: _read_LeaveGroupResponse_v0, 1: _read_LeaveGroupResponse_v1, 2: _read_LeaveGroupResponse_v2, 3: _read_LeaveGroupResponse_v3, 4: _read_LeaveGroupResponse_v4, 5: _read_LeaveGroupResponse_v5}
_WRITERS = {0: _write_LeaveGroupResponse_v0, 1: _write_LeaveGroupResponse_v1, 2: _write_LeaveGroupResponse_v2, 3: _write_LeaveGroupResponse_v3, 4: _write_LeaveGroupResponse_v4, 5: _write_LeaveGroupResponse_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[LeaveGroupResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('LeaveGroupResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode LeaveGroupResponse v%d: %s' % (version, exc)) from None


def write(obj: LeaveGroupResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('LeaveGroupResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
