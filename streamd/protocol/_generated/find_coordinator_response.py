# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""FindCoordinatorResponse (response, api key 10): versions 0-6, flexible 3+."""

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
    "FindCoordinatorResponse",
    "Coordinator",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 6
FLEXIBLE_MIN = 3  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack
_S0 = struct.Struct('>hi')
_S0u = _S0.unpack_from
_S0p = _S0.pack
_S1 = struct.Struct('>ih')
_S1u = _S1.unpack_from
_S1p = _S1.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class FindCoordinatorResponse:
    """FindCoordinatorResponse, all versions (0-6; flexible 3+)."""

    #: versions 1+. The duration in milliseconds for which the request was throttled due to a quota
    #: violation, or zero if the request did not violate any quota.
    throttle_time_ms: int = 0
    #: versions 0-3. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 1-3; nullable 1-3. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0-3. The node id.
    node_id: int = 0
    #: versions 0-3. The host name.
    host: str = ''
    #: versions 0-3. The port.
    port: int = 0
    #: versions 4+. Each coordinator result in the response.
    coordinators: list[Coordinator] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        throttle_time_ms: int = 0,
        error_code: int = 0,
        error_message: str | None = '',
        node_id: int = 0,
        host: str = '',
        port: int = 0,
        coordinators: list[Coordinator] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.throttle_time_ms = throttle_time_ms
        self.error_code = error_code
        self.error_message = error_message
        self.node_id = node_id
        self.host = host
        self.port = port
        self.coordinators = [] if coordinators is FACTORY else coordinators
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(throttle_time_ms={self.throttle_time_ms!r}, '
                f'error_code={self.error_code!r}, error_message={self.error_message!r}, '
                f'node_id={self.node_id!r}, host={self.host!r}, port={self.port!r}, '
                f'coordinators={self.coordinators!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.throttle_time_ms, self.error_code, self.error_message, self.node_id, self.host,
                self.port, self.coordinators, self.unknown_tags,
            ) == (
                other.throttle_time_ms, other.error_code, other.error_message, other.node_id, other.host,
                other.port, other.coordinators, other.unknown_tags,
            )
        return NotImplemented


@dataclass(slots=True, init=False, repr=False, eq=False)
class Coordinator:
    """Coordinator (FindCoordinatorResponse)."""

    #: versions 4+. The coordinator key.
    key: str = ''
    #: versions 4+. The node id.
    node_id: int = 0
    #: versions 4+. The host name.
    host: str = ''
    #: versions 4+. The port.
    port: int = 0
    #: versions 4+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 4+; nullable 4+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        key: str = '',
        node_id: int = 0,
        host: str = '',
        port: int = 0,
        error_code: int = 0,
        error_message: str | None = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.key = key
        self.node_id = node_id
        self.host = host
        self.port = port
        self.error_code = error_code
        self.error_message = error_message
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(key={self.key!r}, node_id={self.node_id!r}, '
                f'host={self.host!r}, port={self.port!r}, error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.key, self.node_id, self.host, self.port, self.error_code, self.error_message,
                self.unknown_tags,
            ) == (
                other.key, other.node_id, other.host, other.port, other.error_code, other.error_message,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_error_code, v0_node_id = _S0u(data, pos)
    pos += 6
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Host is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Host runs past the end of the buffer')
        v0_host = data[pos:e0].decode()
        pos = e0
    (v0_port,) = _I32u(data, pos)
    pos += 4
    return FindCoordinatorResponse(0, v0_error_code, '', v0_node_id, v0_host, v0_port), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S0p(o0.error_code, o0.node_id)
    s0 = o0.host
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.port)
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S1u(data, pos)
    pos += 6
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    (v0_node_id,) = _I32u(data, pos)
    pos += 4
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Host is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Host runs past the end of the buffer')
        v0_host = data[pos:e0].decode()
        pos = e0
    (v0_port,) = _I32u(data, pos)
    pos += 4
    return FindCoordinatorResponse(
        v0_throttle_time_ms, v0_error_code, v0_error_message, v0_node_id, v0_host, v0_port
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    out += _I32p(o0.node_id)
    s0 = o0.host
    r0 = s0.encode()
    out += _I16p(len(r0))
    out += r0
    out += _I32p(o0.port)
    return out


def _read_v3(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    v0_throttle_time_ms, v0_error_code = _S1u(data, pos)
    pos += 6
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        v0_error_message = None
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('ErrorMessage runs past the end of the buffer')
        v0_error_message = data[pos:e0].decode()
        pos = e0
    (v0_node_id,) = _I32u(data, pos)
    pos += 4
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('Host is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Host runs past the end of the buffer')
        v0_host = data[pos:e0].decode()
        pos = e0
    (v0_port,) = _I32u(data, pos)
    pos += 4
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FindCoordinatorResponse(
        v0_throttle_time_ms, v0_error_code, v0_error_message, v0_node_id, v0_host, v0_port, [], u0
    ), pos


def _write_v3(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _S1p(o0.throttle_time_ms, o0.error_code)
    s0 = o0.error_message
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
    out += _I32p(o0.node_id)
    s0 = o0.host
    r0 = s0.encode()
    n0 = len(r0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += r0
    out += _I32p(o0.port)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


def _read_v4(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
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
        raise DecodeError('Coordinators is null')
    elif c0 > blen - pos:
        raise DecodeError('Coordinators count exceeds the remaining bytes')
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
                raise DecodeError('Key is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Key runs past the end of the buffer')
                v1_key = data[pos:e1].decode()
                pos = e1
            (v1_node_id,) = _I32u(data, pos)
            pos += 4
            n1 = data[pos]
            if n1 < 128:
                pos += 1
            else:
                n1, pos = read_uvarint(data, pos)
            n1 -= 1
            if n1 < 0:
                raise DecodeError('Host is null')
            else:
                e1 = pos + n1
                if e1 > blen:
                    raise DecodeError('Host runs past the end of the buffer')
                v1_host = data[pos:e1].decode()
                pos = e1
            v1_port, v1_error_code = _S1u(data, pos)
            pos += 6
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
            if data[pos]:
                u1, pos = read_unknown_tags(data, pos)
            else:
                u1 = None
                pos += 1
            a0.append(Coordinator(
                v1_key, v1_node_id, v1_host, v1_port, v1_error_code, v1_error_message, u1
            ))
        v0_coordinators = a0
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return FindCoordinatorResponse(v0_throttle_time_ms, 0, '', 0, '', 0, v0_coordinators, u0), pos


def _write_v4(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I32p(o0.throttle_time_ms)
    a0 = o0.coordinators
    n0 = len(a0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    for o1 in a0:
        s1 = o1.key
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _I32p(o1.node_id)
        s1 = o1.host
        r1 = s1.encode()
        n1 = len(r1) + 1
        if n1 < 128:
            out.append(n1)
        else:
            write_uvarint(out, n1)
        out += r1
        out += _S1p(o1.port, o1.error_code)
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
    1: _read_v1,
    2: _read_v1,
    3: _read_v3,
    4: _read_v4,
    5: _read_v4,
    6: _read_v4,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v1,
    3: _write_v3,
    4: _write_v4,
    5: _write_v4,
    6: _write_v4,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[FindCoordinatorResponse, int]:
    """Decode one FindCoordinatorResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-6, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'FindCoordinatorResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'FindCoordinatorResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'FindCoordinatorResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: FindCoordinatorResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'FindCoordinatorResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode FindCoordinatorResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
