# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListGroupsResponse (response, api key 16): versions 0-5, flexible 3+."""

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
    "ListGroupsResponse",
    "ListedGroup",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListGroupsResponse:
    """ListGroupsResponse, all versions (0-5; flexible 3+)."""

    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. Each group in the response.
    groups: list[ListedGroup] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        groups: list[ListedGroup] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.groups = [] if groups is FACTORY else groups
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, groups={self.groups!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.groups, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.groups, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ListedGroup:
    """ListedGroup (ListGroupsResponse)."""

    #: versions 0+. The group ID.
    group_id: str = ''
    #: versions 0+. The group protocol type.
    protocol_type: str = ''
    #: versions 4+. The group state name.
    group_state: str = ''
    #: versions 5+. The group type name.
    group_type: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        group_id: str = '',
        protocol_type: str = '',
        group_state: str = '',
        group_type: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.group_id = group_id
        self.protocol_type = protocol_type
        self.group_state = group_state
        self.group_type = group_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(group_id={self.group_id!r}, '
                f'protocol_type={self.protocol_type!r}, group_state={self.group_state!r}, '
                f'group_type={self.group_type!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.group_id, self.protocol_type, self.group_state, self.group_type, self.unknown_tags,
            ) == (
                other.group_id, other.protocol_type, other.group_state, other.group_type,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
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
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            a0.append(ListedGroup(v1_group_id, v1_protocol_type))
        v0_groups = a0
    return ListGroupsResponse(0, v0_error_code, v0_groups), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Groups is null')
    elif c0 > blen - pos:
        raise DecodeError('Groups count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
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
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            a0.append(ListedGroup(v1_group_id, v1_protocol_type))
        v0_groups = a0
    return ListGroupsResponse(v0_throttle_time_ms, v0_error_code, v0_groups), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.groups
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.group_id
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.protocol_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
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
                raise DecodeError('ProtocolType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ProtocolType runs past the end of the buffer')
                v1_protocol_type = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListedGroup(v1_group_id, v1_protocol_type, '', '', u1))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsResponse(v0_throttle_time_ms, v0_error_code, v0_groups, u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
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
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
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
                raise DecodeError('GroupState is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupState runs past the end of the buffer')
                v1_group_state = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListedGroup(v1_group_id, v1_protocol_type, v1_group_state, '', u1))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsResponse(v0_throttle_time_ms, v0_error_code, v0_groups, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
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
        s1 = o1.group_state
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
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
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
                raise DecodeError('GroupType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('GroupType runs past the end of the buffer')
                v1_group_type = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ListedGroup(v1_group_id, v1_protocol_type, v1_group_state, v1_group_type, u1))
        v0_groups = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsResponse(v0_throttle_time_ms, v0_error_code, v0_groups, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.group_id
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
        s1 = o1.group_state
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.group_type
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
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
    5: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListGroupsResponse, int]:
    """Decode one ListGroupsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListGroupsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListGroupsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListGroupsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListGroupsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListGroupsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListGroupsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
