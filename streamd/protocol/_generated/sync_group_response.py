# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SyncGroupResponse (response, api key 14): versions 0-5, flexible 4+."""

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
    "SyncGroupResponse",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 5
FLEXIBLE_MIN = 4  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>ih')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class SyncGroupResponse:
    """SyncGroupResponse, all versions (0-5; flexible 4+)."""

    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 5+; nullable 5+. The group protocol type.
    protocol_type: str | None = None
    #: versions 5+; nullable 5+. The group protocol name.
    protocol_name: str | None = None
    #: versions 0+. The member assignment.
    assignment: bytes = b""
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        protocol_type: str | None = None,
        protocol_name: str | None = None,
        assignment: bytes = b"",
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.protocol_type = protocol_type
        self.protocol_name = protocol_name
        self.assignment = assignment
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, protocol_type={self.protocol_type!r}, '
                f'protocol_name={self.protocol_name!r}, assignment={self.assignment!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.protocol_type, self.protocol_name,
                self.assignment, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.protocol_type, other.protocol_name,
                other.assignment, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        raise DecodeError('Assignment is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Assignment runs past the end of the buffer')
        v0_assignment = data[pos:e0]
        pos = e0
    return SyncGroupResponse(0, v0_error_code, None, None, v0_assignment), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    s0 = o0.assignment
    out += _I32p(len(s0))
    out += s0
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        raise DecodeError('Assignment is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Assignment runs past the end of the buffer')
        v0_assignment = data[pos:e0]
        pos = e0
    return SyncGroupResponse(v0_throttle_time_ms, v0_error_code, None, None, v0_assignment), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.assignment
    out += _I32p(len(s0))
    out += s0
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Assignment is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Assignment runs past the end of the buffer')
        v0_assignment = data[pos:e0]
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return SyncGroupResponse(v0_throttle_time_ms, v0_error_code, None, None, v0_assignment, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.assignment
    n0 = len(s0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += s0
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v5(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S0u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_type = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolType runs past the end of the buffer')
        v0_protocol_type = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_protocol_name = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ProtocolName runs past the end of the buffer')
        v0_protocol_name = data[pos:e0].decode()
        pos = e0
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Assignment is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Assignment runs past the end of the buffer')
        v0_assignment = data[pos:e0]
        pos = e0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return SyncGroupResponse(
        v0_throttle_time_ms, v0_error_code, v0_protocol_type, v0_protocol_name, v0_assignment, u0
    ), pos


def _write_v5(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.protocol_type
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
    s0 = o0.protocol_name
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
    s0 = o0.assignment
    n0 = len(s0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += s0
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v1,
    3: _read_v1,
    4: _read_v4,
    5: _read_v5,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v1,
    4: _write_v4,
    5: _write_v5,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[SyncGroupResponse, int]:
    """Decode one SyncGroupResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-5, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'SyncGroupResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'SyncGroupResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'SyncGroupResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: SyncGroupResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'SyncGroupResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode SyncGroupResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
