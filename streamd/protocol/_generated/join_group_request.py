# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""JoinGroupRequest (request, api key 11), versions 0-9."""

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

__all__ = ['JoinGroupRequest', 'JoinGroupRequestProtocol', "read", "write"]

_S0 = struct.Struct('>i')
_S1 = struct.Struct('>ii')

@dataclass(slots=True)
class JoinGroupRequestProtocol:
    name: str = ''
    metadata: bytes = b''
    unknown_tags: dict[int, bytes] | None = None


@dataclass(slots=True)
class JoinGroupRequest:
    group_id: str = ''
    session_timeout_ms: int = 0
    rebalance_timeout_ms: int = -1
    member_id: str = ''
    group_instance_id: str | None = None
    protocol_type: str = ''
    protocols: list[JoinGroupRequestProtocol] = field(default_factory=list)
    reason: str | None = None
    unknown_tags: dict[int, bytes] | None = None


def _read_JoinGroupRequest_v0(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, = _S0.unpack_from(buf, pos)
    pos += 4
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v0(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, member_id=v_member_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v0(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S0.pack(o.session_timeout_ms)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v0(item, out, chunks)


def _read_JoinGroupRequestProtocol_v0(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v0(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v1(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v1(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v1(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v1(item, out, chunks)


def _read_JoinGroupRequestProtocol_v1(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v1(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v2(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v2(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v2(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v2(item, out, chunks)


def _read_JoinGroupRequestProtocol_v2(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v2(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v3(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v3(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v3(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v3(item, out, chunks)


def _read_JoinGroupRequestProtocol_v3(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v3(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v4(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v4(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v4(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
    v = o.member_id
    if v is None:
        raise ValueError('non-nullable field MemberId is None')
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
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v4(item, out, chunks)


def _read_JoinGroupRequestProtocol_v4(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v4(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v5(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field GroupId was null')
    else:
        end = check_length(buf, pos, n)
        v_group_id = str(buf[pos:end], 'utf-8')
        pos = end
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field ProtocolType was null')
    else:
        end = check_length(buf, pos, n)
        v_protocol_type = str(buf[pos:end], 'utf-8')
        pos = end
    (n,) = I32.unpack_from(buf, pos)
    pos += 4
    if n < 0:
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v5(buf, pos)
            v_protocols.append(item)
    unknown = None
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, group_instance_id=v_group_instance_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v5(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        out += I16.pack(len(raw))
        out += raw
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        out += I32.pack(len(items))
        for item in items:
            _write_JoinGroupRequestProtocol_v5(item, out, chunks)


def _read_JoinGroupRequestProtocol_v5(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    (n,) = I16.unpack_from(buf, pos)
    pos += 2
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v5(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v6(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v6(buf, pos)
            v_protocols.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, group_instance_id=v_group_instance_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v6(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_JoinGroupRequestProtocol_v6(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupRequestProtocol_v6(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v6(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v7(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v7(buf, pos)
            v_protocols.append(item)
    unknown = None
    if buf[pos] == 0:
        pos += 1
    else:
        unknown, pos = skip_tags(buf, pos, unknown)
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, group_instance_id=v_group_instance_id, protocol_type=v_protocol_type, protocols=v_protocols, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v7(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_JoinGroupRequestProtocol_v7(item, out, chunks)
    if o.unknown_tags:
        tags = sorted(o.unknown_tags.items())
        write_uvarint(out, len(tags))
        for tag, data in tags:
            write_uvarint(out, tag)
            write_uvarint(out, len(data))
            out += data
    else:
        out.append(0)


def _read_JoinGroupRequestProtocol_v7(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v7(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v8(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v8(buf, pos)
            v_protocols.append(item)
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
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, group_instance_id=v_group_instance_id, protocol_type=v_protocol_type, protocols=v_protocols, reason=v_reason, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v8(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_JoinGroupRequestProtocol_v8(item, out, chunks)
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


def _read_JoinGroupRequestProtocol_v8(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v8(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


def _read_JoinGroupRequest_v9(buf: memoryview, pos: int) -> tuple[JoinGroupRequest, int]:
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
    v_session_timeout_ms, v_rebalance_timeout_ms = _S1.unpack_from(buf, pos)
    pos += 8
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
        raise DecodeError('non-nullable field Protocols was null')
    else:
        if n > len(buf) - pos:
            check_count(buf, pos, n)
        v_protocols = []
        for _ in range(n):
            item, pos = _read_JoinGroupRequestProtocol_v9(buf, pos)
            v_protocols.append(item)
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
    return JoinGroupRequest(group_id=v_group_id, session_timeout_ms=v_session_timeout_ms, rebalance_timeout_ms=v_rebalance_timeout_ms, member_id=v_member_id, group_instance_id=v_group_instance_id, protocol_type=v_protocol_type, protocols=v_protocols, reason=v_reason, unknown_tags=unknown), pos


def _write_JoinGroupRequest_v9(o: JoinGroupRequest, out: bytearray, chunks: list[Any]) -> None:
    v = o.group_id
    if v is None:
        raise ValueError('non-nullable field GroupId is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    out += _S1.pack(o.session_timeout_ms, o.rebalance_timeout_ms)
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
    v = o.protocol_type
    if v is None:
        raise ValueError('non-nullable field ProtocolType is None')
    else:
        raw = v.encode('utf-8')
        n = len(raw) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        out += raw
    items = o.protocols
    if items is None:
        raise ValueError('non-nullable field Protocols is None')
    else:
        n = len(items) + 1
        out.append(n) if n < 0x80 else write_uvarint(out, n)
        for item in items:
            _write_JoinGroupRequestProtocol_v9(item, out, chunks)
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


def _read_JoinGroupRequestProtocol_v9(buf: memoryview, pos: int) -> tuple[JoinGroupRequestProtocol, int]:
    n = buf[pos]
    if n < 0x80:
        pos += 1
    else:
        n, pos = read_uvarint(buf, pos)
    n -= 1
    if n < 0:
        raise DecodeError('non-nullable field Name was null')
    else:
        end = check_length(buf, pos, n)
        v_name = str(buf[pos:end], 'utf-8')
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
    return JoinGroupRequestProtocol(name=v_name, metadata=v_metadata, unknown_tags=unknown), pos


def _write_JoinGroupRequestProtocol_v9(o: JoinGroupRequestProtocol, out: bytearray, chunks: list[Any]) -> None:
    v = o.name
    if v is None:
        raise ValueError('non-nullable field Name is None')
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


_READERS = {0: _read_JoinGroupRequest_v0, 1: _read_JoinGroupRequest_v1, 2: _read_JoinGroupRequest_v2, 3: _read_JoinGroupRequest_v3, 4: _read_JoinGroupRequest_v4, 5: _read_JoinGroupRequest_v5, 6: _read_JoinGroupRequest_v6, 7: _read_JoinGroupRequest_v7, 8: _read_JoinGroupRequest_v8, 9: _read_JoinGroupRequest_v9}
_WRITERS = {0: _write_JoinGroupRequest_v0, 1: _write_JoinGroupRequest_v1, 2: _write_JoinGroupRequest_v2, 3: _write_JoinGroupRequest_v3, 4: _write_JoinGroupRequest_v4, 5: _write_JoinGroupRequest_v5, 6: _write_JoinGroupRequest_v6, 7: _write_JoinGroupRequest_v7, 8: _write_JoinGroupRequest_v8, 9: _write_JoinGroupRequest_v9}
MIN_VERSION = 0
MAX_VERSION = 9
FLEXIBLE_MIN = 6


def read(buf: memoryview, pos: int, version: int) -> tuple[JoinGroupRequest, int]:
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError('JoinGroupRequest has no version %d' % version)
    try:
        return reader(buf, pos)
    except (struct.error, IndexError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, DecodeError):
            raise
        raise DecodeError('cannot decode JoinGroupRequest v%d: %s' % (version, exc)) from None


def write(obj: JoinGroupRequest, version: int) -> list[Any]:
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError('JoinGroupRequest has no version %d' % version)
    out = bytearray()
    chunks: list[Any] = []
    writer(obj, out, chunks)
    if out or not chunks:
        chunks.append(bytes(out))
    return chunks
