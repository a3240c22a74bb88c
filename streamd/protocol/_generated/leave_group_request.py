# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""LeaveGroupRequest (request, api key 13): versions 0-5, flexible 4+."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import Any

from streamd.protocol.primitives import (
    FACTORY,
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
    read_unknown_tags,
    read_uvarint,
    write_tags,
    write_uvarint,
)

__all__ = [
    "LeaveGroupRequest",
    "MemberIdentity",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class LeaveGroupRequest:
    """LeaveGroupRequest, all versions (0-5; flexible 4+)."""

    #: versions 0+. The ID of the group to leave.
    group_id: str = ''
    #: versions 0-2. The member ID to remove from the group.
    member_id: str = ''
    #: versions 3+. List of leaving member identities.
    members: list[MemberIdentity] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        member_id: str = '',
        members: list[MemberIdentity] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.member_id = member_id
        self.members = [] if members is FACTORY else members
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'member_id={self.member_id!r}, members={self.members!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.member_id, self.members, self.unknown_tags,
            ) == (
                other.group_id, other.member_id, other.members, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class MemberIdentity:
    """MemberIdentity (LeaveGroupRequest)."""

    #: versions 3+. The member ID to remove from the group.
    member_id: str = ''
    #: versions 3+; nullable 3+. The group instance ID to remove from the group.
    group_instance_id: str | None = None
    #: versions 5+; nullable 5+. The reason why the member left the group.
    reason: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        member_id: str = '',
        group_instance_id: str | None = None,
        reason: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.reason = reason
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(member_id={self.member_id!r}, '
                f'group_instance_id={self.group_instance_id!r}, reason={self.reason!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.member_id, self.group_instance_id, self.reason, self.unknown_tags,
            ) == (
                other.member_id, other.group_instance_id, other.reason, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
        pos = e0
    return LeaveGroupRequest(v0_group_id, v0_member_id), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Members is null')
    elif c0 > blen - pos:
        raise DecodeError('Members count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('MemberId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('MemberId runs past the end of the buffer')
                v1_member_id = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_group_instance_id = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupInstanceId runs past the end of the buffer')
                v1_group_instance_id = data[pos:e1].decode()
                pos = e1
            a0.append(MemberIdentity(v1_member_id, v1_group_instance_id))
        v0_members = a0
    return LeaveGroupRequest(v0_group_id, '', v0_members), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    a0 = o0.members
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.member_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.group_instance_id
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Members is null')
    elif c0 > blen - pos:
        raise DecodeError('Members count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('MemberId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('MemberId runs past the end of the buffer')
                v1_member_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_group_instance_id = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupInstanceId runs past the end of the buffer')
                v1_group_instance_id = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MemberIdentity(v1_member_id, v1_group_instance_id, None, u1))
        v0_members = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return LeaveGroupRequest(v0_group_id, '', v0_members, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    a0 = o0.members
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.member_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_instance_id
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('GroupId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupId runs past the end of the buffer')
        v0_group_id = data[pos:e0].decode()
        pos = e0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Members is null')
    elif c0 > blen - pos:
        raise DecodeError('Members count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('MemberId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('MemberId runs past the end of the buffer')
                v1_member_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_group_instance_id = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupInstanceId runs past the end of the buffer')
                v1_group_instance_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_reason = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Reason runs past the end of the buffer')
                v1_reason = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(MemberIdentity(v1_member_id, v1_group_instance_id, v1_reason, u1))
        v0_members = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return LeaveGroupRequest(v0_group_id, '', v0_members, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    a0 = o0.members
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.member_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_instance_id
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        s1 = o1.reason
        if s1 is None:
            out += b'\x00'
        else:
            r1 = s1.encode()
            n1 = len(r1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            out += r1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v0,
    3: _read_v3,
    4: _read_v4,
    5: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v4,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[LeaveGroupRequest, int]:
    """Decode one LeaveGroupRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'LeaveGroupRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'LeaveGroupRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'LeaveGroupRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: LeaveGroupRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'LeaveGroupRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode LeaveGroupRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
