# GENERATED FROM Apache Kafka message schemas by scripts/gen_protocol.py. DO NOT EDIT.

"""SaslHandshakeRequest (request, api key 17): versions 0-1, flexible none."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Any

from streamd.protocol.primitives import (
    DecodeError,
    EncodeError,
    UnsupportedVersionError,
    as_bytes,
)

__all__ = [
    "SaslHandshakeRequest",
    "read",
    "write",
]

MIN_VERSION = 0
MAX_VERSION = 1
FLEXIBLE_MIN = 1000  # 1000 when no version is flexible

_I16 = struct.Struct('>h')
_I16u = _I16.unpack_from
_I16p = _I16.pack


@dataclass(slots=True, init=False, repr=False, eq=False)
class SaslHandshakeRequest:
    """SaslHandshakeRequest, all versions (0-1; flexible none)."""

    #: versions 0+. The SASL mechanism chosen by the client.
    mechanism: str = ''
    #: Tagged fields this codec does not know, by tag; written back as they are.
    unknown_tags: dict[int, bytes] | None = None

    def __init__(
        self,
        mechanism: str = '',
        unknown_tags: dict[int, bytes] | None = None,
    ) -> None:
        self.mechanism = mechanism
        self.unknown_tags = unknown_tags

    def __repr__(self) -> str:
        return (f'{self.__class__.__qualname__}(mechanism={self.mechanism!r}, '
                f'unknown_tags={self.unknown_tags!r})')

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return (
                self.mechanism, self.unknown_tags,
            ) == (
                other.mechanism, other.unknown_tags,
            )
        return NotImplemented


# -- per-version codecs: nested structs expanded in place; identical versions share one --


def _read_v0(data: Any, buf: memoryview, pos: int) -> tuple[Any, int]:
    blen = len(data)
    (n0,) = _I16u(data, pos)
    pos += 2
    if n0 < 0:
        raise DecodeError('Mechanism is null')
    else:
        e0 = pos + n0
        if e0 > blen:
            raise DecodeError('Mechanism runs past the end of the buffer')
        v0_mechanism = data[pos:e0].decode()
        pos = e0
    return SaslHandshakeRequest(v0_mechanism), pos


def _write_v0(o0: Any, out: bytearray, chunks: list[Any]) -> bytearray:
    s0 = o0.mechanism
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


def read(buf: memoryview, pos: int, version: int) -> tuple[SaslHandshakeRequest, int]:
    """Decode one SaslHandshakeRequest of ``version`` at ``pos``; return it and the position after it.

    Raises UnsupportedVersionError outside versions 0-1, DecodeError on malformed or
    truncated input.
    """
    reader = _READERS.get(version)
    if reader is None:
        raise UnsupportedVersionError(f'SaslHandshakeRequest has no version {version!r}')
    data = view = as_bytes(buf)
    try:
        return reader(data, view, pos)  # type: ignore[no-any-return]
    except DecodeError as exc:
        raise DecodeError(f'SaslHandshakeRequest v{version} at {pos}: {exc}') from None
    except (IndexError, struct.error, ValueError, TypeError, OverflowError, MemoryError) as exc:
        raise DecodeError(f'SaslHandshakeRequest v{version} at {pos}: malformed or truncated ({exc})') from None


def write(obj: SaslHandshakeRequest, version: int) -> list[Any]:
    """Encode ``obj`` as ``version``: chunks whose concatenation is the encoding (no size prefix)."""
    writer = _WRITERS.get(version)
    if writer is None:
        raise UnsupportedVersionError(f'SaslHandshakeRequest has no version {version!r}')
    chunks: list[Any] = []
    try:
        out = writer(obj, bytearray(), chunks)
    except (struct.error, AttributeError, TypeError, ValueError, OverflowError) as exc:
        raise EncodeError(f'cannot encode SaslHandshakeRequest v{version}: {exc}') from exc
    if out or not chunks:
        chunks.append(out)
    return chunks
