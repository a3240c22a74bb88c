# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""DescribeConfigsRequest (request, api key 32): versions 1-4, flexible 4+."""

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
    "DescribeConfigsRequest",
    "DescribeConfigsResource",
    "read",
    "write",
]

MIN_VERSION = 1
MAX_VERSION = 4
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

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
_S2 = struct.Struct('>??')
_S2u = _S2.unpack_from
_S2p = _S2.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsRequest:
    """DescribeConfigsRequest, all versions (1-4; flexible 4+)."""

    #: versions 0+. The resources whose configurations we want to describe.
    resources: list[DescribeConfigsResource] = field(default_factory=list)
    #: versions 1+. True if we should include all synonyms.
    include_synonyms: bool = False
    #: versions 3+. True if we should include configuration documentation.
    include_documentation: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resources: list[DescribeConfigsResource] = FACTORY,
        include_synonyms: bool = False,
        include_documentation: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resources = [] if resources is FACTORY else resources
        self.include_synonyms = include_synonyms
        self.include_documentation = include_documentation
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resources={self.resources!r}, '
                f'include_synonyms={self.include_synonyms!r}, '
                f'include_documentation={self.include_documentation!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resources, self.include_synonyms, self.include_documentation, self.unknown_tags,
            ) == (
                other.resources, other.include_synonyms, other.include_documentation, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class DescribeConfigsResource:
    """DescribeConfigsResource (DescribeConfigsRequest)."""

    #: versions 0+. The resource type.
    resource_type: int = 0
    #: versions 0+. The resource name.
    resource_name: str = ''
    #: versions 0+; nullable 0+. The configuration keys to list, or null to list all configuration keys.
    configuration_keys: list[str] | None = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_type: int = 0,
        resource_name: str = '',
        configuration_keys: list[str] | None = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.configuration_keys = [] if configuration_keys is FACTORY else configuration_keys
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, '
                f'configuration_keys={self.configuration_keys!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_type, self.resource_name, self.configuration_keys, self.unknown_tags,
            ) == (
                other.resource_type, other.resource_name, other.configuration_keys, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Resources is null')
    elif c0 > blen - pos:
        raise DecodeError('Resources count exceeds the remaining bytes')
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
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                v1_configuration_keys = None
            elif c1 > blen - pos:
                raise DecodeError('ConfigurationKeys count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n1,) = _I16u(data, pos)
                    pos += 2
                    if n1 < 0:
                        raise DecodeError('ConfigurationKeys is null')
                    else:
                        e1 = pos + n1
                        if e1 > blen:
                            raise DecodeError('ConfigurationKeys runs past the end of the buffer')
                        x1 = data[pos:e1].decode()
                        pos = e1
                    a1.append(x1)
                v1_configuration_keys = a1
            a0.append(DescribeConfigsResource(v1_resource_type, v1_resource_name, v1_configuration_keys))
        v0_resources = a0
    (v0_include_synonyms,) = _S1u(data, pos)
    pos += 1
    return DescribeConfigsRequest(v0_resources, v0_include_synonyms), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.resources
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.configuration_keys
        if a1 is None:
            out += b'\xff\xff\xff\xff'
        else:
            out += _I32p(len(a1))
            for x1 in a1:
                s1 = x1
                r1 = s1.encode()
                out += _I16p(len(r1))
                out += r1
    out += _S1p(o0.include_synonyms)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Resources is null')
    elif c0 > blen - pos:
        raise DecodeError('Resources count exceeds the remaining bytes')
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
            (c1,) = _I32u(data, pos)
            pos += 4
            if c1 < 0:
                v1_configuration_keys = None
            elif c1 > blen - pos:
                raise DecodeError('ConfigurationKeys count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n1,) = _I16u(data, pos)
                    pos += 2
                    if n1 < 0:
                        raise DecodeError('ConfigurationKeys is null')
                    else:
                        e1 = pos + n1
                        if e1 > blen:
                            raise DecodeError('ConfigurationKeys runs past the end of the buffer')
                        x1 = data[pos:e1].decode()
                        pos = e1
                    a1.append(x1)
                v1_configuration_keys = a1
            a0.append(DescribeConfigsResource(v1_resource_type, v1_resource_name, v1_configuration_keys))
        v0_resources = a0
    v0_include_synonyms, v0_include_documentation = _S2u(data, pos)
    pos += 2
    return DescribeConfigsRequest(v0_resources, v0_include_synonyms, v0_include_documentation), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.resources
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.configuration_keys
        if a1 is None:
            out += b'\xff\xff\xff\xff'
        else:
            out += _I32p(len(a1))
            for x1 in a1:
                s1 = x1
                r1 = s1.encode()
                out += _I16p(len(r1))
                out += r1
    out += _S2p(o0.include_synonyms, o0.include_documentation)
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
        raise DecodeError('Resources is null')
    elif c0 > blen - pos:
        raise DecodeError('Resources count exceeds the remaining bytes')
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
            c1 = data[pos]
            if c1 < 128:
                pos += 1
            else:
                c1, pos = read_uvarint(data, pos)
            c1 -= 1
            if c1 < 0:
                v1_configuration_keys = None
            elif c1 > blen - pos:
                raise DecodeError('ConfigurationKeys count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    n1 = data[pos]
                    if n1 < 128:
                        pos += 1
                    else:
                        n1, pos = read_uvarint(data, pos)
                    n1 -= 1
                    if n1 < 0:
                        raise DecodeError('ConfigurationKeys is null')
                    else:
                        e1 = pos + n1
                        if e1 > blen:
                            raise DecodeError('ConfigurationKeys runs past the end of the buffer')
                        x1 = data[pos:e1].decode()
                        pos = e1
                    a1.append(x1)
                v1_configuration_keys = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(DescribeConfigsResource(
                v1_resource_type, v1_resource_name, v1_configuration_keys, u1
            ))
        v0_resources = a0
    v0_include_synonyms, v0_include_documentation = _S2u(data, pos)
    pos += 2
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return DescribeConfigsRequest(v0_resources, v0_include_synonyms, v0_include_documentation, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.resources
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
        a1 = o1.configuration_keys
        if a1 is None:
            out += b'\x00'
        else:
            n1 = len(a1) + 1
            if n1 < 128:
                out.append(n1)
            else:
                write_uvarint(out, n1)
            for x1 in a1:
                s1 = x1
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
    out += _S2p(o0.include_synonyms, o0.include_documentation)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
}
_WRITERS = {
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[DescribeConfigsRequest, int]:
    """Decode one DescribeConfigsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 1-4, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'DescribeConfigsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'DescribeConfigsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'DescribeConfigsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: DescribeConfigsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'DescribeConfigsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode DescribeConfigsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
