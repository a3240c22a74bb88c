# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeAclsResponse (response, api key 29): versions 1-3, flexible 2+."""

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
    "DescribeAclsResponse",
    "DescribeAclsResource",
    "AclDescription",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>b')
_S1u = _S1.unpack_from
_S1p = _S1.pack
_S2 = struct.Struct('>bb')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeAclsResponse:
    """DescribeAclsResponse, all versions (1-3; flexible 2+)."""

    #: versions 0+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0+. Each Resource that is referenced in an ACL.
    resources: list[DescribeAclsResource] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        error_message: str | None = '',
        resources: list[DescribeAclsResource] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.error_message = error_message
        self.resources = [] if resources is FACTORY else resources
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'resources={self.resources!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.error_message, self.resources,
                self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.error_message, other.resources,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeAclsResource:
    """DescribeAclsResource (DescribeAclsResponse)."""

    #: versions 0+. The resource type.
    resource_type: int = 0
    #: versions 0+. The resource name.
    resource_name: str = ''
    #: versions 1+. The resource pattern type.
    pattern_type: int = 3
    #: versions 0+. The ACLs.
    acls: list[AclDescription] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_type: int = 0,
        resource_name: str = '',
        pattern_type: int = 3,
        acls: list[AclDescription] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.pattern_type = pattern_type
        self.acls = [] if acls is FACTORY else acls
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, pattern_type={self.pattern_type!r}, '
                f'acls={self.acls!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_type, self.resource_name, self.pattern_type, self.acls, self.unknown_tags,
            ) == (
                other.resource_type, other.resource_name, other.pattern_type, other.acls,
                other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AclDescription:
    """AclDescription (DescribeAclsResponse)."""

    #: versions 0+. The ACL principal.
    principal: str = ''
    #: versions 0+. The ACL host.
    host: str = ''
    #: versions 0+. The ACL operation.
    operation: int = 0
    #: versions 0+. The ACL permission type.
    permission_type: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        principal: str = '',
        host: str = '',
        operation: int = 0,
        permission_type: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.principal = principal
        self.host = host
        self.operation = operation
        self.permission_type = permission_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(principal={self.principal!r}, host={self.host!r}, '
                f'operation={self.operation!r}, permission_type={self.permission_type!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.principal, self.host, self.operation, self.permission_type, self.unknown_tags,
            ) == (
                other.principal, other.host, other.operation, other.permission_type, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Resources is null')
    elif c0 > blen - pos:
        raise DecodeError('Resources count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type,) = _S1u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('ResourceName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceName runs past the end of the buffer')
                v1_resource_name = data[pos:e1].decode()
                pos = e1
            (v1_pattern_type,) = _S1u(data, pos)
            pos += 1
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                raise DecodeError('Acls is null')
            elif c1 > blen - pos:
                raise DecodeError('Acls count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('Principal is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Principal runs past the end of the buffer')
                        v2_principal = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('Host is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Host runs past the end of the buffer')
                        v2_host = data[pos:e2].decode()
                        pos = e2
                    v2_operation, v2_permission_type = _S2u(data, pos)
                    pos += 2
                    a1.append(AclDescription(v2_principal, v2_host, v2_operation, v2_permission_type))
                v1_acls = a1
            a0.append(DescribeAclsResource(v1_resource_type, v1_resource_name, v1_pattern_type, v1_acls))
        v0_resources = a0
    return DescribeAclsResponse(v0_throttle_time_ms, v0_error_code, v0_error_message, v0_resources), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    a0 = o0.resources
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S1p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.pattern_type)
        a1 = o1.acls
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.principal
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.host
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            out += _S2p(o2.operation, o2.permission_type)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Resources is null')
    elif c0 > blen - pos:
        raise DecodeError('Resources count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type,) = _S1u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('ResourceName is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceName runs past the end of the buffer')
                v1_resource_name = data[pos:e1].decode()
                pos = e1
            (v1_pattern_type,) = _S1u(data, pos)
            pos += 1
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                raise DecodeError('Acls is null')
            elif c1 > blen - pos:
                raise DecodeError('Acls count exceeds the remaining bytes')
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
                        raise DecodeError('Principal is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Principal runs past the end of the buffer')
                        v2_principal = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        raise DecodeError('Host is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Host runs past the end of the buffer')
                        v2_host = data[pos:e2].decode()
                        pos = e2
                    v2_operation, v2_permission_type = _S2u(data, pos)
                    pos += 2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AclDescription(v2_principal, v2_host, v2_operation, v2_permission_type, u2))
                v1_acls = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeAclsResource(
                v1_resource_type, v1_resource_name, v1_pattern_type, v1_acls, u1
            ))
        v0_resources = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeAclsResponse(v0_throttle_time_ms, v0_error_code, v0_error_message, v0_resources, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
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
    a0 = o0.resources
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S1p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S1p(o1.pattern_type)
        a1 = o1.acls
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.principal
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.host
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            out += _S2p(o2.operation, o2.permission_type)
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
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
    1: _read_v1,
    2: _read_v2,
    3: _read_v2,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v2,
    3: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeAclsResponse, int]:
    """Decode one DescribeAclsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeAclsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeAclsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeAclsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeAclsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeAclsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeAclsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
