# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterConfigsRequest (request, api key 33): versions 0-2, flexible 2+."""

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
    "AlterConfigsRequest",
    "AlterConfigsResource",
    "AlterableConfig",
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
_S0 = struct.Struct('>b')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>?')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterConfigsRequest:
    """AlterConfigsRequest, all versions (0-2; flexible 2+)."""

    #: versions 0+. The updates for each resource.
    resources: list[AlterConfigsResource] = field(default_factory=list)
    #: versions 0+. True if we should validate the request, but not change the configurations.
    validate_only: bool = False
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resources: list[AlterConfigsResource] = FACTORY,
        validate_only: bool = False,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resources = [] if resources is FACTORY else resources
        self.validate_only = validate_only
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resources={self.resources!r}, '
                f'validate_only={self.validate_only!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resources, self.validate_only, self.unknown_tags,
            ) == (
                other.resources, other.validate_only, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterConfigsResource:
    """AlterConfigsResource (AlterConfigsRequest)."""

    #: versions 0+. The resource type.
    resource_type: int = 0
    #: versions 0+. The resource name.
    resource_name: str = ''
    #: versions 0+. The configurations.
    configs: list[AlterableConfig] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        resource_type: int = 0,
        resource_name: str = '',
        configs: list[AlterableConfig] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.configs = [] if configs is FACTORY else configs
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, configs={self.configs!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.resource_type, self.resource_name, self.configs, self.unknown_tags,
            ) == (
                other.resource_type, other.resource_name, other.configs, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterableConfig:
    """AlterableConfig (AlterConfigsRequest)."""

    #: versions 0+. The configuration key name.
    name: str = ''
    #: versions 0+; nullable 0+. The value to set for the configuration key.
    value: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        name: str = '',
        value: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.name = name
        self.value = value
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(name={self.name!r}, value={self.value!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.name, self.value, self.unknown_tags,
            ) == (
                other.name, other.value, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
                raise DecodeError('Configs is null')
            elif c1 > blen - pos:
                raise DecodeError('Configs count exceeds the remaining bytes')
            else:
                a1 = []
                for _ in range(c1):
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    (n2,) = _I16u(data, pos)
                    pos += 2
                    if n2 < 0:
                        v2_value = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Value runs past the end of the buffer')
                        v2_value = data[pos:e2].decode()
                        pos = e2
                    a1.append(AlterableConfig(v2_name, v2_value))
                v1_configs = a1
            a0.append(AlterConfigsResource(v1_resource_type, v1_resource_name, v1_configs))
        v0_resources = a0
    (v0_validate_only,) = _S1u(data, pos)
    pos += 1
    return AlterConfigsRequest(v0_resources, v0_validate_only), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    a0 = o0.resources
    out += _I32p(len(a0))
    for o1 in a0:
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
        a1 = o1.configs
        out += _I32p(len(a1))
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            out += _I16p(len(r2))
            out += r2
            s2 = o2.value
            if s2 is None:
                out += b'\xff\xff'
            else:
                r2 = s2.encode()
                out += _I16p(len(r2))
                out += r2
    out += _S1p(o0.validate_only)
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
                raise DecodeError('Configs is null')
            elif c1 > blen - pos:
                raise DecodeError('Configs count exceeds the remaining bytes')
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
                        raise DecodeError('Name is null')
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Name runs past the end of the buffer')
                        v2_name = data[pos:e2].decode()
                        pos = e2
                    n2 = data[pos]
                    if n2 < 128:
                        pos += 1
                    else:
                        n2, pos = read_uvarint(data, pos)
                    n2 -= 1
                    if n2 < 0:
                        v2_value = None
                    else:
                        e2 = pos + n2
                        if e2 > blen:
                            raise DecodeError('Value runs past the end of the buffer')
                        v2_value = data[pos:e2].decode()
                        pos = e2
                    if data[pos]:
                        u2, pos = read_unknown_tags(data, pos)
                    else:
                        u2 = None
                        pos += 1
                    a1.append(AlterableConfig(v2_name, v2_value, u2))
                v1_configs = a1
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AlterConfigsResource(v1_resource_type, v1_resource_name, v1_configs, u1))
        v0_resources = a0
    (v0_validate_only,) = _S1u(data, pos)
    pos += 1
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AlterConfigsRequest(v0_resources, v0_validate_only, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
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
        a1 = o1.configs
        n1 = len(a1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        for o2 in a1:
            s2 = o2.name
            r2 = s2.encode()
            n2 = len(r2) + 1
            if n2 < 128:
                out.append(n2)
            else:
                write_uvarint(out, n2)
            out += r2
            s2 = o2.value
            if s2 is None:
                out += b'\x00'
            else:
                r2 = s2.encode()
                n2 = len(r2) + 1
                if n2 < 128:
                    out.append(n2)
                else:
                    write_uvarint(out, n2)
                out += r2
            if o2.unknown_tags:
                write_tags(out, [], o2.unknown_tags)
            else:
                out.append(0)
        if o1.unknown_tags:
            write_tags(out, [], o1.unknown_tags)
        else:
            out.append(0)
    out += _S1p(o0.validate_only)
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


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterConfigsRequest, int]:
    """Decode one AlterConfigsRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'AlterConfigsRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'AlterConfigsRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'AlterConfigsRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: AlterConfigsRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'AlterConfigsRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode AlterConfigsRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
