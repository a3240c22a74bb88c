# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslAuthenticateResponse (response, api key 36): versions 0-2, flexible 2+."""

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
    "SaslAuthenticateResponse",
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
_S0 = struct.Struct('>q')
_S0u = _S0.unpack_from
_S0p = _S0.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class SaslAuthenticateResponse:
    """SaslAuthenticateResponse, all versions (0-2; flexible 2+)."""

    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+; nullable 0+. The error message, or null if there was no error.
    error_message: str | None = ''
    #: versions 0+. The SASL authentication bytes from the server, as defined by the SASL mechanism.
    auth_bytes: bytes = b""
    #: versions 1+. Number of milliseconds after which only re-authentication over the existing connection
    #: to create a new session can occur.
    session_lifetime_ms: int = 0
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        error_message: str | None = '',
        auth_bytes: bytes = b"",
        session_lifetime_ms: int = 0,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.error_message = error_message
        self.auth_bytes = auth_bytes
        self.session_lifetime_ms = session_lifetime_ms
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'error_message={self.error_message!r}, auth_bytes={self.auth_bytes!r}, '
                f'session_lifetime_ms={self.session_lifetime_ms!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.error_message, self.auth_bytes, self.session_lifetime_ms,
                self.unknown_tags,
            ) == (
                other.error_code, other.error_message, other.auth_bytes, other.session_lifetime_ms,
                other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
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
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        raise DecodeError('AuthBytes is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('AuthBytes runs past the end of the buffer')
        v0_auth_bytes = data[pos:e0]
        pos = e0
    return SaslAuthenticateResponse(v0_error_code, v0_error_message, v0_auth_bytes), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.auth_bytes
    out += _I32p(len(s0))
    out += s0
    return out


def _read_v1(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
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
    (n0,) = _I32u(data, pos)
    pos += 4
    if n0 < 0:
        raise DecodeError('AuthBytes is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('AuthBytes runs past the end of the buffer')
        v0_auth_bytes = data[pos:e0]
        pos = e0
    (v0_session_lifetime_ms,) = _S0u(data, pos)
    pos += 8
    return SaslAuthenticateResponse(
        v0_error_code, v0_error_message, v0_auth_bytes, v0_session_lifetime_ms
    ), pos


def _write_v1(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    s0 = o0.error_message
    if s0 is None:
        out += b'\xff\xff'
    else:
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    s0 = o0.auth_bytes
    out += _I32p(len(s0))
    out += s0
    out += _S0p(o0.session_lifetime_ms)
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
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
    n0 = data[pos]
    if n0 < 128:
        pos += 1
    else:
        n0, pos = read_uvarint(data, pos)
    n0 -= 1
    if n0 < 0:
        raise DecodeError('AuthBytes is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('AuthBytes runs past the end of the buffer')
        v0_auth_bytes = data[pos:e0]
        pos = e0
    (v0_session_lifetime_ms,) = _S0u(data, pos)
    pos += 8
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return SaslAuthenticateResponse(
        v0_error_code, v0_error_message, v0_auth_bytes, v0_session_lifetime_ms, u0
    ), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
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
    s0 = o0.auth_bytes
    n0 = len(s0) + 1
    if n0 < 128:
        out.append(n0)
    else:
        write_uvarint(out, n0)
    out += s0
    out += _S0p(o0.session_lifetime_ms)
    if o0.unknown_tags:
        write_tags(out, [], o0.unknown_tags)
    else:
        out.append(0)
    return out


_READERS = {
    0: _read_v0,
    1: _read_v1,
    2: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v1,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslAuthenticateResponse, int]:
    """Decode one SaslAuthenticateResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'SaslAuthenticateResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'SaslAuthenticateResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'SaslAuthenticateResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: SaslAuthenticateResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'SaslAuthenticateResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode SaslAuthenticateResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
