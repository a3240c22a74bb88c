# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""ListGroupsRequest (request, api key 16): versions 0-5, flexible 3+."""

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
    "ListGroupsRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 3  # 1000 when no version is flexible



@dataclass(slots=True, init=False, repr=False, eq=False)
class ListGroupsRequest:
    """ListGroupsRequest, all versions (0-5; flexible 3+)."""

    #: versions 4+. The states of the groups we want to list. If empty, all groups are returned with their
    #: state.
    states_filter: list[str] = field(default_factory=list)
    #: versions 5+. The types of the groups we want to list. If empty, all groups are returned with their
    #: type.
    types_filter: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        states_filter: list[str] = FACTORY,
        types_filter: list[str] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.states_filter = [] if states_filter is FACTORY else states_filter
        self.types_filter = [] if types_filter is FACTORY else types_filter
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(states_filter={self.states_filter!r}, '
                f'types_filter={self.types_filter!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.states_filter, self.types_filter, self.unknown_tags,
            ) == (
                other.states_filter, other.types_filter, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    return ListGroupsRequest(), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsRequest([], [], u0), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('StatesFilter is null')
    elif c0 > blen - pos:
        raise DecodeError('StatesFilter count exceeds the remaining bytes')
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
                raise DecodeError('StatesFilter is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('StatesFilter runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_states_filter = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsRequest(v0_states_filter, [], u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.states_filter
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


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('StatesFilter is null')
    elif c0 > blen - pos:
        raise DecodeError('StatesFilter count exceeds the remaining bytes')
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
                raise DecodeError('StatesFilter is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('StatesFilter runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_states_filter = a0
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('TypesFilter is null')
    elif c0 > blen - pos:
        raise DecodeError('TypesFilter count exceeds the remaining bytes')
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
                raise DecodeError('TypesFilter is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('TypesFilter runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_types_filter = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return ListGroupsRequest(v0_states_filter, v0_types_filter, u0), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.states_filter
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
    a0 = o0.types_filter
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
    2: _read_v0,
    3: _read_v3,
    4: _read_v4,
    5: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v0,
    3: _write_v3,
    4: _write_v4,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[ListGroupsRequest, int]:
    """Decode one ListGroupsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'ListGroupsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'ListGroupsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'ListGroupsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: ListGroupsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'ListGroupsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode ListGroupsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
