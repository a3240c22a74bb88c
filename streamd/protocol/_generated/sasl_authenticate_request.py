# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslAuthenticateRequest (request, api key 36): versions 0-2, flexible 2+."""

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
    "SaslAuthenticateRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 2
FLEXIBLE_MIN = 2  # 1000 when no version is flexible

_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class SaslAuthenticateRequest:
    """SaslAuthenticateRequest, all versions (0-2; flexible 2+)."""

    #: versions 0+. The SASL authentication bytes from the client, as defined by the SASL mechanism.
    auth_bytes: bytes = b""
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        auth_bytes: bytes = b"",
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.auth_bytes = auth_bytes
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(auth_bytes={self.auth_bytes!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.auth_bytes, self.unknown_tags,
            ) == (
                other.auth_bytes, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
    return SaslAuthenticateRequest(v0_auth_bytes), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.auth_bytes
    out += _I32p(len(s0))
    out += s0
    return out


def _read_v2(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
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
    if data[pos]:
        u0, pos = read_unknown_tags(data, pos)
    else:
        u0 = None
        pos += 1
    return SaslAuthenticateRequest(v0_auth_bytes, u0), pos


def _write_v2(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.auth_bytes
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
    1: _read_v0,
    2: _read_v2,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
    2: _write_v2,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslAuthenticateRequest, int]:
    """Decode one SaslAuthenticateRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-2, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'SaslAuthenticateRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'SaslAuthenticateRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'SaslAuthenticateRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: SaslAuthenticateRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'SaslAuthenticateRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode SaslAuthenticateRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
