# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""JoinGroupRequest (request, api key 11): versions 0-9, flexible 6+."""

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
    "JoinGroupRequest",
    "JoinGroupRequestProtocol",
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
_S0 = struct.Struct('>ii')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class JoinGroupRequest:
    """JoinGroupRequest, all versions (0-9; flexible 6+)."""

    #: versions 0+. The group identifier.
    group_id: str = ''
    #: versions 0+. The coordinator considers the consumer dead if it receives no heartbeat after this
    #: timeout in milliseconds.
    session_timeout_ms: int = 0
    #: versions 1+. The maximum time in milliseconds that the coordinator will wait for each member to
    #: rejoin when rebalancing the group.
    rebalance_timeout_ms: int = -1
    #: versions 0+. The member id assigned by the group coordinator.
    member_id: str = ''
    #: versions 5+; nullable 5+. The unique identifier of the consumer instance provided by end user.
    group_instance_id: str | None = None
    #: versions 0+. The unique name the for class of protocols implemented by the group we want to join.
    protocol_type: str = ''
    #: versions 0+. The list of protocols that the member supports.
    protocols: list[JoinGroupRequestProtocol] = field(default_factory=list)
    #: versions 8+; nullable 8+. The reason why the member (re-)joins the group.
    reason: str | None = None
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        session_timeout_ms: int = 0,
        rebalance_timeout_ms: int = -1,
        member_id: str = '',
        group_instance_id: str | None = None,
        protocol_type: str = '',
        protocols: list[JoinGroupRequestProtocol] = FACTORY,
        reason: str | None = None,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.session_timeout_ms = session_timeout_ms
        self.rebalance_timeout_ms = rebalance_timeout_ms
        self.member_id = member_id
        self.group_instance_id = group_instance_id
        self.protocol_type = protocol_type
        self.protocols = [] if protocols is FACTORY else protocols
        self.reason = reason
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'session_timeout_ms={self.session_timeout_ms!r}, '
                f'rebalance_timeout_ms={self.rebalance_timeout_ms!r}, member_id={self.member_id!r}, '
                f'group_instance_id={self.group_instance_id!r}, protocol_type={self.protocol_type!r}, '
                f'protocols={self.protocols!r}, reason={self.reason!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.session_timeout_ms, self.rebalance_timeout_ms, self.member_id,
                self.group_instance_id, self.protocol_type, self.protocols, self.reason, self.unknown_tags,
            ) == (
                other.group_id, other.session_timeout_ms, other.rebalance_timeout_ms, other.member_id,
                other.group_instance_id, other.protocol_type, other.protocols, other.reason,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class JoinGroupRequestProtocol:
    """JoinGroupRequestProtocol (JoinGroupRequest)."""

    #: versions 0+. The protocol name.
    name: str = ''
    #: versions 0+. The protocol metadata.
    metadata: bytes = b""
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        metadata: bytes = b"",
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.metadata = metadata
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, metadata={self.metadata!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.metadata, self.unknown_tags,
            ) == (
                other.name, other.metadata, other.unknown_tags,
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
    (v0_session_timeout_ms,) = _I32u(data, pos)
    pos += 4
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
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolType is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Protocols is null')
    elif c0 > blen - pos:
        raise DecodeError('Protocols count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
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
            a0.append(JoinGroupRequestProtocol(v1_name, v1_metadata))
        v0_protocols = a0
    return JoinGroupRequest(
        v0_group_id, v0_session_timeout_ms, -1, v0_member_id, None, v0_protocol_type, v0_protocols
    ), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.session_timeout_ms)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.protocol_type
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    a0 = o0.protocols
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    v0_session_timeout_ms, v0_rebalance_timeout_ms = _S0u(data, pos)
    pos += 8
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
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolType is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Protocols is null')
    elif c0 > blen - pos:
        raise DecodeError('Protocols count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
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
            a0.append(JoinGroupRequestProtocol(v1_name, v1_metadata))
        v0_protocols = a0
    return JoinGroupRequest(
        v0_group_id, v0_session_timeout_ms, v0_rebalance_timeout_ms, v0_member_id, None, v0_protocol_type,
        v0_protocols
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.session_timeout_ms, o0.rebalance_timeout_ms)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.protocol_type
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    a0 = o0.protocols
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    v0_session_timeout_ms, v0_rebalance_timeout_ms = _S0u(data, pos)
    pos += 8
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
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('ProtocolType is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Protocols is null')
    elif c0 > blen - pos:
        raise DecodeError('Protocols count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
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
            a0.append(JoinGroupRequestProtocol(v1_name, v1_metadata))
        v0_protocols = a0
    return JoinGroupRequest(
        v0_group_id, v0_session_timeout_ms, v0_rebalance_timeout_ms, v0_member_id, v0_group_instance_id,
        v0_protocol_type, v0_protocols
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _S0p(o0.session_timeout_ms, o0.rebalance_timeout_ms)
    s0 = o0.member_id
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    s0 = o0.group_instance_id
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.protocol_type
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    a0 = o0.protocols
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.metadata
        out += _I32p(len(s1))
        out += s1
    return out


def _read_v6(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    v0_session_timeout_ms, v0_rebalance_timeout_ms = _S0u(data, pos)
    pos += 8
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
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ProtocolType is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Protocols is null')
    elif c0 > blen - pos:
        raise DecodeError('Protocols count exceeds the remaining bytes')
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
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
            a0.append(JoinGroupRequestProtocol(v1_name, v1_metadata, u1))
        v0_protocols = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return JoinGroupRequest(
        v0_group_id, v0_session_timeout_ms, v0_rebalance_timeout_ms, v0_member_id, v0_group_instance_id,
        v0_protocol_type, v0_protocols, None, u0
    ), pos


def _write_v6(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S0p(o0.session_timeout_ms, o0.rebalance_timeout_ms)
    s0 = o0.member_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.group_instance_id
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
    s0 = o0.protocol_type
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    a0 = o0.protocols
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
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


def _read_v8(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
    v0_session_timeout_ms, v0_rebalance_timeout_ms = _S0u(data, pos)
    pos += 8
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
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_group_instance_id = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('GroupInstanceId runs past the end of the buffer')
        v0_group_instance_id = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('ProtocolType is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Protocols is null')
    elif c0 > blen - pos:
        raise DecodeError('Protocols count exceeds the remaining bytes')
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
                raise DecodeError('Name is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Name runs past the end of the buffer')
                v1_name = data[pos:e1].decode()
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
            a0.append(JoinGroupRequestProtocol(v1_name, v1_metadata, u1))
        v0_protocols = a0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_reason = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Reason runs past the end of the buffer')
        v0_reason = data[pos:e0].decode()
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return JoinGroupRequest(
        v0_group_id, v0_session_timeout_ms, v0_rebalance_timeout_ms, v0_member_id, v0_group_instance_id,
        v0_protocol_type, v0_protocols, v0_reason, u0
    ), pos


def _write_v8(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.group_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _S0p(o0.session_timeout_ms, o0.rebalance_timeout_ms)
    s0 = o0.member_id
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    s0 = o0.group_instance_id
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
    s0 = o0.protocol_type
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    a0 = o0.protocols
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.name
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
    s0 = o0.reason
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
    3: _read_v1,
    4: _read_v1,
    5: _read_v5,
    6: _read_v6,
    7: _read_v6,
    8: _read_v8,
    9: _read_v8,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v1,
    4: _write_v1,
    5: _write_v5,
    6: _write_v6,
    7: _write_v6,
    8: _write_v8,
    9: _write_v8,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[JoinGroupRequest, int]:
    """Decode one JoinGroupRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-9, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'JoinGroupRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'JoinGroupRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'JoinGroupRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: JoinGroupRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'JoinGroupRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode JoinGroupRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
