# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""LeaveGroupRequest (request, api key 13), versions 0-5."""

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

__all__ = ['LeaveGroupRequest', 'MemberIdentity', "read", "write"]


@dataclass(slots=True)
class MemberIdentity:
    member_id: str = ''
    group_instance_id: str | None = None
    reason: str | None = None
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class LeaveGroupRequest:
    group_id: str = ''
    member_id: str = ''
    members: list[MemberIdentity] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_LeaveGroupRequest_v0(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return LeaveGroupRequest(group_id=v_group_id, member_id=v_member_id, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v0(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_LeaveGroupRequest_v1(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return LeaveGroupRequest(group_id=v_group_id, member_id=v_member_id, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v1(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_LeaveGroupRequest_v2(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    return LeaveGroupRequest(group_id=v_group_id, member_id=v_member_id, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v2(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw


def _read_LeaveGroupRequest_v3(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberIdentity_v3(buf, pos)
            v_members.append(item)
    unknown = None
    return LeaveGroupRequest(group_id=v_group_id, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v3(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_MemberIdentity_v3(item, out, chunks)


def _read_MemberIdentity_v3(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
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
    unknown = None
    return MemberIdentity(member_id=v_member_id, group_instance_id=v_group_instance_id, unknown_tags=unknown), pos


def _write_MemberIdentity_v3(o: MemberIdentity, out: bytearray, chunks: list[Any]) -> None:
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


def _read_LeaveGroupRequest_v4(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberIdentity_v4(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaveGroupRequest(group_id=v_group_id, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v4(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MemberIdentity_v4(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MemberIdentity_v4(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
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
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MemberIdentity(member_id=v_member_id, group_instance_id=v_group_instance_id, unknown_tags=unknown), pos


def _write_MemberIdentity_v4(o: MemberIdentity, out: bytearray, chunks: list[Any]) -> None:
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
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_LeaveGroupRequest_v5(buf: memoryview, pos: int) -> tuple[LeaveGroupRequest, int]:
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_MemberIdentity_v5(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return LeaveGroupRequest(group_id=v_group_id, members=v_members, unknown_tags=unknown), pos


def _write_LeaveGroupRequest_v5(o: LeaveGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_MemberIdentity_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_MemberIdentity_v5(buf: memoryview, pos: int) -> tuple[MemberIdentity, int]:
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
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_reason = None
    else:
        end = check_length(buf, pos, n)
        v_reason = str(buf[pos:end], 'utf-8')
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return MemberIdentity(member_id=v_member_id, group_instance_id=v_group_instance_id, reason=v_reason, unknown_tags=unknown), pos


def _write_MemberIdentity_v5(o: MemberIdentity, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.reason
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


_READERS = {0: _read_LeaveGroupRequest_v0, 1: _read_LeaveGroupRequest_v1, 2: _read_LeaveGroupRequest_v2, 3: _read_LeaveGroupRequest_v3, 4: _read_LeaveGroupRequest_v4, 5: _read_LeaveGroupRequest_v5}
_WRITERS = {0: _write_LeaveGroupRequest_v0, 1: _write_LeaveGroupRequest_v1, 2: _write_LeaveGroupRequest_v2, 3: _write_LeaveGroupRequest_v3, 4: _write_LeaveGroupRequest_v4, 5: _write_LeaveGroupRequest_v5}
MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 4


def read(buf: memoryview, pos: int, version: int) -> tuple[LeaveGroupRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('LeaveGroupRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode LeaveGroupRequest v%d: %s' % (version, exc)) from None


def write(obj: LeaveGroupRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('LeaveGroupRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
