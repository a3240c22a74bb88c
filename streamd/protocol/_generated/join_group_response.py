# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""JoinGroupResponse (response, api key 11), versions 0-9."""

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

__all__ = ['JoinGroupResponse', 'JoinGroupResponseMember', "read", "write"]

_S0 = struct.Struct('>hi')
_S1 = struct.Struct('>ihi')
_S2 = struct.Struct('>?')

@dataclass(slots=True)
class JoinGroupResponseMember:
    member_id: str = ''
    group_instance_id: str | None = None
    metadata: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class JoinGroupResponse:
    throttle_time_ms: int = 0
    error_code: int = 0
    generation_id: int = -1
    protocol_type: str | None = None
    protocol_name: str | None = ''
    leader: str = ''
    skip_assignment: bool = False
    member_id: str = ''
    members: list[JoinGroupResponseMember] = field(default_factory=list)
    unknown_tags: dict[int, bytes] | None = None


def _read_JoinGroupResponse_v0(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_error_code, v_generation_id = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v0(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v0(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v0(item, out, chunks)


def _read_JoinGroupResponseMember_v0(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v0(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v1(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_error_code, v_generation_id = _S0.unpack_from(buf, pos)
    pos += 6
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v1(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v1(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S0.pack(o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v1(item, out, chunks)


def _read_JoinGroupResponseMember_v1(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v1(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v2(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v2(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v2(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v2(item, out, chunks)


def _read_JoinGroupResponseMember_v2(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v2(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v3(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v3(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v3(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v3(item, out, chunks)


def _read_JoinGroupResponseMember_v3(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v3(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v4(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v4(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v4(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v4(item, out, chunks)


def _read_JoinGroupResponseMember_v4(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v4(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v5(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field MemberId was null')
    else:
        end = check_length(buf, pos, n)
        v_member_id = str(buf[pos:end], 'utf-8')
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
            item, pos = _read_JoinGroupResponseMember_v5(buf, pos)
            v_members.append(item)
    unknown = None
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v5(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
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
    items = o.members
    if items is None:
        raise ValueError('non-nullable field Members is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupResponseMember_v5(item, out, chunks)


def _read_JoinGroupResponseMember_v5(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    return JoinGroupResponseMember(member_id=v_member_id, group_instance_id=v_group_instance_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v5(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
    else:
        raw = v
        out += I32.pack(len(raw))
        out += raw


def _read_JoinGroupResponse_v6(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field ProtocolName was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_JoinGroupResponseMember_v6(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v6(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_name
    if v is None:
        raise ValueError('non-nullable field ProtocolName is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_JoinGroupResponseMember_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupResponseMember_v6(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponseMember(member_id=v_member_id, group_instance_id=v_group_instance_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v6(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
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


def _read_JoinGroupResponse_v7(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_protocol_type = None
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
        v_protocol_name = None
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_JoinGroupResponseMember_v7(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_type=v_protocol_type, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v7(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_type
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_JoinGroupResponseMember_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupResponseMember_v7(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponseMember(member_id=v_member_id, group_instance_id=v_group_instance_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v7(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
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


def _read_JoinGroupResponse_v8(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_protocol_type = None
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
        v_protocol_name = None
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_JoinGroupResponseMember_v8(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_type=v_protocol_type, protocol_name=v_protocol_name, leader=v_leader, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v8(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_type
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_JoinGroupResponseMember_v8(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupResponseMember_v8(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponseMember(member_id=v_member_id, group_instance_id=v_group_instance_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v8(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
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


def _read_JoinGroupResponse_v9(buf: memoryview, pos: int) -> tuple[JoinGroupResponse, int]:
    v_throttle_time_ms, v_error_code, v_generation_id = _S1.unpack_from(buf, pos)
    pos += 10
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        v_protocol_type = None
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
        v_protocol_name = None
    else:
        end = check_length(buf, pos, n)
        v_protocol_name = str(buf[pos:end], 'utf-8')
        pos = end
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Leader was null')
    else:
        end = check_length(buf, pos, n)
        v_leader = str(buf[pos:end], 'utf-8')
        pos = end
    v_skip_assignment, = _S2.unpack_from(buf, pos)
    pos += 1
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
        raise DecodeError('non-nullable field Members was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_members = []
        for _ in range(n):
            item, pos = _read_JoinGroupResponseMember_v9(buf, pos)
            v_members.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponse(throttle_time_ms=v_throttle_time_ms, error_code=v_error_code, generation_id=v_generation_id, protocol_type=v_protocol_type, protocol_name=v_protocol_name, leader=v_leader, skip_assignment=v_skip_assignment, member_id=v_member_id, members=v_members, unknown_tags=unknown), pos


def _write_JoinGroupResponse_v9(o: JoinGroupResponse, out: bytearray, chunks: list[Any]) -> None:
    out += _S1.pack(o.throttle_time_ms, o.error_code, o.generation_id)
    v = o.protocol_type
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.protocol_name
    if v is None:
        out.append(0)
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    v = o.leader
    if v is None:
        raise ValueError('non-nullable field Leader is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S2.pack(o.skip_assignment)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
            _write_JoinGroupResponseMember_v9(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupResponseMember_v9(buf: memoryview, pos: int) -> tuple[JoinGroupResponseMember, int]:
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
        raise DecodeError('non-nullable field Metadata was null')
    else:
        end = check_length(buf, pos, n)
        v_metadata = bytes(buf[pos:end])
        pos = end
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupResponseMember(member_id=v_member_id, group_instance_id=v_group_instance_id, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupResponseMember_v9(o: JoinGroupResponseMember, out: bytearray, chunks: list[Any]) -> None:
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
    v = o.metadata
    if v is None:
        raise ValueError('non-nullable field Metadata is None')
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


_READERS = {0: _read_JoinGroupResponse_v0, 1: _read_JoinGroupResponse_v1, 2: _read_JoinGroupResponse_v2, 3: _read_JoinGroupResponse_v3, 4: _read_JoinGroupResponse_v4, 5: _read_JoinGroupResponse_v5, 6: _read_JoinGroupResponse_v6, 7: _read_JoinGroupResponse_v7, 8: _read_JoinGroupResponse_v8, 9: _read_JoinGroupResponse_v9}
_WRITERS = {0: _write_JoinGroupResponse_v0, 1: _write_JoinGroupResponse_v1, 2: _write_JoinGroupResponse_v2, 3: _write_JoinGroupResponse_v3, 4: _write_JoinGroupResponse_v4, 5: _write_JoinGroupResponse_v5, 6: _write_JoinGroupResponse_v6, 7: _write_JoinGroupResponse_v7, 8: _write_JoinGroupResponse_v8, 9: _write_JoinGroupResponse_v9}
MIN_VERSION = 0
MAX_VERSION = 9
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[JoinGroupResponse, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('JoinGroupResponse has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode JoinGroupResponse v%d: %s' % (version, exc)) from None


def write(obj: JoinGroupResponse, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('JoinGroupResponse has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
