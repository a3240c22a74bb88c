# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeGroupsResponse (response, api key 15), versions 0-6."""

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

__all__ = ['DescribeGroupsResponse', 'DescribedGroup', 'DescribedGroupMember', "read", "write"]

_S0 = struct.Struct('>h')
_S1 = struct.Struct('>i')

@dataclass(slots=True)
class DescribedGroupMember:
    member_id: str = ''
    group_instance_id: str | None = None
    client_id: str = ''
    client_host: str = ''
    member_metadata: bytes = b''
    member_assignment: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribedGroup:
    error_code: int = 0
    error_message: str | None = None
    group_id: str = ''
    group_state: str = ''
    protocol_type: str = ''
    protocol_data: str = ''
    members: list[DescribedGroupMember] = field(default_factory=list)
    authorized_operations: int = -2147483648
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class DescribeGroupsResponse:
    throttle_time_ms: int = 0
    groups: list[DescribedGroup] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_DescribeGroupsResponse_v0(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_DescribedGroup_v0(buf, pos)
            v_groups.append(item)
    unknown = None
    return DescribeGroupsResponse(groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v0(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribedGroup_v0(item, out, chunks)


def _read_DescribedGroup_v0(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v0(buf, pos)
            v_members.append(item)
    unknown = None
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, unknown_tags=unknown), pos


def _write_DescribedGroup_v0(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v0(item, out, chunks)


def _read_DescribedGroupMember_v0(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return DescribedGroupMember(member_id=v_member_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v0(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_DescribeGroupsResponse_v1(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_DescribedGroup_v1(buf, pos)
            v_groups.append(item)
    unknown = None
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v1(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribedGroup_v1(item, out, chunks)


def _read_DescribedGroup_v1(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v1(buf, pos)
            v_members.append(item)
    unknown = None
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, unknown_tags=unknown), pos


def _write_DescribedGroup_v1(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v1(item, out, chunks)


def _read_DescribedGroupMember_v1(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return DescribedGroupMember(member_id=v_member_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v1(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_DescribeGroupsResponse_v2(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_DescribedGroup_v2(buf, pos)
            v_groups.append(item)
    unknown = None
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v2(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribedGroup_v2(item, out, chunks)


def _read_DescribedGroup_v2(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v2(buf, pos)
            v_members.append(item)
    unknown = None
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, unknown_tags=unknown), pos


def _write_DescribedGroup_v2(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v2(item, out, chunks)


def _read_DescribedGroupMember_v2(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return DescribedGroupMember(member_id=v_member_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v2(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_DescribeGroupsResponse_v3(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_DescribedGroup_v3(buf, pos)
            v_groups.append(item)
    unknown = None
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v3(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribedGroup_v3(item, out, chunks)


def _read_DescribedGroup_v3(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v3(buf, pos)
            v_members.append(item)
    v_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, authorized_operations=v_authorized_operations, unknown_tags=unknown), pos


def _write_DescribedGroup_v3(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v3(item, out, chunks)
    out += _S1.pack(o.authorized_operations)


def _read_DescribedGroupMember_v3(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return DescribedGroupMember(member_id=v_member_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v3(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_DescribeGroupsResponse_v4(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Groups was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_groups = []
        for _ in range(n):
            item, pos = _read_DescribedGroup_v4(buf, pos)
            v_groups.append(item)
    unknown = None
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v4(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_DescribedGroup_v4(item, out, chunks)


def _read_DescribedGroup_v4(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field GroupState was null')
    else:
        end = check_length(buf, pos, n)
        v_group_state = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v4(buf, pos)
            v_members.append(item)
    v_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, authorized_operations=v_authorized_operations, unknown_tags=unknown), pos


def _write_DescribedGroup_v4(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.group_state
    if v is None:
        raise ValueError('non-nullable field GroupState is None')
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
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v4(item, out, chunks)
    out += _S1.pack(o.authorized_operations)


def _read_DescribedGroupMember_v4(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    return DescribedGroupMember(member_id=v_member_id, group_instance_id=v_group_instance_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v4(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_DescribeGroupsResponse_v5(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
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
            item, pos = _read_DescribedGroup_v5(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v5(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribedGroup_v5(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribedGroup_v5(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
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
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v5(buf, pos)
            v_members.append(item)
    v_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribedGroup(error_code=v_error_code, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, authorized_operations=v_authorized_operations, unknown_tags=unknown), pos


def _write_DescribedGroup_v5(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v5(item, out, chunks)
    out += _S1.pack(o.authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribedGroupMember_v5(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribedGroupMember(member_id=v_member_id, group_instance_id=v_group_instance_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v5(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
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


def _read_DescribeGroupsResponse_v6(buf: memoryview, pos: int) -> tuple[DescribeGroupsResponse, int]:
    v_throttle_time_ms, = _S1.unpack_from(buf, pos)
    pos += 4
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
            item, pos = _read_DescribedGroup_v6(buf, pos)
            v_groups.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribeGroupsResponse(throttle_time_ms=v_throttle_time_ms, groups=v_groups, unknown_tags=unknown), pos


def _write_DescribeGroupsResponse_v6(o: DescribeGroupsResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms)
    items = o.groups
    if items is None:
        raise ValueError('non-nullable field Groups is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_DescribedGroup_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribedGroup_v6(buf: memoryview, pos: int) -> tuple[DescribedGroup, int]:
    v_error_code, = _S0.unpack_from(buf, pos)
    pos += 2
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_error_message = None
    else:
        end = check_length(buf, pos, n)
        v_error_message = str(buf[pos:end], 'utf-8')
        pos = end
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
        raise DecodeError('non-nullable field ProtocolData was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_data = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_DescribedGroupMember_v6(buf, pos)
            v_members.append(item)
    v_authorized_operations, = _S1.unpack_from(buf, pos)
    pos += 4
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribedGroup(error_code=v_error_code, error_message=v_error_message, group_id=v_group_id, group_state=v_group_state, protocol_type=v_protocol_type, protocol_data=v_protocol_data, members=v_members, authorized_operations=v_authorized_operations, unknown_tags=unknown), pos


def _write_DescribedGroup_v6(o: DescribedGroup, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code)
    v = o.error_message
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_data
    if v is None:
        raise ValueError('non-nullable field ProtocolData is None')
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
            _write_DescribedGroupMember_v6(item, out, chunks)
    out += _S1.pack(o.authorized_operations)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_DescribedGroupMember_v6(buf: memoryview, pos: int) -> tuple[DescribedGroupMember, int]:
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
        raise DecodeError('non-nullable field ClientId was null')
    else:
        end = check_length(buf, pos, n)
        v_client_id = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ClientHost was null')
    else:
        end = check_length(buf, pos, n)
        v_client_host = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberMetadata was null')
    else:
        end = check_length(buf, pos, n)
        v_member_metadata = bytes(buf[pos:end])
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field MemberAssignment was null')
    else:
        end = check_length(buf, pos, n)
        v_member_assignment = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return DescribedGroupMember(member_id=v_member_id, group_instance_id=v_group_instance_id, client_id=v_client_id, client_host=v_client_host, member_metadata=v_member_metadata, member_assignment=v_member_assignment, unknown_tags=unknown), pos


def _write_DescribedGroupMember_v6(o: DescribedGroupMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.client_id
    if v is None:
        raise ValueError('non-nullable field ClientId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.client_host
    if v is None:
        raise ValueError('non-nullable field ClientHost is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_metadata
    if v is None:
        raise ValueError('non-nullable field MemberMetadata is None')
    else:
        raw = v
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_assignment
    if v is None:
        raise ValueError('non-nullable field MemberAssignment is None')
    else:
        raw = v
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


_READERS = {0: _read_DescribeGroupsResponse_v0, 1: _read_DescribeGroupsResponse_v1, 2: _read_DescribeGroupsResponse_v2, 3: _read_DescribeGroupsResponse_v3, 4: _read_DescribeGroupsResponse_v4, 5: _read_DescribeGroupsResponse_v5, 6: _read_DescribeGroupsResponse_v6}
_WRITERS = {0: _write_DescribeGroupsResponse_v0, 1: _write_DescribeGroupsResponse_v1, 2: _write_DescribeGroupsResponse_v2, 3: _write_DescribeGroupsResponse_v3, 4: _write_DescribeGroupsResponse_v4, 5: _write_DescribeGroupsResponse_v5, 6: _write_DescribeGroupsResponse_v6}
MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 5


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeGroupsResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('DescribeGroupsResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode DescribeGroupsResponse v%d: %s' % (version, exc)) from None


def write(obj: DescribeGroupsResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('DescribeGroupsResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
