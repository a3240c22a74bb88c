# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DeleteGroupsRequest (request, api key 42): versions 0-2, flexible 2+."""

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
    "DeleteGroupsRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DeleteGroupsRequest:
    """DeleteGroupsRequest, all versions (0-2; flexible 2+)."""

    #: versions 0+. The group names to delete.
    groups_names: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        groups_names: list[str] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.groups_names = [] if groups_names is FACTORY else groups_names
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(groups_names={self.groups_names!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.groups_names, self.unknown_tags,
            ) == (
                other.groups_names, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('GroupsNames is null')
    elif c0 > blen - pos:
        raise DecodeError('GroupsNames count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('GroupsNames is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('GroupsNames runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_groups_names = a0
    return DeleteGroupsRequest(v0_groups_names), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups_names
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
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
        raise DecodeError('GroupsNames is null')
    elif c0 > blen - pos:
        raise DecodeError('GroupsNames count exceeds the remaining bytes')
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
                raise DecodeError('GroupsNames is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('GroupsNames runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_groups_names = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DeleteGroupsRequest(v0_groups_names, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.groups_names
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
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
    2: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DeleteGroupsRequest, int]:
    """Decode one DeleteGroupsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DeleteGroupsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DeleteGroupsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DeleteGroupsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DeleteGroupsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DeleteGroupsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DeleteGroupsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
