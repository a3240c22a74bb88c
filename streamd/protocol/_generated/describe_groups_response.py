# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeGroupsResponse (response, api key 15): versions 0-6, flexible 5+."""

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
    "DescribeGroupsResponse",
    "DescribedGroup",
    "DescribedGroupMember",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 5  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeGroupsResponse:
    """DescribeGroupsResponse, all versions (0-6; flexible 5+)."""

    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. Each described group.
    groups: list[DescribedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        groups: list[DescribedGroup] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.groups = [] if groups is FACTORY else groups
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'groups={self.groups!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.groups, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.groups, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribedGroup:
    """DescribedGroup (DescribeGroupsResponse)."""

    #: versions 0+. The describe error, or 0 if there was no error.
    error_code: int = 0
    #: versions 6+; nullable 6+. The describe error message, or null if there was no error.
    error_message: str | None = None
    #: versions 0+. The group ID string.
    group_id: str = ''
    #: versions 0+. The group state string, or the empty string.
    group_state: str = ''
    #: versions 0+. The group protocol type, or the empty string.
    protocol_type: str = ''
    #: versions 0+. The group protocol data, or the empty string.
    protocol_data: str = ''
    #: versions 0+. The group members.
    members: list[DescribedGroupMember] = field(default_factory=list)
    #: versions 3+. 32-bit bitfield to represent authorized operations for this group.
    authorized_operations: int = -2147483648
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = None,
        group_id: str = '',
        group_state: str = '',
        protocol_type: str = '',
        protocol_data: str = '',
        members: list[DescribedGroupMember] = FACTORY,
        authorized_operations: int = -2147483648,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.group_id = group_id
        self.group_state = group_state
        self.protocol_type = protocol_type
        self.protocol_data = protocol_data
        self.members = [] if members is FACTORY else members
        self.authorized_operations = authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, group_id={self.group_id!r}, '
                f'group_state={self.group_state!r}, protocol_type={self.protocol_type!r}, '
                f'protocol_data={self.protocol_data!r}, members={self.members!r}, '
                f'authorized_operations={self.authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.group_id, self.group_state, self.protocol_type,
                self.protocol_data, self.members, self.authorized_operations, self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.group_id, other.group_state,
                other.protocol_type, other.protocol_data, other.members, other.authorized_operations,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribedGroupMember:
    """DescribedGroupMember (DescribeGroupsResponse)."""

    #: versions 0+. The member id.
    member_id: str = ''
    #: versions 4+; nullable 4+. The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: versions 0+. The client ID used in the member's latest join group request.
    client_id: str = ''
    #: versions 0+. The client host.
    client_host: str = ''
    #: versions 0+. The metadata corresponding to the current group protocol in use.
    member_metadata: bytes = b""
    #: versions 0+. The current assignment provided by the group leader.
    member_assignment: bytes = b""
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        member_id: str = '',
        group_instance_id: str | None = None,
        client_id: str = '',
        client_host: str = '',
        member_metadata: bytes = b"",
        member_assignment: bytes = b"",
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.client_id = client_id
        self.client_host = client_host
        self.member_metadata = member_metadata
        self.member_assignment = member_assignment
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(member_id={self.member_id!r}, '
                f'group_instance_id={self.group_instance_id!r}, client_id={self.client_id!r}, '
                f'client_host={self.client_host!r}, member_metadata={self.member_metadata!r}, '
                f'member_assignment={self.member_assignment!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.member_id, self.group_instance_id, self.client_id, self.client_host,
                self.member_metadata, self.member_assignment, self.unknown_tags,
            ) == (
                other.member_id, other.group_instance_id, other.client_id, other.client_host,
                other.member_metadata, other.member_assignment, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    a1.append(DescribedGroupMember(
                        v2_member_id, None, v2_client_id, v2_client_host, v2_member_metadata,
                        v2_member_assignment
                    ))
                v1_members = a1
            a0.append(DescribedGroup(
                v1_error_code, None, v1_group_id, v1_group_state, v1_protocol_type, v1_protocol_data,
                v1_members
            ))
        v0_groups = a0
    return DescribeGroupsResponse(0, v0_groups), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.members
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.member_metadata
            out += _I32p(len(s2))
            out += s2
            s2 = o2.member_assignment
            out += _I32p(len(s2))
            out += s2
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    a1.append(DescribedGroupMember(
                        v2_member_id, None, v2_client_id, v2_client_host, v2_member_metadata,
                        v2_member_assignment
                    ))
                v1_members = a1
            a0.append(DescribedGroup(
                v1_error_code, None, v1_group_id, v1_group_state, v1_protocol_type, v1_protocol_data,
                v1_members
            ))
        v0_groups = a0
    return DescribeGroupsResponse(v0_throttle_time_ms, v0_groups), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.members
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.member_metadata
            out += _I32p(len(s2))
            out += s2
            s2 = o2.member_assignment
            out += _I32p(len(s2))
            out += s2
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    a1.append(DescribedGroupMember(
                        v2_member_id, None, v2_client_id, v2_client_host, v2_member_metadata,
                        v2_member_assignment
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            a0.append(DescribedGroup(
                v1_error_code, None, v1_group_id, v1_group_state, v1_protocol_type, v1_protocol_data,
                v1_members, v1_authorized_operations
            ))
        v0_groups = a0
    return DescribeGroupsResponse(v0_throttle_time_ms, v0_groups), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.members
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.member_metadata
            out += _I32p(len(s2))
            out += s2
            s2 = o2.member_assignment
            out += _I32p(len(s2))
            out += s2
        out += _I32p(o1.authorized_operations)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_group_instance_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('GroupInstanceId runs past the end of the buffer')
                        v2_group_instance_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    (n2,) = _I32u(data, pos)
                    pos += 4
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    a1.append(DescribedGroupMember(
                        v2_member_id, v2_group_instance_id, v2_client_id, v2_client_host,
                        v2_member_metadata, v2_member_assignment
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            a0.append(DescribedGroup(
                v1_error_code, None, v1_group_id, v1_group_state, v1_protocol_type, v1_protocol_data,
                v1_members, v1_authorized_operations
            ))
        v0_groups = a0
    return DescribeGroupsResponse(v0_throttle_time_ms, v0_groups), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.members
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.group_instance_id
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.member_metadata
            out += _I32p(len(s2))
            out += s2
            s2 = o2.member_assignment
            out += _I32p(len(s2))
            out += s2
        out += _I32p(o1.authorized_operations)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_group_instance_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('GroupInstanceId runs past the end of the buffer')
                        v2_group_instance_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribedGroupMember(
                        v2_member_id, v2_group_instance_id, v2_client_id, v2_client_host,
                        v2_member_metadata, v2_member_assignment, u2
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribedGroup(
                v1_error_code, None, v1_group_id, v1_group_state, v1_protocol_type, v1_protocol_data,
                v1_members, v1_authorized_operations, u1
            ))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeGroupsResponse(v0_throttle_time_ms, v0_groups, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.members
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.group_instance_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.member_metadata
            n2 = len(s2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += s2
            s2 = o2.member_assignment
            n2 = len(s2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += s2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I32p(o1.authorized_operations)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupId is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupId runs past the end of the buffer')
                v1_group_id = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ProtocolData is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolData runs past the end of the buffer')
                v1_protocol_data = data[pos:e1].decode()
                pos = e1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Members is null')
            elif c1 > blen - pos:
                raise DecodeError('Members count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberId runs past the end of the buffer')
                        v2_member_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_group_instance_id = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('GroupInstanceId runs past the end of the buffer')
                        v2_group_instance_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientId is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientId runs past the end of the buffer')
                        v2_client_id = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('ClientHost is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('ClientHost runs past the end of the buffer')
                        v2_client_host = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberMetadata is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberMetadata runs past the end of the buffer')
                        v2_member_metadata = data[pos:e2]
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('MemberAssignment is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('MemberAssignment runs past the end of the buffer')
                        v2_member_assignment = data[pos:e2]
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(DescribedGroupMember(
                        v2_member_id, v2_group_instance_id, v2_client_id, v2_client_host,
                        v2_member_metadata, v2_member_assignment, u2
                    ))
                v1_members = a1
            (v1_authorized_operations,) = _I32u(data, pos)
            pos += 4
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribedGroup(
                v1_error_code, v1_error_message, v1_group_id, v1_group_state, v1_protocol_type,
                v1_protocol_data, v1_members, v1_authorized_operations, u1
            ))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeGroupsResponse(v0_throttle_time_ms, v0_groups, u0), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
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
        s1 = o1.group_id
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.protocol_data
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        a1 = o1.members
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.member_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.group_instance_id
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            s2 = o2.client_id
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.client_host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.member_metadata
            n2 = len(s2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += s2
            s2 = o2.member_assignment
            n2 = len(s2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += s2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        out += _I32p(o1.authorized_operations)
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
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
    5: _read_v5,
    6: _read_v6,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
    5: _write_v5,
    6: _write_v6,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeGroupsResponse, int]:
    """Decode one DescribeGroupsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeGroupsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeGroupsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeGroupsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeGroupsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeGroupsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeGroupsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
