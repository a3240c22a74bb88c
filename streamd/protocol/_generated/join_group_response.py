# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""JoinGroupResponse (response, api key 11): versions 0-9, flexible 6+."""

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
    "JoinGroupResponse",
    "JoinGroupResponseMember",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 9
FLEXIBLE_MIN = 6  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>hi')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ihi')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>?')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class JoinGroupResponse:
    """JoinGroupResponse, all versions (0-9; flexible 6+)."""

    #: versions 2+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The generation ID of the group.
    generation_id: int = -1
    #: versions 7+; nullable 7+. The group protocol name.
    protocol_type: str | None = None
    #: versions 0+; nullable 7+. The group protocol selected by the coordinator.
    protocol_name: str | None = ''
    #: versions 0+. The leader of the group.
    leader: str = ''
    #: versions 9+. True if the leader must skip running the assignment.
    skip_assignment: bool = False
    #: versions 0+. The member ID assigned by the group coordinator.
    member_id: str = ''
    #: versions 0+. The group members.
    members: list[JoinGroupResponseMember] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        generation_id: int = -1,
        protocol_type: str | None = None,
        protocol_name: str | None = '',
        leader: str = '',
        skip_assignment: bool = False,
        member_id: str = '',
        members: list[JoinGroupResponseMember] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.generation_id = generation_id
        self.protocol_type = protocol_type
        self.protocol_name = protocol_name
        self.leader = leader
        self.skip_assignment = skip_assignment
        self.member_id = member_id
        self.members = [] if members is FACTORY else members
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, generation_id={self.generation_id!r}, '
                f'protocol_type={self.protocol_type!r}, protocol_name={self.protocol_name!r}, '
                f'leader={self.leader!r}, skip_assignment={self.skip_assignment!r}, '
                f'member_id={self.member_id!r}, members={self.members!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.generation_id, self.protocol_type,
                self.protocol_name, self.leader, self.skip_assignment, self.member_id, self.members,
                self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.generation_id, other.protocol_type,
                other.protocol_name, other.leader, other.skip_assignment, other.member_id, other.members,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class JoinGroupResponseMember:
    """JoinGroupResponseMember (JoinGroupResponse)."""

    #: versions 0+. The group member ID.
    member_id: str = ''
    #: versions 5+; nullable 5+. The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: versions 0+. The group member metadata.
    metadata: bytes = b""
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        member_id: str = '',
        group_instance_id: str | None = None,
        metadata: bytes = b"",
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.metadata = metadata
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(member_id={self.member_id!r}, '
                f'group_instance_id={self.group_instance_id!r}, metadata={self.metadata!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.member_id, self.group_instance_id, self.metadata, self.unknown_tags,
            ) == (
                other.member_id, other.group_instance_id, other.metadata, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_error_code, v0_generation_id = _S0u(data, pos)
    pos += 6
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolName is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
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
            (n1,) = _I32u(data, pos)
            pos += 4
            if n1 < 0:
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            a0.append(JoinGroupResponseMember(v1_member_id, None, v1_metadata))
        v0_members = a0
    return JoinGroupResponse(
        0, v0_error_code, v0_generation_id, None, v0_protocol_name, v0_leader, False, v0_member_id,
        v0_members
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.error_code, o0.generation_id)
    s0 = o0.protocol_name
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.leader
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.member_id
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
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_generation_id = _S1u(data, pos)
    pos += 10
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolName is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
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
            (n1,) = _I32u(data, pos)
            pos += 4
            if n1 < 0:
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            a0.append(JoinGroupResponseMember(v1_member_id, None, v1_metadata))
        v0_members = a0
    return JoinGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_generation_id, None, v0_protocol_name, v0_leader, False,
        v0_member_id, v0_members
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.generation_id)
    s0 = o0.protocol_name
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.leader
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.member_id
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
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_generation_id = _S1u(data, pos)
    pos += 10
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolName is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
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
            (n1,) = _I32u(data, pos)
            pos += 4
            if n1 < 0:
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            a0.append(JoinGroupResponseMember(v1_member_id, v1_group_instance_id, v1_metadata))
        v0_members = a0
    return JoinGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_generation_id, None, v0_protocol_name, v0_leader, False,
        v0_member_id, v0_members
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.generation_id)
    s0 = o0.protocol_name
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.leader
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.member_id
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
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_generation_id = _S1u(data, pos)
    pos += 10
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ProtocolName is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
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
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(JoinGroupResponseMember(v1_member_id, v1_group_instance_id, v1_metadata, u1))
        v0_members = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return JoinGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_generation_id, None, v0_protocol_name, v0_leader, False,
        v0_member_id, v0_members, u0
    ), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.generation_id)
    s0 = o0.protocol_name
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.leader
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.member_id
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
        s1 = o1.metadata
        n1 = len(s1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += s1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v7(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_generation_id = _S1u(data, pos)
    pos += 10
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_type = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_name = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
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
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(JoinGroupResponseMember(v1_member_id, v1_group_instance_id, v1_metadata, u1))
        v0_members = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return JoinGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_generation_id, v0_protocol_type, v0_protocol_name, v0_leader,
        False, v0_member_id, v0_members, u0
    ), pos


def _write_v7(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.generation_id)
    s0 = o0.protocol_type
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    s0 = o0.protocol_name
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    s0 = o0.leader
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.member_id
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
        s1 = o1.metadata
        n1 = len(s1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += s1
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v9(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code, v0_generation_id = _S1u(data, pos)
    pos += 10
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_type = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_name = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Leader is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Leader runs past the end of the buffer')
        v0_leader = data[pos:e0].decode()
        pos = e0
    (v0_skip_assignment,) = _S2u(data, pos)
    pos += 1
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('MemberId is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('MemberId runs past the end of the buffer')
        v0_member_id = data[pos:e0].decode()
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
                raise DecodeError('Metadata is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Metadata runs past the end of the buffer')
                v1_metadata = data[pos:e1]
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(JoinGroupResponseMember(v1_member_id, v1_group_instance_id, v1_metadata, u1))
        v0_members = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return JoinGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_generation_id, v0_protocol_type, v0_protocol_name, v0_leader,
        v0_skip_assignment, v0_member_id, v0_members, u0
    ), pos


def _write_v9(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code, o0.generation_id)
    s0 = o0.protocol_type
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    s0 = o0.protocol_name
    if s0 is None:
        out += b'\x00'
    else:
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    s0 = o0.leader
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S2p(o0.skip_assignment)
    s0 = o0.member_id
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
        s1 = o1.metadata
        n1 = len(s1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += s1
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
    2: _read_v2,
    3: _read_v2,
    4: _read_v2,
    5: _read_v5,
    6: _read_v6,
    7: _read_v7,
    8: _read_v7,
    9: _read_v9,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
    3: _write_v2,
    4: _write_v2,
    5: _write_v5,
    6: _write_v6,
    7: _write_v7,
    8: _write_v7,
    9: _write_v9,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[JoinGroupResponse, int]:
    """Decode one JoinGroupResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-9, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'JoinGroupResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'JoinGroupResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'JoinGroupResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: JoinGroupResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'JoinGroupResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode JoinGroupResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
