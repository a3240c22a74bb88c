# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeGroupsRequest (request, api key 15): versions 0-6, flexible 5+."""

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
    "DescribeGroupsRequest",
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
_S0 = struct.Struct('>?')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeGroupsRequest:
    """DescribeGroupsRequest, all versions (0-6; flexible 5+)."""

    #: versions 0+. The names of the groups to describe.
    groups: list[str] = field(default_factory=list)
    #: versions 3+. Whether to include authorized operations.
    include_authorized_operations: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        groups: list[str] = FACTORY,
        include_authorized_operations: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.groups = [] if groups is FACTORY else groups
        self.include_authorized_operations = include_authorized_operations
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(groups={self.groups!r}, '
                f'include_authorized_operations={self.include_authorized_operations!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.groups, self.include_authorized_operations, self.unknown_tags,
            ) == (
                other.groups, other.include_authorized_operations, other.unknown_tags,
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
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Groups is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Groups runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_groups = a0
    return DescribeGroupsRequest(v0_groups), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Groups is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Groups runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_groups = a0
    (v0_include_authorized_operations,) = _S0u(data, pos)
    pos += 1
    return DescribeGroupsRequest(v0_groups, v0_include_authorized_operations), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _S0p(o0.include_authorized_operations)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
            n0 = data[pos]
            if n0 < 128:
                pos += 1
            else:
                n0, pos = read_uvarint(data, pos)
            n0 -= 1
            if n0 < 0:
                raise DecodeError('Groups is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Groups runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_groups = a0
    (v0_include_authorized_operations,) = _S0u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeGroupsRequest(v0_groups, v0_include_authorized_operations, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        n0 = len(r0) + 1
        if n0 < 128:
            out.append(n0)
        else:
            write_uvarint(out, n0)
        out += r0
    out += _S0p(o0.include_authorized_operations)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v0,
    3: _read_v3,
    4: _read_v3,
    5: _read_v5,
    6: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v3,
    5: _write_v5,
    6: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeGroupsRequest, int]:
    """Decode one DescribeGroupsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeGroupsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeGroupsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeGroupsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeGroupsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeGroupsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeGroupsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
