# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeAclsRequest (request, api key 29): versions 1-3, flexible 2+."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from streamd.protocol.primitives import (
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
    "DescribeAclsRequest",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 3
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>bb')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeAclsRequest:
    """DescribeAclsRequest, all versions (1-3; flexible 2+)."""

    #: versions 0+. The resource type.
    resource_type_filter: int = 0
    #: versions 0+; nullable 0+. The resource name, or null to match any resource name.
    resource_name_filter: str | None = ''
    #: versions 1+. The resource pattern to match.
    pattern_type_filter: int = 3
    #: versions 0+; nullable 0+. The principal to match, or null to match any principal.
    principal_filter: str | None = ''
    #: versions 0+; nullable 0+. The host to match, or null to match any host.
    host_filter: str | None = ''
    #: versions 0+. The operation to match.
    operation: int = 0
    #: versions 0+. The permission type to match.
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
    (v0_resource_type_filter,) = _S0u(data, pos)
    pos += 1
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_resource_name_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ResourceNameFilter runs past the end of the buffer')
        v0_resource_name_filter = data[pos:e0].decode()
        pos = e0
    (v0_pattern_type_filter,) = _S0u(data, pos)
    pos += 1
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_principal_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('PrincipalFilter runs past the end of the buffer')
        v0_principal_filter = data[pos:e0].decode()
        pos = e0
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_host_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('HostFilter runs past the end of the buffer')
        v0_host_filter = data[pos:e0].decode()
        pos = e0
    v0_operation, v0_permission_type = _S1u(data, pos)
    pos += 2
    return DescribeAclsRequest(
        v0_resource_type_filter, v0_resource_name_filter, v0_pattern_type_filter, v0_principal_filter,
        v0_host_filter, v0_operation, v0_permission_type
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.resource_type_filter)
    s0 = o0.resource_name_filter
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _S0p(o0.pattern_type_filter)
    s0 = o0.principal_filter
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.host_filter
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _S1p(o0.operation, o0.permission_type)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_resource_type_filter,) = _S0u(data, pos)
    pos += 1
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_resource_name_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ResourceNameFilter runs past the end of the buffer')
        v0_resource_name_filter = data[pos:e0].decode()
        pos = e0
    (v0_pattern_type_filter,) = _S0u(data, pos)
    pos += 1
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_principal_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('PrincipalFilter runs past the end of the buffer')
        v0_principal_filter = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_host_filter = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('HostFilter runs past the end of the buffer')
        v0_host_filter = data[pos:e0].decode()
        pos = e0
    v0_operation, v0_permission_type = _S1u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeAclsRequest(
        v0_resource_type_filter, v0_resource_name_filter, v0_pattern_type_filter, v0_principal_filter,
        v0_host_filter, v0_operation, v0_permission_type, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.resource_type_filter)
    s0 = o0.resource_name_filter
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
    out += _S0p(o0.pattern_type_filter)
    s0 = o0.principal_filter
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
    s0 = o0.host_filter
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
    out += _S1p(o0.operation, o0.permission_type)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeAclsRequest, int]:
    """Decode one DescribeAclsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-3, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeAclsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeAclsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeAclsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeAclsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeAclsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeAclsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
