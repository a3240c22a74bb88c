# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteAclsRequest (request, api key 31): versions 1-3, flexible 2+."""

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
    "DeleteAclsRequest",
    "DeleteAclsFilter",
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
class DeleteAclsRequest:
    """DeleteAclsRequest, all versions (1-3; flexible 2+)."""

    #: versions 0+. The filters to use when deleting ACLs.
    filters: list[DeleteAclsFilter] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        filters: list[DeleteAclsFilter] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.filters = [] if filters is FACTORY else filters
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(filters={self.filters!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.filters, self.unknown_tags,
            ) == (
                other.filters, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DeleteAclsFilter:
    """DeleteAclsFilter (DeleteAclsRequest)."""

    #: versions 0+. The resource type.
    resource_type_filter: int = 0
    #: versions 0+; nullable 0+. The resource name, or null to match any resource name.
    resource_name_filter: str | None = ''
    #: versions 1+. The pattern type.
    pattern_type_filter: int = 3
    #: versions 0+; nullable 0+. The principal filter, or null to accept all principals.
    principal_filter: str | None = ''
    #: versions 0+; nullable 0+. The host filter, or null to accept all hosts.
    host_filter: str | None = ''
    #: versions 0+. The ACL operation.
    operation: int = 0
    #: versions 0+. The permission type.
    permission_type: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_type_filter: int = 0,
        resource_name_filter: str | None = '',
        pattern_type_filter: int = 3,
        principal_filter: str | None = '',
        host_filter: str | None = '',
        operation: int = 0,
        permission_type: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_type_filter = resource_type_filter
        self.resource_name_filter = resource_name_filter
        self.pattern_type_filter = pattern_type_filter
        self.principal_filter = principal_filter
        self.host_filter = host_filter
        self.operation = operation
        self.permission_type = permission_type
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_type_filter={self.resource_type_filter!r}, '
                f'resource_name_filter={self.resource_name_filter!r}, '
                f'pattern_type_filter={self.pattern_type_filter!r}, '
                f'principal_filter={self.principal_filter!r}, host_filter={self.host_filter!r}, '
                f'operation={self.operation!r}, permission_type={self.permission_type!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_type_filter, self.resource_name_filter, self.pattern_type_filter,
                self.principal_filter, self.host_filter, self.operation, self.permission_type,
                self.unknown_tags,
            ) == (
                other.resource_type_filter, other.resource_name_filter, other.pattern_type_filter,
                other.principal_filter, other.host_filter, other.operation, other.permission_type,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Filters is null')
    elif c0 > blen - pos:
        raise DecodeError('Filters count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type_filter,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_resource_name_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceNameFilter runs past the end of the buffer')
                v1_resource_name_filter = data[pos:e1].decode()
                pos = e1
            (v1_pattern_type_filter,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_principal_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('PrincipalFilter runs past the end of the buffer')
                v1_principal_filter = data[pos:e1].decode()
                pos = e1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_host_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('HostFilter runs past the end of the buffer')
                v1_host_filter = data[pos:e1].decode()
                pos = e1
            v1_operation, v1_permission_type = _S1u(data, pos)
            pos += 2
            a0.append(DeleteAclsFilter(
                v1_resource_type_filter, v1_resource_name_filter, v1_pattern_type_filter,
                v1_principal_filter, v1_host_filter, v1_operation, v1_permission_type
            ))
        v0_filters = a0
    return DeleteAclsRequest(v0_filters), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.filters
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.resource_type_filter)
        s1 = o1.resource_name_filter
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
        out += _S0p(o1.pattern_type_filter)
        s1 = o1.principal_filter
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
        s1 = o1.host_filter
        if s1 is None:
            out += b'\xff\xff'
        else:
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
        raise DecodeError('Filters is null')
    elif c0 > blen - pos:
        raise DecodeError('Filters count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_resource_type_filter,) = _S0u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_resource_name_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ResourceNameFilter runs past the end of the buffer')
                v1_resource_name_filter = data[pos:e1].decode()
                pos = e1
            (v1_pattern_type_filter,) = _S0u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_principal_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('PrincipalFilter runs past the end of the buffer')
                v1_principal_filter = data[pos:e1].decode()
                pos = e1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_host_filter = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('HostFilter runs past the end of the buffer')
                v1_host_filter = data[pos:e1].decode()
                pos = e1
            v1_operation, v1_permission_type = _S1u(data, pos)
            pos += 2
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DeleteAclsFilter(
                v1_resource_type_filter, v1_resource_name_filter, v1_pattern_type_filter,
                v1_principal_filter, v1_host_filter, v1_operation, v1_permission_type, u1
            ))
        v0_filters = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DeleteAclsRequest(v0_filters, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.filters
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _S0p(o1.resource_type_filter)
        s1 = o1.resource_name_filter
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
        out += _S0p(o1.pattern_type_filter)
        s1 = o1.principal_filter
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
        s1 = o1.host_filter
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


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteAclsRequest, int]:
    """Decode one DeleteAclsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DeleteAclsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DeleteAclsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DeleteAclsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DeleteAclsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DeleteAclsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DeleteAclsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
