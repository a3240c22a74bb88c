# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslHandshakeResponse (response, api key 17): versions 0-1, flexible none."""

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
)

__all__ = [
    "SaslHandshakeResponse",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1000  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack
_I32 = struct.Struct('>i')
_I32u = _I32.unpack_from
_I32p = _I32.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class SaslHandshakeResponse:
    """SaslHandshakeResponse, all versions (0-1; flexible none)."""

    #: versions 0+. The error code, or 0 if there was no error.
    error_code: int = 0
    #: versions 0+. The mechanisms enabled in the server.
    mechanisms: list[str] = field(default_factory=list)
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        error_code: int = 0,
        mechanisms: list[str] = FACTORY,
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.error_code = error_code
        self.mechanisms = [] if mechanisms is FACTORY else mechanisms
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(error_code={self.error_code!r}, '
                f'mechanisms={self.mechanisms!r}, unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.error_code, self.mechanisms, self.unknown_tags,
            ) == (
                other.error_code, other.mechanisms, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (v0_error_code,) = _I16u(data, pos)
    pos += 2
    (c0,) = _I32u(data, pos)
    pos += 4
    if c0 < 0:
        raise DecodeError('Mechanisms is null')
    elif c0 > blen - pos:
        raise DecodeError('Mechanisms count exceeds the remaining bytes')
    else:
        a0 = []
        for _ in range(c0):
            (n0,) = _I16u(data, pos)
            pos += 2
            if n0 < 0:
                raise DecodeError('Mechanisms is null')
            else:
                e0 = pos + n0
                if e0 > blen:
                    raise DecodeError('Mechanisms runs past the end of the buffer')
                x0 = data[pos:e0].decode()
                pos = e0
            a0.append(x0)
        v0_mechanisms = a0
    return SaslHandshakeResponse(v0_error_code, v0_mechanisms), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    out += _I16p(o0.error_code)
    a0 = o0.mechanisms
    out += _I32p(len(a0))
    for x0 in a0:
        s0 = x0
        r0 = s0.encode()
        out += _I16p(len(r0))
        out += r0
    return out


_READERS = {
    0: _read_v0,
    1: _read_v0,
}
_WRITERS = {
    0: _write_v0,
    1: _write_v0,
}


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslHandshakeResponse, int]:
    """Decode one SaslHandshakeResponse of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-1, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'SaslHandshakeResponse has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'SaslHandshakeResponse v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'SaslHandshakeResponse v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: SaslHandshakeResponse, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'SaslHandshakeResponse has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode SaslHandshakeResponse v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
