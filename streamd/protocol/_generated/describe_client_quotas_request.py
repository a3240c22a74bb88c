# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeClientQuotasRequest (request, api key 48): versions 0-1, flexible 1+."""

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
    "DescribeClientQuotasRequest",
    "ComponentData",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeClientQuotasRequest:
    """DescribeClientQuotasRequest, all versions (0-1; flexible 1+)."""

    #: versions 0+. Filter components to apply to quota entities.
    components: list[ComponentData] = field(default_factory=list)
    #: versions 0+. Whether the match is strict, i.e. should exclude entities with unspecified entity
    #: types.
    strict: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        components: list[ComponentData] = FACTORY,
        strict: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.components = [] if components is FACTORY else components
        self.strict = strict
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(components={self.components!r}, '
                f'strict={self.strict!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.components, self.strict, self.unknown_tags,
            ) == (
                other.components, other.strict, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class ComponentData:
    """ComponentData (DescribeClientQuotasRequest)."""

    #: versions 0+. The entity type that the filter component applies to.
    entity_type: str = ''
    #: versions 0+. How to match the entity {0 = exact name, 1 = default name, 2 = any specified name}.
    match_type: int = 0
    #: versions 0+; nullable 0+. The string to match against, or null if unused for the match type.
    match: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        entity_type: str = '',
        match_type: int = 0,
        match: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.entity_type = entity_type
        self.match_type = match_type
        self.match = match
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(entity_type={self.entity_type!r}, '
                f'match_type={self.match_type!r}, match={self.match!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.entity_type, self.match_type, self.match, self.unknown_tags,
            ) == (
                other.entity_type, other.match_type, other.match, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Components is null')
    elif c0 > blen - pos:
        raise DecodeError('Components count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                raise DecodeError('EntityType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('EntityType runs past the end of the buffer')
                v1_entity_type = data[pos:e1].decode()
                pos = e1
            (v1_match_type,) = _S0u(data, pos)
            pos += 1
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_match = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Match runs past the end of the buffer')
                v1_match = data[pos:e1].decode()
                pos = e1
            a0.append(ComponentData(v1_entity_type, v1_match_type, v1_match))
        v0_components = a0
    (v0_strict,) = _S1u(data, pos)
    pos += 1
    return DescribeClientQuotasRequest(v0_components, v0_strict), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.components
    out += _I32p(len(a0))
    for o1 in a0:
        s1 = o1.entity_type
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        out += _S0p(o1.match_type)
        s1 = o1.match
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
    out += _S1p(o0.strict)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Components is null')
    elif c0 > blen - pos:
        raise DecodeError('Components count exceeds the remaining bytes')
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
                raise DecodeError('EntityType is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('EntityType runs past the end of the buffer')
                v1_entity_type = data[pos:e1].decode()
                pos = e1
            (v1_match_type,) = _S0u(data, pos)
            pos += 1
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_match = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Match runs past the end of the buffer')
                v1_match = data[pos:e1].decode()
                pos = e1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(ComponentData(v1_entity_type, v1_match_type, v1_match, u1))
        v0_components = a0
    (v0_strict,) = _S1u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeClientQuotasRequest(v0_components, v0_strict, u0), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.components
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.entity_type
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S0p(o1.match_type)
        s1 = o1.match
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
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _S1p(o0.strict)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeClientQuotasRequest, int]:
    """Decode one DescribeClientQuotasRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-1, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeClientQuotasRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeClientQuotasRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeClientQuotasRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeClientQuotasRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeClientQuotasRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeClientQuotasRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
