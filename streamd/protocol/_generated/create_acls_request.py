# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""CreateAclsRequest (request, api key 30): versions 1-3, flexible 2+."""

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
    "CreateAclsRequest",
    "AclCreation",
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
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>bb')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class CreateAclsRequest:
    """CreateAclsRequest, all versions (1-3; flexible 2+)."""

    #: versions 0+. The ACLs that we want to create.
    creations: list[AclCreation] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        creations: list[AclCreation] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.creations = [] if creations is FACTORY else creations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(creations={self.creations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.creations, self.unknown_tags,
            ) == (
                other.creations, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AclCreation:
    """AclCreation (CreateAclsRequest)."""

    #: versions 0+. The type of the resource.
    resource_type: int = 0
    #: versions 0+. The resource name for the ACL.
    resource_name: str = ''
    #: versions 1+. The pattern type for the ACL.
    resource_pattern_type: int = 3
    #: versions 0+. The principal for the ACL.
    principal: str = ''
    #: versions 0+. The host for the ACL.
    host: str = ''
    #: versions 0+. The operation type for the ACL (read, write, etc.).
    operation: int = 0
    #: versions 0+. The permission type for the ACL (allow, deny, etc.).
    permission_type: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_type: int = 0,
        resource_name: str = '',
        resource_pattern_type: int = 3,
        principal: str = '',
        host: str = '',
        operation: int = 0,
        permission_type: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.resource_pattern_type = resource_pattern_type
        self.principal = principal
        self.host = host
        self.operation = operation
        self.permission_type = permission_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, '
                f'resource_pattern_type={self.resource_pattern_type!r}, principal={self.principal!r}, '
                f'host={self.host!r}, operation={self.operation!r}, '
                f'permission_type={self.permission_type!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_type, self.resource_name, self.resource_pattern_type, self.principal,
                self.host, self.operation, self.permission_type, self.unknown_tags,
            ) == (
                other.resource_type, other.resource_name, other.resource_pattern_type, other.principal,
                other.host, other.operation, other.permission_type, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Creations is null')
    elif c0 > blen - pos:
        raise DecodeError('Creations count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type,) = _S0u(data, pos)
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
            (v1_resource_pattern_type,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Principal is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Principal runs past the end of the buffer')
                v1_principal = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            v1_operation, v1_permission_type = _S1u(data, pos)
            pos += 2
            a0.append(AclCreation(
                v1_resource_type, v1_resource_name, v1_resource_pattern_type, v1_principal, v1_host,
                v1_operation, v1_permission_type
            ))
        v0_creations = a0
    return CreateAclsRequest(v0_creations), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.creations
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S0p(o1.resource_pattern_type)
        s1 = o1.principal
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        s1 = o1.host
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S1p(o1.operation, o1.permission_type)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Creations is null')
    elif c0 > blen - pos:
        raise DecodeError('Creations count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type,) = _S0u(data, pos)
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
            (v1_resource_pattern_type,) = _S0u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Principal is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Principal runs past the end of the buffer')
                v1_principal = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            v1_operation, v1_permission_type = _S1u(data, pos)
            pos += 2
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AclCreation(
                v1_resource_type, v1_resource_name, v1_resource_pattern_type, v1_principal, v1_host,
                v1_operation, v1_permission_type, u1
            ))
        v0_creations = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return CreateAclsRequest(v0_creations, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.creations
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.resource_pattern_type)
        s1 = o1.principal
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S1p(o1.operation, o1.permission_type)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[CreateAclsRequest, int]:
    """Decode one CreateAclsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'CreateAclsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'CreateAclsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'CreateAclsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: CreateAclsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'CreateAclsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode CreateAclsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
