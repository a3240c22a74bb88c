# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""AlterConfigsResponse (response, api key 33): versions 0-2, flexible 2+."""

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
    "AlterConfigsResponse",
    "AlterConfigsResourceResponse",
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


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterConfigsResponse:
    """AlterConfigsResponse, all versions (0-2; flexible 2+)."""

    #: versions 0+. Duration in milliseconds for which the request was throttled due to a quota violation,
    #: or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The responses for each resource.
    responses: list[AlterConfigsResourceResponse] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        responses: list[AlterConfigsResourceResponse] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.responses = [] if responses is FACTORY else responses
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'responses={self.responses!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.responses, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.responses, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class AlterConfigsResourceResponse:
    """AlterConfigsResourceResponse (AlterConfigsResponse)."""

    #: versions 0+. The resource error code.
    error_code: int = 0
    #: versions 0+; nullable 0+. The resource error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0+. The resource type.
    resource_type: int = 0
    #: versions 0+. The resource name.
    resource_name: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = '',
        resource_type: int = 0,
        resource_name: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.resource_type = resource_type
        self.resource_name = resource_name
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, resource_type={self.resource_type!r}, '
                f'resource_name={self.resource_name!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.resource_type, self.resource_name,
                self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.resource_type, other.resource_name,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            (n1,) = _I16u(data, pos)
            pos += 2
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
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
            a0.append(AlterConfigsResourceResponse(
                v1_error_code, v1_error_message, v1_resource_type, v1_resource_name
            ))
        v0_responses = a0
    return AlterConfigsResponse(v0_throttle_time_ms, v0_responses), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.responses
    out += _I32p(len(a0))
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
        if s1 is None:
            out += b'\xff\xff'
        else:
            r1 = s1.encode()
            out += _I16p(len(r1))
            out += r1
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
        r1 = s1.encode()
        out += _I16p(len(r1))
        out += r1
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_throttle_time_ms,) = _I32u(data, pos)
    pos += 4
    c0 = data[pos]
    if c0 < 128:
        pos += 1
    else:
        c0, pos = read_uvarint(data, pos)
    c0 -= 1
    if c0 < 0:
        raise DecodeError('Responses is null')
    elif c0 > blen - pos:
        raise DecodeError('Responses count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (v1_error_code,) = _I16u(data, pos)
            pos += 2
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                v1_error_message = None
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('ErrorMessage runs past the end of the buffer')
                v1_error_message = data[pos:e1].decode()
                pos = e1
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(AlterConfigsResourceResponse(
                v1_error_code, v1_error_message, v1_resource_type, v1_resource_name, u1
            ))
        v0_responses = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return AlterConfigsResponse(v0_throttle_time_ms, v0_responses, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.responses
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        out += _I16p(o1.error_code)
        s1 = o1.error_message
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
        out += _S0p(o1.resource_type)
        s1 = o1.resource_name
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


def read(buf: memoryview, pos: int, version: int) -> tuple[AlterConfigsResponse, int]:
    """Decode one AlterConfigsResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'AlterConfigsResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'AlterConfigsResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'AlterConfigsResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: AlterConfigsResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'AlterConfigsResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode AlterConfigsResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
